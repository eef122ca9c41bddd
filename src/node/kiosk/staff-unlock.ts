// Checks a typed staff PIN against the salted hash from the config, with the keypad lockout
// (three wrong PINs lock it, longer each round, 15 minutes at most, easing back when quiet),
// kept across restarts in a small file. Shared by the app's IPC and the preview server.

import type { UnlockResult } from '../../shared/ipc';
import {
  attemptsLeft,
  createLockout,
  lockDuration,
  type LockoutState,
  lockedUntil,
  registerFailure,
  registerSuccess,
  restoreLockout,
  saveLockout,
} from '../../shared/pin-lockout';
import type { StaffPin } from '../../shared/settings/kiosk-settings';
import type { RotatingLog } from '../rotating-log';
import { readLockoutFile, writeLockoutFile } from './lockout-file';
import { verifyPin } from './pin';

export type UnlockAttempt = { ok: true } | Exclude<UnlockResult, { ok: true }>;

export type StaffUnlock = {
  /** Anything that is not 6–12 digits simply counts as a wrong PIN. */
  attempt(pin: string): UnlockAttempt;
};

export type StaffUnlockOptions = {
  staffPin: StaffPin | null;
  /** Milliseconds from a monotonic clock. */
  now?: () => number;
  verify?: (pin: string, staffPin: StaffPin) => boolean;
  /** Where the lockout is kept across restarts; without it, only while the process runs. */
  stateFile?: string;
  /** Milliseconds on the wall clock, for the file: the monotonic clock restarts with the process. */
  wallNow?: () => number;
  log?: Pick<RotatingLog, 'info' | 'warn'>;
};

export function createStaffUnlock({
  staffPin,
  now = () => performance.now(),
  verify = verifyPin,
  stateFile,
  wallNow = () => Date.now(),
  log,
}: StaffUnlockOptions): StaffUnlock {
  let lockout: LockoutState = stateFile === undefined ? createLockout() : restore(stateFile);
  let locksSinceStart = 0;
  let saveFailureLogged = false;

  function restore(file: string): LockoutState {
    const read = readLockoutFile(file);
    if (read.problem !== undefined)
      log?.warn('staff lockout file unreadable; starting without a lock', {
        file,
        problem: read.problem,
      });
    const at = now();
    const restored = restoreLockout(read.saved, at, wallNow());
    const until = lockedUntil(restored, at);
    if (restored.rounds > 0 || until !== null)
      log?.info('staff keypad lockout carried over from before the restart', {
        rounds: restored.rounds,
        secondsLeft: until === null ? 0 : secondsUntil(until, at),
      });
    return restored;
  }

  function set(next: LockoutState, at: number): void {
    const unchanged = JSON.stringify(next) === JSON.stringify(lockout);
    lockout = next;
    if (unchanged || stateFile === undefined) return;
    const problem = writeLockoutFile(stateFile, saveLockout(next, at, wallNow()));
    // Once: a full or read-only disk must not fill the log, one line per PIN typed.
    if (problem !== null && !saveFailureLogged)
      log?.warn('staff lockout file cannot be written; a restart would clear the lockout', {
        file: stateFile,
        problem,
      });
    saveFailureLogged = problem !== null;
  }

  function logLock(): void {
    locksSinceStart += 1;
    const fields = {
      round: lockout.rounds,
      minutes: lockDuration(lockout.rounds) / 60_000,
      locksSinceStart,
    };
    if (lockout.rounds > 1)
      log?.warn(
        'staff keypad locked again: repeated wrong PINs (someone may be trying PINs)',
        fields,
      );
    else log?.warn('staff keypad locked: three wrong PINs', fields);
  }

  return {
    attempt(pin) {
      if (staffPin === null) return { ok: false, reason: 'no-pin-configured' };
      const at = now();
      const until = lockedUntil(lockout, at);
      if (until !== null) return lockedResult(until, at);
      if (verify(pin, staffPin)) {
        set(registerSuccess(lockout), at);
        return { ok: true };
      }
      set(registerFailure(lockout, at), at);
      const lockedNow = lockedUntil(lockout, at);
      if (lockedNow !== null) {
        logLock();
        return lockedResult(lockedNow, at);
      }
      return { ok: false, reason: 'wrong-pin', attemptsLeft: attemptsLeft(lockout, at) };
    },
  };
}

function secondsUntil(until: number, at: number): number {
  return Math.max(1, Math.ceil((until - at) / 1000));
}

function lockedResult(until: number, at: number): UnlockAttempt {
  return { ok: false, reason: 'locked', secondsLeft: secondsUntil(until, at) };
}
