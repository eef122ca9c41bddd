import { describe, expect, it } from 'vitest';

import {
  attemptsLeft,
  createLockout,
  LOCK_STEPS_MS,
  type LockoutState,
  lockedUntil,
  MAX_FAILURES,
  registerFailure,
  registerSuccess,
} from './pin-lockout';

const T0 = 1_000_000;
const LOCK_MS = 60_000;

function failAt(state: LockoutState, ...times: number[]): LockoutState {
  return times.reduce((current, time) => registerFailure(current, time), state);
}

describe('pin lockout', () => {
  it('uses three failures, and locks 1, 5, 15 then 60 minutes', () => {
    expect(MAX_FAILURES).toBe(3);
    expect(LOCK_STEPS_MS).toEqual([60_000, 300_000, 900_000, 3_600_000]);
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
    expect(durations).toEqual([900_000, 3_600_000, 3_600_000, 3_600_000]);
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
    expect(state).toEqual({ failures: 0, lockedAtMs: null, rounds: 0 });
  });
});
