// Creates the app window with the secure web preferences every window of ours must have, as a
// locked-down fullscreen kiosk or as an ordinary window for a physio's laptop.

import { join } from 'node:path';

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

import { PRESENTER_HASH } from '../../shared/presentation/presenter-hash';
import type { KioskMode } from '../../shared/settings/kiosk-settings';

export const WINDOWED_SIZE = Object.freeze({ width: 1280, height: 800 });

export function secureWebPreferences(): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: join(__dirname, '../preload/index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
  };
}

/** Dev tools only for an unpackaged app in windowed mode; never in kiosk mode. */
export function devToolsAllowed(mode: KioskMode, isPackaged: boolean): boolean {
  return mode === 'windowed' && !isPackaged;
}

export function windowOptions(
  mode: KioskMode,
  allowDevTools: boolean,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    backgroundColor: '#FBF8F3',
    autoHideMenuBar: true,
    title: 'physio-kiosk',
    webPreferences: {
      ...secureWebPreferences(),
      devTools: allowDevTools && mode === 'windowed',
    },
  };
  if (mode === 'kiosk') {
    return {
      ...common,
      kiosk: true,
      fullscreen: true,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      closable: false,
    };
  }
  return {
    ...common,
    ...WINDOWED_SIZE,
    kiosk: false,
    fullscreen: false,
    frame: true,
    resizable: true,
    minimizable: true,
    maximizable: true,
    closable: true,
    center: true,
  };
}

/** The physio's window: an ordinary window they can close, with the kiosk's web preferences. */
export function presenterWindowOptions(allowDevTools: boolean): BrowserWindowConstructorOptions {
  return { ...windowOptions('windowed', allowDevTools), title: 'physio-kiosk — presenter' };
}

function openWindow(options: BrowserWindowConstructorOptions, url: string): BrowserWindow {
  const window = new BrowserWindow(options);
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url).catch(() => {
    // A failed first load is reported by did-fail-load, which the recovery module handles.
  });
  return window;
}

export function createPresenterWindow(startUrl: string, allowDevTools: boolean): BrowserWindow {
  return openWindow(presenterWindowOptions(allowDevTools), `${startUrl}${PRESENTER_HASH}`);
}

export interface MainWindowOptions {
  startUrl: string;
  mode: KioskMode;
  allowDevTools: boolean;
}

export function createMainWindow({
  startUrl,
  mode,
  allowDevTools,
}: MainWindowOptions): BrowserWindow {
  return openWindow(windowOptions(mode, allowDevTools), startUrl);
}

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
