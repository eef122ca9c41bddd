// What each IPC message does: settings for the renderer, the staff PIN, and the staff
// actions and diagnostics that only an open staff session may use.

import type { AppInfo, Diagnostics, KioskSettings, StaffAction } from '../shared/ipc';
import type { IpcHandlers } from './ipc';
import type { RotatingLog } from './rotating-log';
import type { StaffSession } from './staff-session';
import type { StaffUnlock } from './staff-unlock';

export type KioskMode = KioskSettings['mode'];

/** What staff may change while the app runs; it lasts until the app restarts. */
export type KioskRuntime = { mode: KioskMode; presenterMode: boolean };

export interface KioskControls {
  quit(): void;
  reload(): void;
  setMode(mode: KioskMode): void;
}

export interface KioskHandlerDeps {
  appInfo(): AppInfo;
  /** The settings as read from the config at start; mode and presenter mode come from runtime. */
  settings: KioskSettings;
  runtime: KioskRuntime;
  unlock: StaffUnlock;
  session: StaffSession;
  controls: KioskControls;
  diagnostics(): Diagnostics;
  /** Resolves true when the print job was handed to the printer. */
  print(): Promise<boolean>;
  log: Pick<RotatingLog, 'info' | 'warn'>;
}

export function createKioskHandlers(deps: KioskHandlerDeps): IpcHandlers {
  const { runtime, session, controls, log } = deps;

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
      runtime.mode = runtime.mode === 'kiosk' ? 'windowed' : 'kiosk';
      controls.setMode(runtime.mode);
    },
    'presenter-on': () => {
      runtime.presenterMode = true;
    },
    'presenter-off': () => {
      runtime.presenterMode = false;
    },
  };

  return {
    appInfo: () => deps.appInfo(),
    kioskSettings: () => ({
      ...deps.settings,
      languages: [...deps.settings.languages],
      configErrors: deps.settings.configErrors.map((error) => ({ ...error })),
      mode: runtime.mode,
      presenterMode: runtime.presenterMode,
    }),
    unlockStaff: (pin) => {
      const result = deps.unlock.attempt(pin);
      if (result.ok) {
        session.open();
        log.info('staff panel unlocked');
      } else {
        log.warn('staff unlock refused', { ...result });
      }
      return result;
    },
    staffAction: (action) => {
      if (!session.isOpen()) {
        log.warn('staff action refused: no open staff session', { action });
        return { ok: false };
      }
      log.info('staff action', { action });
      actions[action]();
      return { ok: true };
    },
    diagnostics: () => (session.isOpen() ? deps.diagnostics() : null),
    printHandout: async () => {
      if (!deps.settings.printing) return { ok: false, reason: 'disabled' };
      try {
        if (await deps.print()) return { ok: true };
      } catch (error) {
        log.warn('printing failed', { error });
        return { ok: false, reason: 'failed' };
      }
      log.warn('printing failed or was cancelled');
      return { ok: false, reason: 'failed' };
    },
  };
}
