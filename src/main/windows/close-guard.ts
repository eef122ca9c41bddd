// Keeps the kiosk window open against close requests that bypass the keyboard lockdown: Alt+F4
// handled by the window manager, Alt+Space → Close on Windows, a touch-screen edge gesture.
// Only an intended quit (the staff panel's exit, or the system ending the session) may close it.

import type { BrowserWindow } from 'electron';

import type { RotatingLog } from '../../node/rotating-log';

export type GuardedWindow = Pick<BrowserWindow, 'on' | 'setClosable' | 'isDestroyed'>;

export type CloseGuard = {
  /** Lets every guarded window close from now on; call it before quitting on purpose. */
  allowClose(reason: string): void;
  guard(window: GuardedWindow): void;
};

export function createCloseGuard(
  isKioskMode: () => boolean,
  log: Pick<RotatingLog, 'info' | 'warn'>,
): CloseGuard {
  let allowed = false;
  const windows = new Set<GuardedWindow>();

  const allowClose = (reason: string): void => {
    if (allowed) return;
    allowed = true;
    log.info('closing allowed', { reason });
    for (const window of windows) {
      // On Windows a window that is not closable ignores even an intended close.
      if (!window.isDestroyed()) window.setClosable(true);
    }
  };

  return {
    allowClose,
    guard: (window) => {
      windows.add(window);
      window.on('closed', () => windows.delete(window));
      window.on('close', (event) => {
        if (allowed || !isKioskMode()) return;
        event.preventDefault();
        log.warn('close request refused in kiosk mode');
      });
      // Windows' system menu (Alt+Space, a right-click on the title bar) offers Close.
      window.on('system-context-menu', (event) => {
        if (!allowed && isKioskMode()) event.preventDefault();
      });
      // The system is logging off or shutting down: never stand in its way.
      window.on('session-end', () => allowClose('session end'));
    },
  };
}
