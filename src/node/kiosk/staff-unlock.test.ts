import { describe, expect, it, vi } from 'vitest';

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
