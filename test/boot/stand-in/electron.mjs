// A stand-in for the `electron` module that the built main process imports when it is booted
// in plain Node: it records every call, keeps every handler the app registers so the harness
// can call them, and plays `ready` only when told to. Settings come from the environment,
// because the bundle reads some of them while it is being imported.

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const appPath = process.env.STAND_IN_APP_PATH ?? process.cwd();
const userData = process.env.STAND_IN_USER_DATA ?? join(appPath, '.stand-in-user-data');

/** Everything the app did, in order, for the harness to read. */
export const record = {
  ready: false,
  calls: [],
  windows: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  devicePermissionHandler: undefined,
  beforeRequest: undefined,
  powerSaveBlockers: new Map(),
  quitCalls: 0,
};

function note(api, args = []) {
  record.calls.push({ api, args: plain(args), beforeReady: !record.ready });
}

/** Arguments as JSON-safe data: functions and objects with methods become their names. */
function plain(value) {
  return JSON.parse(
    JSON.stringify(value, (_key, item) =>
      typeof item === 'function' ? `[function ${item.name || 'anonymous'}]` : item,
    ) ?? 'null',
  );
}

const recorded =
  (api, result) =>
  (...args) => {
    note(api, args);
    return typeof result === 'function' ? result(...args) : result;
  };

class StandInApp extends EventEmitter {
  isPackaged = process.env.STAND_IN_PACKAGED === '1';
  #readyResolvers = [];

  whenReady() {
    note('app.whenReady');
    if (record.ready) return Promise.resolve();
    return new Promise((resolve) => this.#readyResolvers.push(resolve));
  }
  isReady() {
    return record.ready;
  }
  /** Not Electron's: the harness calls this to play the `ready` event. */
  playReady() {
    record.ready = true;
    this.emit('ready', {}, {});
    for (const resolve of this.#readyResolvers.splice(0)) resolve();
  }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return process.env.STAND_IN_SECOND_INSTANCE !== '1';
  }
  getAppPath() {
    return appPath;
  }
  getPath(name) {
    note('app.getPath', [name]);
    if (name === 'userData') return userData;
    return join(userData, `stand-in-${name}`);
  }
  getName() {
    return packageJson().productName ?? packageJson().name;
  }
  getVersion() {
    return packageJson().version;
  }
  getLocale() {
    return 'nl-NL';
  }
  quit() {
    note('app.quit');
    record.quitCalls += 1;
  }
  exit(code) {
    note('app.exit', [code]);
    record.quitCalls += 1;
  }
  relaunch = recorded('app.relaunch');
  setAppUserModelId = recorded('app.setAppUserModelId');
  disableHardwareAcceleration = recorded('app.disableHardwareAcceleration');
  commandLine = {
    appendSwitch: recorded('app.commandLine.appendSwitch'),
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };
}

function packageJson() {
  return JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8'));
}

export const app = new StandInApp();

class StandInWebContents extends EventEmitter {
  static #nextId = 1;
  id = StandInWebContents.#nextId++;
  loadedUrls = [];
  windowOpenHandler = undefined;
  zoomLimits = undefined;
  destroyed = false;
  crashes = 0;
  printCalls = [];
  session = session.defaultSession;
  /** Whether the page sets the renderer's start mark (React mounted); the harness may change it. */
  pageStarts = true;

