import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  attemptsLeft,
  createLockout,
  LOCK_STEPS_MS,
  type LockoutState,
  lockedUntil,
  MAX_FAILURES,
  MAX_LOCK_MS,
  QUIET_MS,
  registerFailure,
  registerSuccess,
  restoreLockout,
  saveLockout,
} from './pin-lockout';

const T0 = 1_000_000;
const LOCK_MS = 60_000;

function failAt(state: LockoutState, ...times: number[]): LockoutState {
  return times.reduce((current, time) => registerFailure(current, time), state);
}

describe('pin lockout', () => {
  it('uses three failures, and locks 1, 5, then 15 minutes at most', () => {
    expect(MAX_FAILURES).toBe(3);
    expect(LOCK_STEPS_MS).toEqual([60_000, 300_000, 900_000]);
    expect(MAX_LOCK_MS).toBe(900_000);
    expect(QUIET_MS).toBe(3_600_000);
  });

  it('starts unlocked with three attempts', () => {
    const state = createLockout();
    expect(lockedUntil(state, T0)).toBeNull();
    expect(attemptsLeft(state, T0)).toBe(3);
  });

  it('stays unlocked after two wrong PINs', () => {
    const state = failAt(createLockout(), T0, T0 + 1_000);
    expect(lockedUntil(state, T0 + 2_000)).toBeNull();
    expect(attemptsLeft(state, T0 + 2_000)).toBe(1);
  });

  it('locks for 60 s from the third wrong PIN in a row', () => {
    const state = failAt(createLockout(), T0, T0 + 1_000, T0 + 2_000);
    expect(lockedUntil(state, T0 + 2_000)).toBe(T0 + 62_000);
    expect(lockedUntil(state, T0 + 61_999)).toBe(T0 + 62_000);
    expect(attemptsLeft(state, T0 + 30_000)).toBe(0);
    expect(lockedUntil(state, T0 + 62_000)).toBeNull();
  });

  it('restarts the count after the lock ends, and locks longer each round', () => {
    const locked = failAt(createLockout(), T0, T0, T0);
    expect(attemptsLeft(locked, T0 + LOCK_MS)).toBe(3);
    const twoMore = failAt(locked, T0 + LOCK_MS, T0 + LOCK_MS + 1);
    expect(lockedUntil(twoMore, T0 + LOCK_MS + 2)).toBeNull();
    const relocked = registerFailure(twoMore, T0 + LOCK_MS + 2);
    expect(lockedUntil(relocked, T0 + LOCK_MS + 2)).toBe(T0 + LOCK_MS + 2 + 5 * 60_000);
    let state = relocked;
    let at = T0 + LOCK_MS + 2;
    const durations: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      at = lockedUntil(state, at)!;
      state = failAt(state, at, at, at);
      durations.push(lockedUntil(state, at)! - at);
    }
    expect(durations).toEqual([900_000, 900_000, 900_000, 900_000]);
  });

  it('starts again at one minute after a right PIN', () => {
    const twice = failAt(
      failAt(createLockout(), T0, T0, T0),
      T0 + LOCK_MS,
      T0 + LOCK_MS,
      T0 + LOCK_MS,
    );
    const after = registerSuccess(twice);
    const again = failAt(after, T0 + 10 * LOCK_MS, T0 + 10 * LOCK_MS, T0 + 10 * LOCK_MS);
    expect(lockedUntil(again, T0 + 10 * LOCK_MS)).toBe(T0 + 11 * LOCK_MS);
  });

  it('ignores failures while locked: they neither extend the lock nor count', () => {
    const locked = failAt(createLockout(), T0, T0, T0);
    const stillLocked = failAt(locked, T0 + 10_000, T0 + 20_000, T0 + 59_000);
    expect(stillLocked).toEqual(locked);
    expect(lockedUntil(stillLocked, T0 + 59_999)).toBe(T0 + LOCK_MS);
    expect(attemptsLeft(stillLocked, T0 + LOCK_MS)).toBe(3);
  });

  it('resets the count on success', () => {
    const twoWrong = failAt(createLockout(), T0, T0 + 1);
    const afterSuccess = registerSuccess(twoWrong);
    expect(attemptsLeft(afterSuccess, T0 + 2)).toBe(3);
    const twoMore = failAt(afterSuccess, T0 + 3, T0 + 4);
    expect(lockedUntil(twoMore, T0 + 5)).toBeNull();
  });

  it('needs the three failures in a row: a success in between prevents the lock', () => {
    let state = failAt(createLockout(), T0, T0 + 1);
    state = registerSuccess(state);
    state = registerFailure(state, T0 + 2);
    expect(lockedUntil(state, T0 + 2)).toBeNull();
  });

  it('does not stretch the lock when the clock jumps backwards', () => {
    const locked = failAt(createLockout(), T0, T0, T0);
    expect(lockedUntil(locked, T0 - 3_600_000)).toBeNull();
  });

  it('does not mutate the state it is given', () => {
    const state = Object.freeze(createLockout());
    expect(() => failAt(state, T0, T0, T0)).not.toThrow();
    expect(state).toEqual(createLockout());
  });
});

