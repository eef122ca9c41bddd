// Creates the app window with the secure web preferences every window of ours must have.

import { join } from 'node:path';

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

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

export interface MainWindowOptions {
  startUrl: string;
  allowDevTools: boolean;
}

export function createMainWindow({ startUrl, allowDevTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1920,
    height: 1080,
    show: false,
    backgroundColor: '#FBF8F3',
    autoHideMenuBar: true,
    title: 'physio-kiosk',
    webPreferences: { ...secureWebPreferences(), devTools: allowDevTools },
  });
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}