  loadURL(url) {
    note('webContents.loadURL', [url]);
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  loadFile(file) {
    note('webContents.loadFile', [file]);
    this.loadedUrls.push(`file:${file}`);
    return Promise.resolve();
  }
  getURL() {
    return this.loadedUrls.at(-1) ?? '';
  }
  /** Answers only the main process's start check: is the renderer's start mark there? */
  executeJavaScript(code) {
    note('webContents.executeJavaScript', [code]);
    return Promise.resolve(code.includes('data-app-started') ? this.pageStarts : undefined);
  }
  setWindowOpenHandler(handler) {
    note('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min, max) {
    note('webContents.setVisualZoomLevelLimits', [min, max]);
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  forcefullyCrashRenderer() {
    note('webContents.forcefullyCrashRenderer');
    this.crashes += 1;
  }
  print(options, callback) {
    note('webContents.print', [options]);
    this.printCalls.push(options);
    callback?.(true, '');
  }
  printToPDF(options) {
    note('webContents.printToPDF', [options]);
    return Promise.resolve(Buffer.from('%PDF-1.4 stand-in'));
  }
  getPrintersAsync() {
    return Promise.resolve(JSON.parse(process.env.STAND_IN_PRINTERS ?? '[]'));
  }
  sent = [];
  send(channel, ...args) {
    note('webContents.send', [channel, ...args]);
    this.sent.push(plain([channel, ...args]));
  }
  reload = recorded('webContents.reload', () => this.loadURL(this.getURL()));
  setZoomFactor = recorded('webContents.setZoomFactor');
  openDevTools = recorded('webContents.openDevTools');
  closeDevTools = recorded('webContents.closeDevTools');
  setBackgroundThrottling = recorded('webContents.setBackgroundThrottling');
  setAudioMuted = recorded('webContents.setAudioMuted');
}

export class BrowserWindow extends EventEmitter {
  static #all = [];
  static getAllWindows() {
    return BrowserWindow.#all.filter((window) => !window.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }
  static fromWebContents(contents) {
    return BrowserWindow.#all.find((window) => window.webContents === contents) ?? null;
  }

  destroyed = false;
  visible = false;
  state = {};

  constructor(options = {}) {
    super();
    note('new BrowserWindow', [options]);
    this.options = options;
    this.webContents = new StandInWebContents();
    this.state = { kiosk: Boolean(options.kiosk), fullscreen: Boolean(options.fullscreen) };
    this.closable = options.closable ?? true;
    BrowserWindow.#all.push(this);
    record.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }

  loadURL(url) {
    return this.webContents.loadURL(url);
  }
  loadFile(file) {
    return this.webContents.loadFile(file);
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    note('window.show');
    this.visible = true;
  }
  showInactive() {
    note('window.showInactive');
    this.visible = true;
  }
  hide() {
    note('window.hide');
    this.visible = false;
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return false;
  }
  /** Like a user or the window manager asking the window to close: `close` may be prevented. */
  close() {
    note('window.close');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  setKiosk(flag) {
    note('window.setKiosk', [flag]);
    this.state.kiosk = flag;
  }
  isKiosk() {
    return this.state.kiosk;
  }
  setFullScreen(flag) {
    note('window.setFullScreen', [flag]);
    this.state.fullscreen = flag;
  }
  isFullScreen() {
    return this.state.fullscreen;
  }
  setClosable(flag) {
    note('window.setClosable', [flag]);
    this.closable = flag;
  }
  isClosable() {
    return this.closable;
  }
  getBounds() {
    return { x: 0, y: 0, width: 1920, height: 1080 };
  }
  removeMenu = recorded('window.removeMenu');
  setMenu = recorded('window.setMenu');
  setMenuBarVisibility = recorded('window.setMenuBarVisibility');
  setAutoHideMenuBar = recorded('window.setAutoHideMenuBar');
  setResizable = recorded('window.setResizable');
  setMinimizable = recorded('window.setMinimizable');
  setMaximizable = recorded('window.setMaximizable');
  setSize = recorded('window.setSize');
  bounds = null;
  setBounds(bounds) {
    note('window.setBounds', [bounds]);
    this.bounds = { ...bounds };
  }
  setPosition = recorded('window.setPosition');
  center = recorded('window.center');
  focus = recorded('window.focus');
  restore = recorded('window.restore');
  minimize = recorded('window.minimize');
  maximize = recorded('window.maximize');
  setAlwaysOnTop = recorded('window.setAlwaysOnTop');
  setBackgroundColor = recorded('window.setBackgroundColor');
  setTitle = recorded('window.setTitle');
}

class StandInProtocol {
  registerSchemesAsPrivileged(schemes) {
    note('protocol.registerSchemesAsPrivileged', [schemes]);
  }
  handle(scheme, handler) {
    note('protocol.handle', [scheme]);
    if (!record.ready) throw new Error('protocol.handle used before the app is ready');
    record.protocolHandlers.set(scheme, handler);
  }
  unhandle(scheme) {
    note('protocol.unhandle', [scheme]);
    record.protocolHandlers.delete(scheme);
  }
  isProtocolHandled(scheme) {
    return Promise.resolve(record.protocolHandlers.has(scheme));
  }
}

export const protocol = new StandInProtocol();

class StandInSession {
  protocol = protocol;
  webRequest = {
    onBeforeRequest: (filter, listener) => {
      note('session.webRequest.onBeforeRequest', [filter]);
      record.beforeRequest = listener ?? filter;
    },
    onHeadersReceived: recorded('session.webRequest.onHeadersReceived'),
  };
  setPermissionRequestHandler(handler) {
    note('session.setPermissionRequestHandler');
    record.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    note('session.setPermissionCheckHandler');
    record.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler) {
    note('session.setDevicePermissionHandler');
    record.devicePermissionHandler = handler;
  }
  setProxy = recorded('session.setProxy', () => Promise.resolve());
  setSpellCheckerEnabled = recorded('session.setSpellCheckerEnabled');
  clearCache = recorded('session.clearCache', () => Promise.resolve());
  clearStorageData = recorded('session.clearStorageData', () => Promise.resolve());
  on = recorded('session.on');
}

export const session = {
  get defaultSession() {
    if (!record.ready) throw new Error('session.defaultSession used before the app is ready');
    return defaultSession;
  },
  fromPartition: recorded('session.fromPartition', () => defaultSession),
};
const defaultSession = new StandInSession();

export const ipcMain = {
  handle(channel, handler) {
    note('ipcMain.handle', [channel]);
    if (record.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    record.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    note('ipcMain.removeHandler', [channel]);
    record.ipcHandlers.delete(channel);
  },
  on(channel, listener) {
    note('ipcMain.on', [channel]);
    const listeners = record.ipcListeners.get(channel) ?? [];
    listeners.push(listener);
    record.ipcListeners.set(channel, listeners);
  },
  once(channel, listener) {
    this.on(channel, listener);
  },
};

let nextBlockerId = 1;
export const powerSaveBlocker = {
  start(type) {
    note('powerSaveBlocker.start', [type]);
    const id = nextBlockerId++;
    record.powerSaveBlockers.set(id, type);
    return id;
  },
  stop(id) {
    note('powerSaveBlocker.stop', [id]);
    record.powerSaveBlockers.delete(id);
  },
  isStarted(id) {
    return record.powerSaveBlockers.has(id);
  },
};

export const Menu = {
  setApplicationMenu: recorded('Menu.setApplicationMenu'),
  buildFromTemplate: recorded('Menu.buildFromTemplate', () => ({})),
};

function standInDisplay({ id, x = 0, y = 0, width, height }) {
  const bounds = { x, y, width, height };
  return {
    id,
    bounds,
    workArea: bounds,
    size: { width, height },
    scaleFactor: 1,
    internal: id === 1,
  };
}

/** One 1920×1080 display unless STAND_IN_DISPLAYS lists others; the first is the primary. */
class StandInScreen extends EventEmitter {
  displays = JSON.parse(
    process.env.STAND_IN_DISPLAYS ?? '[{"id":1,"width":1920,"height":1080}]',
  ).map(standInDisplay);
  getAllDisplays() {
    return this.displays.map((display) => ({ ...display }));
  }
  getPrimaryDisplay() {
    return { ...this.displays[0] };
  }
  /** Like plugging in or pulling out a display: the app hears display-added or -removed. */
  setDisplays(displays) {
    const before = this.displays.length;
    this.displays = displays.map(standInDisplay);
    this.emit(this.displays.length >= before ? 'display-added' : 'display-removed', {}, {});
  }
}
export const screen = new StandInScreen();

export const shell = {
  openExternal: recorded('shell.openExternal', () => Promise.resolve()),
  openPath: recorded('shell.openPath', () => Promise.resolve('')),
  showItemInFolder: recorded('shell.showItemInFolder'),
};

export const dialog = {
  showErrorBox: recorded('dialog.showErrorBox'),
  showMessageBox: recorded('dialog.showMessageBox', () => Promise.resolve({ response: 0 })),
};

export const systemPreferences = {};
export const nativeTheme = { shouldUseDarkColors: false, on: () => undefined };
export const crashReporter = { start: recorded('crashReporter.start') };

export default {
  app,
  BrowserWindow,
  crashReporter,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
  systemPreferences,
};
