// Staff PIN lockout: three wrong PINs in a row lock the keypad for 60 s. Pure; the caller
// passes the time in, preferably from a monotonic clock such as performance.now().

export const MAX_FAILURES = 3;
export const LOCK_MS = 60_000;

export type LockoutState = Readonly<{
  /** Wrong PINs in a row since the last success or the last lock. */
  failures: number;
  /** When the current or most recent lock began; null if never locked. */
  lockedAtMs: number | null;
}>;

export function createLockout(): LockoutState {
  return { failures: 0, lockedAtMs: null };
}

/** A failure while locked is ignored: it neither extends the lock nor counts towards the next. */
export function registerFailure(state: LockoutState, nowMs: number): LockoutState {
  if (lockedUntil(state, nowMs) !== null) return state;
  const failures = state.failures + 1;
  if (failures >= MAX_FAILURES) return { failures: 0, lockedAtMs: nowMs };
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
  const elapsed = nowMs - state.lockedAtMs;
  return elapsed >= 0 && elapsed < LOCK_MS ? state.lockedAtMs + LOCK_MS : null;
}

/** How many more wrong PINs are allowed before the next lock (0 while locked). */
export function attemptsLeft(state: LockoutState, nowMs: number): number {
  return lockedUntil(state, nowMs) === null ? MAX_FAILURES - state.failures : 0;
}
