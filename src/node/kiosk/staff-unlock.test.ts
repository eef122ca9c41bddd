import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { hashPin } from './pin';
import { createStaffUnlock } from './staff-unlock';

const STAFF_PIN = { hash: 'a'.repeat(64), salt: 'b'.repeat(32) };
const RIGHT = '482913';

function unlockAt(start = 10_000) {
  let now = start;
  const verify = vi.fn((pin: string) => pin === RIGHT);
  const unlock = createStaffUnlock({ staffPin: STAFF_PIN, now: () => now, verify });
  return { unlock, verify, set: (value: number) => (now = value) };
}

describe('staff unlock', () => {
  it('accepts the right PIN against a real salted hash and refuses another', () => {
    const staffPin = hashPin('246813', Buffer.alloc(24, 7));
    const unlock = createStaffUnlock({ staffPin, now: () => 0 });
    expect(unlock.attempt('1357')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
    expect(unlock.attempt('246813')).toEqual({ ok: true });
  });

  it('says so when no PIN is configured, without counting anything', () => {
    const unlock = createStaffUnlock({ staffPin: null, now: () => 0 });
    for (let i = 0; i < 5; i += 1) {
      expect(unlock.attempt('123456')).toEqual({ ok: false, reason: 'no-pin-configured' });
    }
  });

  it('counts down the attempts, then locks for 60 s on the third wrong PIN', () => {
    const { unlock, set } = unlockAt();
    expect(unlock.attempt('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
    set(11_000);
    expect(unlock.attempt('1111')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 1 });
    set(12_000);
    expect(unlock.attempt('2222')).toEqual({ ok: false, reason: 'locked', secondsLeft: 60 });
  });

  it('refuses even the right PIN while locked, without checking it, and unlocks after 60 s', () => {
    const { unlock, verify, set } = unlockAt();
    for (const pin of ['1', '2', '3']) unlock.attempt(pin);
    verify.mockClear();
    set(10_000 + 59_500);
    expect(unlock.attempt(RIGHT)).toEqual({ ok: false, reason: 'locked', secondsLeft: 1 });
    set(10_000 + 30_000);
    expect(unlock.attempt(RIGHT)).toEqual({ ok: false, reason: 'locked', secondsLeft: 30 });
    expect(verify).not.toHaveBeenCalled();
    set(10_000 + 60_000);
    expect(unlock.attempt(RIGHT)).toEqual({ ok: true });
  });

  it('gives three fresh attempts after the lock ends', () => {
    const { unlock, set } = unlockAt();
    for (const pin of ['1', '2', '3']) unlock.attempt(pin);
    set(10_000 + 60_000);
    expect(unlock.attempt('9999')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
  });

  it('a right PIN resets the count of wrong ones', () => {
    const { unlock } = unlockAt();
    unlock.attempt('1');
    unlock.attempt('2');
    expect(unlock.attempt(RIGHT)).toEqual({ ok: true });
    expect(unlock.attempt('3')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
  });

  it.each([
    '',
    'abcdef',
    '123 456',
    '１２３４５６',
    '1234567890123',
    '123456\n',
    '1234',
    'x'.repeat(10_000),
  ])('counts junk %j as a wrong PIN', (junk) => {
    const staffPin = hashPin('123456', Buffer.alloc(24, 1));
    const unlock = createStaffUnlock({ staffPin, now: () => 0 });
    expect(unlock.attempt(junk)).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
  });
});

const dir = mkdtempSync(join(tmpdir(), 'staff-lockout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const WALL = Date.UTC(2026, 11, 7, 18, 0, 0);

/** A kiosk process that keeps its lockout in `file`: its own monotonic clock, the shared wall. */
function kioskProcess(file: string, wall: { now: number }) {
  let mono = 5_000;
  const log = { info: vi.fn(), warn: vi.fn() };
  const unlock = createStaffUnlock({
    staffPin: STAFF_PIN,
    now: () => mono,
    wallNow: () => wall.now,
    verify: (pin) => pin === RIGHT,
    stateFile: file,
    log,
  });
  const wait = (ms: number) => {
    mono += ms;
    wall.now += ms;
  };
  return { unlock, log, wait };
}

const wrongThrice = (unlock: ReturnType<typeof createStaffUnlock>) =>
  ['1', '2', '3'].map((pin) => unlock.attempt(pin)).at(-1);

describe('staff unlock across restarts', () => {
  const freshFile = () => join(dir, `lockout-${(files += 1)}`, 'staff-lockout.json');

  it('a restart neither clears the lock nor its round', () => {
    const file = freshFile();
    const wall = { now: WALL };
    const before = kioskProcess(file, wall);
    wrongThrice(before.unlock);
    before.wait(60_000);
    expect(wrongThrice(before.unlock)).toEqual({ ok: false, reason: 'locked', secondsLeft: 300 });
    before.wait(100_000);
    const after = kioskProcess(file, wall);
    expect(after.unlock.attempt(RIGHT)).toEqual({ ok: false, reason: 'locked', secondsLeft: 200 });
    after.wait(200_000);
    // The third lock, after the restart: 15 minutes, not 1.
    expect(wrongThrice(after.unlock)).toEqual({ ok: false, reason: 'locked', secondsLeft: 900 });
    expect(after.log.info).toHaveBeenCalledWith(
      'staff keypad lockout carried over from before the restart',
      { rounds: 2, secondsLeft: 200 },
    );
  });

  it('keeps wrong PINs that have not locked yet, and a right PIN clears them for the next start', () => {
    const file = freshFile();
    const wall = { now: WALL };
    const first = kioskProcess(file, wall);
    first.unlock.attempt('1');
    first.unlock.attempt('2');
    expect(kioskProcess(file, wall).unlock.attempt('3')).toMatchObject({ reason: 'locked' });
    const third = kioskProcess(file, wall);
    third.wait(60_000);
    expect(third.unlock.attempt(RIGHT)).toEqual({ ok: true });
    expect(kioskProcess(file, wall).unlock.attempt('4')).toMatchObject({ attemptsLeft: 2 });
  });

  it('logs each lock, and a repeated one as such', () => {
    const { unlock, log, wait } = kioskProcess(freshFile(), { now: WALL });
    wrongThrice(unlock);
    wait(60_000);
    wrongThrice(unlock);
    expect(log.warn.mock.calls).toEqual([
      ['staff keypad locked: three wrong PINs', { round: 1, minutes: 1, locksSinceStart: 1 }],
      [
        'staff keypad locked again: repeated wrong PINs (someone may be trying PINs)',
        { round: 2, minutes: 5, locksSinceStart: 2 },
      ],
    ]);
  });

  it.each([
    ['broken JSON', '{"rounds": 3, "lockedAt": '],
    [
      'a lock from the future (a clock that went back)',
      JSON.stringify({
        failures: 0,
        rounds: 3,
        lockedAt: new Date(WALL + 3_600_000).toISOString(),
        lastFailureAt: null,
      }),
    ],
    ['a list', '[1,2,3]'],
    ['an empty file', ''],
  ])('starts, and never locked for longer than the cap, from %s', (_what, content) => {
    const file = freshFile();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
    const { unlock } = kioskProcess(file, { now: WALL });
    expect(unlock.attempt(RIGHT)).toEqual({ ok: true });
    const locked = wrongThrice(unlock);
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect((locked as { secondsLeft: number }).secondsLeft).toBeLessThanOrEqual(15 * 60);
  });

  it('logs an unreadable file once and starts without a lock', () => {
    const file = freshFile();
    mkdirSync(file, { recursive: true });
    const { unlock, log } = kioskProcess(file, { now: WALL });
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]![0]).toMatch(/^staff lockout file .* starting without a lock/);
    // A folder where the file should be: attempts still work, the failure to save is logged once.
    unlock.attempt('1');
    unlock.attempt('2');
    expect(unlock.attempt(RIGHT)).toEqual({ ok: true });
    expect(log.warn).toHaveBeenCalledTimes(2);
  });

  it('writes the counts and wall-clock times, nothing else', () => {
    const file = freshFile();
    const { unlock } = kioskProcess(file, { now: WALL });
    wrongThrice(unlock);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      failures: 0,
      rounds: 1,
      lockedAt: new Date(WALL).toISOString(),
      lastFailureAt: new Date(WALL).toISOString(),
    });
  });
});
