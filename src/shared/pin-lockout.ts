// Staff PIN lockout: three wrong PINs in a row lock the keypad, for longer each round (1 min,
// 5 min, 15 min, then 60 min) until a right PIN. Pure; the caller passes the time in, from a
// monotonic clock such as performance.now(), and keeps the state where a reload of the
// window cannot reach it (the main process, the preview server).

export const MAX_FAILURES = 3;
export const LOCK_STEPS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

export type LockoutState = Readonly<{
  /** Wrong PINs in a row since the last success or the last lock. */
  failures: number;
  /** When the current or most recent lock began; null if never locked. */
  lockedAtMs: number | null;
  /** Locks since the last right PIN: the next lock lasts LOCK_STEPS_MS[rounds]. */
  rounds: number;
}>;

export function createLockout(): LockoutState {
  return { failures: 0, lockedAtMs: null, rounds: 0 };
}

/** How long lock number `round` (1 for the first) lasts. */
export function lockDuration(round: number): number {
  const index = Math.min(Math.max(round, 1), LOCK_STEPS_MS.length) - 1;
  return LOCK_STEPS_MS[index]!;
}

/** A failure while locked is ignored: it neither extends the lock nor counts towards the next. */
export function registerFailure(state: LockoutState, nowMs: number): LockoutState {
  if (lockedUntil(state, nowMs) !== null) return state;
  const failures = state.failures + 1;
  if (failures >= MAX_FAILURES) return { failures: 0, lockedAtMs: nowMs, rounds: state.rounds + 1 };
  return { ...state, failures };
}

export function registerSuccess(_state: LockoutState): LockoutState {
  return createLockout();
}

/**
 * The time the keypad unlocks, or null if it is not locked. A clock that has gone back to
 * before the lock began ends the lock rather than stretching it by the size of the jump.
 */
export function lockedUntil(state: LockoutState, nowMs: number): number | null {
  if (state.lockedAtMs === null) return null;
  const duration = lockDuration(state.rounds);
  const elapsed = nowMs - state.lockedAtMs;
  return elapsed >= 0 && elapsed < duration ? state.lockedAtMs + duration : null;
}

/** How many more wrong PINs are allowed before the next lock (0 while locked). */
export function attemptsLeft(state: LockoutState, nowMs: number): number {
  return lockedUntil(state, nowMs) === null ? MAX_FAILURES - state.failures : 0;
}
