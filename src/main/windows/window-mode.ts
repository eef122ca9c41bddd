// Switches the live patient's window between kiosk and windowed mode (staff, or the end of a
// staff session). Apart from window.ts so that it can be tested without Electron.

import type { BrowserWindow } from 'electron';

import { WINDOWED_SIZE } from '../../shared/presentation/display-placement';
import type { KioskMode } from '../../shared/settings/kiosk-settings';

export type ModeSwitchable = Pick<
  BrowserWindow,
  | 'setKiosk'
  | 'setFullScreen'
  | 'setMenuBarVisibility'
  | 'setAutoHideMenuBar'
  | 'setResizable'
  | 'setMinimizable'
  | 'setMaximizable'
  | 'setClosable'
  | 'setSize'
  | 'center'
  | 'focus'
>;

/**
 * Switches the live window. A window made frameless for kiosk mode stays frameless (Electron
 * cannot add a frame later); the config's `mode` decides the frame at the next start.
 */
export function applyWindowMode(window: ModeSwitchable, mode: KioskMode): void {
  const kiosk = mode === 'kiosk';
  window.setMenuBarVisibility(false);
  window.setAutoHideMenuBar(true);
  window.setResizable(true);
  window.setKiosk(kiosk);
  window.setFullScreen(kiosk);
  window.setMinimizable(!kiosk);
  window.setMaximizable(!kiosk);
  window.setClosable(!kiosk);
  if (!kiosk) {
    window.setSize(WINDOWED_SIZE.width, WINDOWED_SIZE.height);
    window.center();
  }
  window.setResizable(!kiosk);
  window.focus();
}
