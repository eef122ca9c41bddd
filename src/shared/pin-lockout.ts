// Staff PIN lockout: three wrong PINs in a row lock the keypad, for longer each round (1 min,
// 5 min, then 15 min at most) until a right PIN, and each hour without a wrong PIN after a lock
// takes a round off again. Capped and easing, so that someone at the kiosk can at most delay
// staff, never keep them out. Pure; the caller passes the time in, from a monotonic clock such
// as performance.now(), and keeps the state where a reload of the window cannot reach it (the
// main process, the preview server) and, converted to wall-clock time, across a restart.

export const MAX_FAILURES = 3;
export const LOCK_STEPS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000];
export const MAX_LOCK_MS = 15 * 60_000;
/** A lock that has ended, then this long without a wrong PIN: one round less. */
export const QUIET_MS = 60 * 60_000;

export type LockoutState = Readonly<{
  /** Wrong PINs in a row since the last success, the last lock or the last quiet hour. */
  failures: number;
  /** When the current or most recent lock began; null if never locked. */
  lockedAtMs: number | null;
  /**
   * Locks not yet eased away, at most LOCK_STEPS_MS.length: the current lock lasts
   * lockDuration(rounds), the next lockDuration(rounds + 1).
   */
  rounds: number;
  /** The last wrong PIN that counted; null if none since the last success. */
  lastFailureAtMs: number | null;
}>;

export function createLockout(): LockoutState {
  return { failures: 0, lockedAtMs: null, rounds: 0, lastFailureAtMs: null };
}

/** How long lock number `round` (1 for the first) lasts: never longer than MAX_LOCK_MS. */
export function lockDuration(round: number): number {
  const index = Math.min(Math.max(round, 1), LOCK_STEPS_MS.length) - 1;
  return Math.min(LOCK_STEPS_MS[index]!, MAX_LOCK_MS);
}

/** A failure while locked is ignored: it neither extends the lock nor counts towards the next. */
export function registerFailure(state: LockoutState, nowMs: number): LockoutState {
  if (lockedUntil(state, nowMs) !== null) return state;
  const current = eased(state, nowMs);
  const failures = current.failures + 1;
  if (failures >= MAX_FAILURES) {
    const rounds = Math.min(current.rounds + 1, LOCK_STEPS_MS.length);
    return { failures: 0, lockedAtMs: nowMs, rounds, lastFailureAtMs: nowMs };
  }
  return { ...current, failures, lastFailureAtMs: nowMs };
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
  return lockedUntil(state, nowMs) === null ? MAX_FAILURES - eased(state, nowMs).failures : 0;
}

// Only ever applied on the way to a new state that records a failure (which restarts the quiet
// period) or read, never stored by itself: a stored eased state would shorten the lock it
// measures the quiet period from, and ease twice.
function eased(state: LockoutState, nowMs: number): LockoutState {
  const since = quietSince(state);
  if (since === null) return state;
  const quietPeriods = Math.floor((nowMs - since) / QUIET_MS);
  if (!(quietPeriods >= 1)) return state;
  return { ...state, failures: 0, rounds: Math.max(0, state.rounds - quietPeriods) };
}

function quietSince(state: LockoutState): number | null {
  const lockEnd = state.lockedAtMs === null ? null : state.lockedAtMs + lockDuration(state.rounds);
  if (lockEnd === null) return state.lastFailureAtMs;
  return state.lastFailureAtMs === null ? lockEnd : Math.max(lockEnd, state.lastFailureAtMs);
}

/** The lockout as kept in a file across restarts: wall-clock times, as ISO 8601 text. */
export type SavedLockout = {
  failures: number;
  rounds: number;
  lockedAt: string | null;
  lastFailureAt: string | null;
};

/** `nowMs` on the monotonic clock is `wallNowMs` on the wall clock. */
export function saveLockout(state: LockoutState, nowMs: number, wallNowMs: number): SavedLockout {
  const toWall = (ms: number | null): string | null => {
    const wall = ms === null ? NaN : wallNowMs - (nowMs - ms);
    return Number.isFinite(wall) && Math.abs(wall) < 8.64e15 ? new Date(wall).toISOString() : null;
  };
  return {
    failures: state.failures,
    rounds: state.rounds,
    lockedAt: toWall(state.lockedAtMs),
    lastFailureAt: toWall(state.lastFailureAtMs),
  };
}

/**
 * The lockout from what a file held, whatever it holds: anything unreadable counts as nothing,
 * counts are capped, and a time after now (a clock that went back, or a hand-edited file) ends
 * the lock, so neither a bad file nor a clock jump locks staff out for longer than the cap.
 */
export function restoreLockout(saved: unknown, nowMs: number, wallNowMs: number): LockoutState {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return createLockout();
  const fields = saved as Record<string, unknown>;
  const failures = count(fields['failures'], MAX_FAILURES - 1);
  const rounds = count(fields['rounds'], LOCK_STEPS_MS.length);
  if (failures === 0 && rounds === 0) return createLockout();
  const toMonotonic = (value: unknown): number | null => {
    const wall = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isFinite(wall) || wall > wallNowMs) return null;
    return nowMs - (wallNowMs - wall);
  };
  return {
    failures,
    rounds,
    lockedAtMs: rounds === 0 ? null : toMonotonic(fields['lockedAt']),
    // Unknown: the quiet period starts now, as if the last wrong PIN was just before the restart.
    lastFailureAtMs: toMonotonic(fields['lastFailureAt']) ?? nowMs,
  };
}

function count(value: unknown, max: number): number {
  return typeof value === 'number' && Number.isInteger(value)
    ? Math.min(Math.max(value, 0), max)
    : 0;
}
