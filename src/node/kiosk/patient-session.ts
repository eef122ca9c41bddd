// Whether a patient is using the kiosk: the renderer reports 'active' when someone leaves the
// untouched start screen and 'idle' after every reset. An 'idle' after 'active' is an idle
// reset, which ends the staff session and starts a new print allowance.

import type { PatientSessionState } from '../../shared/ipc';

export type PatientSession = {
  report(state: PatientSessionState): void;
  isActive(): boolean;
};

export function createPatientSession(onIdleReset: () => void): PatientSession {
  let active = false;
  return {
    report: (state) => {
      const wasActive = active;
      active = state === 'active';
      if (wasActive && !active) onIdleReset();
    },
    isActive: () => active,
  };
}
