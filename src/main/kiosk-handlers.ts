// What each IPC message does: settings for the renderer, the staff PIN, the staff actions and
// diagnostics that only an open staff session may use, printing within its limits, and the
// patient session reports. Every change goes through the settings store, which pushes it on.

import type {
  AppInfo,
  Diagnostics,
  PatientSessionState,
  PrintResult,
  StaffAction,
} from '../shared/ipc';
import type { KioskMode } from '../shared/settings/kiosk-settings';
import type { IpcHandlers } from './ipc';
import type { PatientSession } from './patient-session';
import type { PresentationRelay } from './presentation-relay';
import type { PrintAllowance } from './print-allowance';
import type { RotatingLog } from './rotating-log';
import type { SettingsStore } from './settings-store';
import type { StaffSession } from './staff-session';
import type { StaffUnlock } from './staff-unlock';

export interface KioskControls {
  quit(): void;
  reload(): void;
  setMode(mode: KioskMode): void;
  /** Presenter mode: the audience and presenter windows trade displays. */
  swapScreens(): void;
}

export interface KioskHandlerDeps {
  appInfo(): AppInfo;
  store: SettingsStore;
  unlock: StaffUnlock;
  session: StaffSession;
  patient: PatientSession;
  controls: KioskControls;
  diagnostics(): Diagnostics;
  allowance: PrintAllowance;
  /** Prints silently to the configured printer; resolves true when the job went out. */
  print(): Promise<boolean>;
  log: Pick<RotatingLog, 'info' | 'warn'>;
  relay: Pick<PresentationRelay, 'relay'>;
}

/** Staff changes that last only while staff are at the kiosk: back to the config's mode. */
export function undoSessionChanges(
  store: SettingsStore,
  controls: Pick<KioskControls, 'setMode'>,
): void {
  const configured = store.config.mode;
  if (store.runtime().mode === configured) return;
  store.update({ mode: configured });
  controls.setMode(configured);
}

export function createKioskHandlers(deps: KioskHandlerDeps): IpcHandlers {
  const { store, session, controls, log } = deps;

  const actions: Record<StaffAction, () => void> = {
    exit: () => {
      session.close();
      controls.quit();
    },
    reload: () => {
      session.close();
      controls.reload();
    },
    'toggle-mode': () => {
      const mode = store.runtime().mode === 'kiosk' ? 'windowed' : 'kiosk';
      store.update({ mode });
      controls.setMode(mode);
    },
    'presenter-on': () => store.update({ presenterMode: true }),
    'presenter-off': () => store.update({ presenterMode: false }),
    'swap-screens': () => controls.swapScreens(),
  };

  const staffOnly = (what: string, fields: Record<string, unknown>): boolean => {
    if (session.isOpen()) return true;
    log.warn(`${what} refused: no open staff session`, fields);
    return false;
  };

  return {
    appInfo: () => deps.appInfo(),
    kioskSettings: () => store.settings(),
    unlockStaff: (pin) => {
      const result = deps.unlock.attempt(pin);
      if (result.ok) {
        session.open();
        log.info('staff panel unlocked');
        return { ok: true, sessionSeconds: Math.round(session.durationMs / 1000) };
      }
      log.warn('staff unlock refused', { ...result });
      return result;
    },
    staffAction: (action) => {
      if (!staffOnly('staff action', { action })) return { ok: false };
      log.info('staff action', { action });
      actions[action]();
      return { ok: true };
    },
    setDefaultLanguage: (language) => {
      if (!staffOnly('default language', { language })) return { ok: false };
      if (!store.config.languages.includes(language)) return { ok: false };
      log.info('staff action', { action: 'default-language', language });
      store.update({ defaultLanguage: language });
      return { ok: true };
    },
    diagnostics: () => (session.isOpen() ? deps.diagnostics() : null),
    printHandout: async (): Promise<PrintResult> => {
      if (!store.settings().printing) return { ok: false, reason: 'disabled' };
      if (!deps.allowance.take()) {
        log.warn('print refused: limit reached');
        return { ok: false, reason: 'limit' };
      }
      try {
        if (await deps.print()) {
          log.info('handout printed');
          return { ok: true };
        }
      } catch (error) {
        log.warn('printing failed', { error });
        return { ok: false, reason: 'failed' };
      }
      log.warn('printing failed');
      return { ok: false, reason: 'failed' };
    },
    reportPatientSession: (state: PatientSessionState) => {
      deps.patient.report(state);
    },
    sendPresentation: (message, senderId) => {
      // The presenter's "end presenting" button: presenter mode goes off, its window closes.
      if (deps.relay.relay(message, senderId) && message.kind === 'bye')
        store.update({ presenterMode: false });
    },
  };
}