/** Three wrong PINs at `at`, and the length of the lock they start. */
function lockAt(state: LockoutState, at: number): { state: LockoutState; ms: number } {
  const next = failAt(state, at, at, at);
  return { state: next, ms: lockedUntil(next, at)! - at };
}

describe('pin lockout eases back', () => {
  it('three wrong PINs an hour no longer keep staff out for good: every lock is 15 min at most', () => {
    let state = createLockout();
    const locks: number[] = [];
    for (let hour = 0; hour < 24; hour += 1) {
      const lock = lockAt(state, T0 + hour * 3_600_000);
      state = lock.state;
      locks.push(lock.ms);
    }
    expect(Math.max(...locks)).toBe(MAX_LOCK_MS);
    expect(locks.slice(0, 3)).toEqual([60_000, 300_000, 900_000]);
  });

  it('after a lock has ended, each hour without a wrong PIN takes one round off', () => {
    let at = T0;
    let state = createLockout();
    for (let i = 0; i < 3; i += 1) {
      state = lockAt(state, at).state;
      at = lockedUntil(state, at)!;
    }
    // Three rounds; the third lock (15 min) ended at `at`. Each quiet hour takes a round off:
    // the next lock is then round 3 (15 min), 2 (5 min), 1 (1 min).
    expect(state.rounds).toBe(3);
    expect(lockAt(state, at + QUIET_MS - 1).ms).toBe(900_000);
    expect(lockAt(state, at + QUIET_MS).ms).toBe(900_000);
    expect(lockAt(state, at + 2 * QUIET_MS).ms).toBe(300_000);
    expect(lockAt(state, at + 3 * QUIET_MS).ms).toBe(60_000);
    expect(lockAt(state, at + 30 * QUIET_MS).ms).toBe(60_000);
  });

  it('forgets a stray wrong PIN after a quiet hour', () => {
    const once = registerFailure(createLockout(), T0);
    expect(attemptsLeft(once, T0 + QUIET_MS - 1)).toBe(2);
    expect(attemptsLeft(once, T0 + QUIET_MS)).toBe(3);
    const twoMore = failAt(once, T0 + QUIET_MS, T0 + QUIET_MS);
    expect(lockedUntil(twoMore, T0 + QUIET_MS)).toBeNull();
  });

  it('never locks for longer than the cap, whatever happens in whatever order', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('fail' as const), after: fc.nat(3 * QUIET_MS) }),
      fc.record({ kind: fc.constant('success' as const), after: fc.nat(3 * QUIET_MS) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state = createLockout();
        let at = T0;
        for (const { kind, after } of steps) {
          at += after;
          state = kind === 'fail' ? registerFailure(state, at) : registerSuccess(state);
          const until = lockedUntil(state, at);
          if (until !== null) expect(until - at).toBeLessThanOrEqual(MAX_LOCK_MS);
          expect(state.rounds).toBeLessThanOrEqual(LOCK_STEPS_MS.length);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('pin lockout across a restart', () => {
  const WALL = Date.UTC(2026, 11, 7, 18, 0, 0);
  // The monotonic clock starts again near 0 in the new process.
  const NEW_PROCESS = 2_000;

  it('keeps the lock, its remaining time and the rounds across a restart', () => {
    const locked = failAt(
      lockAt(createLockout(), T0).state,
      T0 + LOCK_MS,
      T0 + LOCK_MS,
      T0 + LOCK_MS,
    );
    const saved = saveLockout(locked, T0 + LOCK_MS + 60_000, WALL);
    expect(saved).toEqual({
      failures: 0,
      rounds: 2,
      lockedAt: new Date(WALL - 60_000).toISOString(),
      lastFailureAt: new Date(WALL - 60_000).toISOString(),
    });
    // Restarted 30 s later: 5 min lock, 1 min gone before, 30 s during the restart.
    const restored = restoreLockout(JSON.parse(JSON.stringify(saved)), NEW_PROCESS, WALL + 30_000);
    expect(lockedUntil(restored, NEW_PROCESS)! - NEW_PROCESS).toBe(300_000 - 90_000);
    expect(restored.rounds).toBe(2);
    expect(lockAt(restored, NEW_PROCESS + 300_000).ms).toBe(900_000);
  });

  it('keeps a count of wrong PINs that has not locked yet', () => {
    const twice = failAt(createLockout(), T0, T0 + 1_000);
    const restored = restoreLockout(saveLockout(twice, T0 + 1_000, WALL), NEW_PROCESS, WALL);
    expect(attemptsLeft(restored, NEW_PROCESS)).toBe(1);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a list', [1, 2]],
    ['text', 'locked'],
    ['an empty object', {}],
    ['nonsense fields', { failures: -4, rounds: 'many', lockedAt: 'yesterday', lastFailureAt: 7 }],
  ])('starts unlocked from %s', (_what, saved) => {
    const restored = restoreLockout(saved, NEW_PROCESS, WALL);
    expect(lockedUntil(restored, NEW_PROCESS)).toBeNull();
    expect(attemptsLeft(restored, NEW_PROCESS)).toBe(3);
  });

  it('never locks longer than the cap for a file from the future (a clock that went back) or huge rounds', () => {
    const restored = restoreLockout(
      {
        failures: 2,
        rounds: 1e9,
        lockedAt: new Date(WALL + 86_400_000).toISOString(),
        lastFailureAt: null,
      },
      NEW_PROCESS,
      WALL,
    );
    expect(lockedUntil(restored, NEW_PROCESS)).toBeNull();
    expect(restored.rounds).toBe(LOCK_STEPS_MS.length);
    expect(lockAt(restored, NEW_PROCESS).ms).toBe(MAX_LOCK_MS);
  });

  it('restores any input at all to a lock no longer than the cap', () => {
    const iso = fc
      .integer({ min: WALL - 10 * 86_400_000, max: WALL + 10 * 86_400_000 })
      .map((ms) => new Date(ms).toISOString());
    const field = fc.oneof(fc.anything(), iso, fc.integer(), fc.double());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            { failures: field, rounds: field, lockedAt: field, lastFailureAt: field },
            { requiredKeys: [] },
          ),
        ),
        fc.integer({ min: -1e12, max: 1e12 }),
        (saved, now) => {
          const restored = restoreLockout(saved, now, WALL);
          const until = lockedUntil(restored, now);
          if (until !== null) expect(until - now).toBeLessThanOrEqual(MAX_LOCK_MS);
          expect(restored.failures).toBeGreaterThanOrEqual(0);
          expect(restored.failures).toBeLessThan(MAX_FAILURES);
          expect(restored.rounds).toBeLessThanOrEqual(LOCK_STEPS_MS.length);
          const relocked = lockAt(restored, until ?? now);
          expect(relocked.ms).toBeLessThanOrEqual(MAX_LOCK_MS);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
