// Checks a typed staff PIN against the salted hash from the config, with the keypad lockout
// (three wrong PINs lock it, longer each round). Shared by the app's IPC and the preview server.

import type { UnlockResult } from '../../shared/ipc';
import {
  attemptsLeft,
  createLockout,
  type LockoutState,
  lockedUntil,
  registerFailure,
  registerSuccess,
} from '../../shared/pin-lockout';
import type { StaffPin } from '../../shared/settings/kiosk-settings';
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
};

export function createStaffUnlock({
  staffPin,
  now = () => performance.now(),
  verify = verifyPin,
}: StaffUnlockOptions): StaffUnlock {
  let lockout: LockoutState = createLockout();

  return {
    attempt(pin) {
      if (staffPin === null) return { ok: false, reason: 'no-pin-configured' };
      const at = now();
      const until = lockedUntil(lockout, at);
      if (until !== null) return lockedResult(until, at);
      if (verify(pin, staffPin)) {
        lockout = registerSuccess(lockout);
        return { ok: true };
      }
      lockout = registerFailure(lockout, at);
      const lockedNow = lockedUntil(lockout, at);
      if (lockedNow !== null) return lockedResult(lockedNow, at);
      return { ok: false, reason: 'wrong-pin', attemptsLeft: attemptsLeft(lockout, at) };
    },
  };
}

function lockedResult(until: number, at: number): UnlockAttempt {
  return { ok: false, reason: 'locked', secondsLeft: Math.max(1, Math.ceil((until - at) / 1000)) };
}
