// Creates the app window with the secure web preferences every window of ours must have, as a
// locked-down fullscreen kiosk or as an ordinary window for a physio's laptop.

import { join } from 'node:path';

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

import { WINDOWED_SIZE } from '../../shared/presentation/display-placement';
import { PRESENTER_HASH } from '../../shared/presentation/presenter-hash';
import type { KioskMode } from '../../shared/settings/kiosk-settings';

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
    // No alert/confirm/print dialogs a page could open over the kiosk.
    disableDialogs: true,
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

/**
 * The physio's window, with the kiosk's web preferences. On a kiosk it is no ordinary window a
 * patient could drag, minimise or reach the taskbar through: frameless, fixed, out of the
 * taskbar (it closes with its own "Stop presenting"). On a laptop it is an ordinary window.
 */
export function presenterWindowOptions(
  mode: KioskMode,
  allowDevTools: boolean,
): BrowserWindowConstructorOptions {
  const windowed = {
    ...windowOptions('windowed', allowDevTools),
    title: 'physio-kiosk — presenter',
  };
  if (mode === 'windowed') return windowed;
  return {
    ...windowed,
    frame: false,
    movable: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: true,
    skipTaskbar: true,
    center: false,
    webPreferences: { ...windowed.webPreferences, devTools: false },
  };
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

export function createPresenterWindow(
  startUrl: string,
  mode: KioskMode,
  allowDevTools: boolean,
): BrowserWindow {
  return openWindow(presenterWindowOptions(mode, allowDevTools), `${startUrl}${PRESENTER_HASH}`);
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
