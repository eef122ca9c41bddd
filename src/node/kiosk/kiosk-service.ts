// The kiosk's one service, what each request of KioskApi does: settings for the renderer, the
// staff PIN, the staff actions and diagnostics that only an open staff session may use, printing
// within its limits, and the patient session reports. The app answers IPC with it
// (src/main/ipc/), the preview server HTTP (src/preview/): the same code behind both. Every
// change goes through the settings store, which pushes it on.

import type {
  AppInfo,
  Diagnostics,
  KioskHandlers,
  PatientSessionState,
  PrintResult,
  StaffAction,
} from '../../shared/ipc';
import type { PresentationMessage } from '../../shared/presentation/presentation-messages';
import type { KioskMode } from '../../shared/settings/kiosk-settings';
import type { SettingsStore } from '../config/settings-store';
import type { RotatingLog } from '../rotating-log';
import type { PatientSession } from './patient-session';
import type { PrintAllowance } from './print-allowance';
import type { StaffSession } from './staff-session';
import type { StaffUnlock } from './staff-unlock';

/** What the service asks of the program around it: the app's windows, or nothing (preview). */
export interface KioskControls {
  /** Absent where there is nothing to quit (a browser tab): "exit" is then refused. */
  quit?(): void;
  reload(): void;
  setMode(mode: KioskMode): void;
  /** Presenter mode: the audience and presenter windows trade displays. Absent: refused. */
  swapScreens?(): void;
}

export interface KioskServiceDeps {
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
  /** Passes a presentation message to the other window; true when it went. */
  relay: { relay(message: PresentationMessage, senderId: number): boolean };
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

export type KioskService = ReturnType<typeof createKioskService>;

// Not annotated: callers see each answer's own type (sync where it is); `satisfies` keeps it the
// whole KioskApi.
export function createKioskService(deps: KioskServiceDeps) {
  const { store, session, controls, log } = deps;

  const { quit, swapScreens } = controls;
  // Undefined: not something this program can do (a browser tab cannot quit or swap screens).
  const actions: Record<StaffAction, (() => void) | undefined> = {
    exit:
      quit &&
      (() => {
        session.close();
        quit();
      }),
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
    'swap-screens': swapScreens && (() => swapScreens()),
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
      const act = actions[action];
      if (act === undefined) {
        log.warn('staff action not available here', { action });
        return { ok: false };
      }
      log.info('staff action', { action });
      act();
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
  } satisfies KioskHandlers;
}
