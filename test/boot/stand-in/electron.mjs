// A stand-in for the `electron` module that the built main process imports when it is booted
// in plain Node: it records every call, keeps every handler the app registers so the harness
// can call them, and plays `ready` only when told to. Settings come from the environment,
// because the bundle reads some of them while it is being imported.
//
// Plain JavaScript, because Node loads it without a TypeScript loader; typed with JSDoc against
// Electron's own type definitions, and checked by `npm run typecheck` (tsconfig.stand-in.json).
// Each stand-in names the members of Electron's object it plays (`@implements`, or a `@type` of
// Electron's), so a parameter or a result that differs from Electron's fails the check.

// @ts-check
/// <reference types="electron" />

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Electron's function `F` as the stand-in has it: the same parameters, and the result `R` where
 * Electron's is one the stand-in cannot give (the object itself for chaining, a real Menu).
 * @template {(...args: any) => any} F
 * @template [R=void]
 * @typedef {(...args: Parameters<F>) => R} Like
 */

/** @typedef {{ api: string, args: unknown[], beforeReady: boolean }} RecordedCall */
/** @typedef {Parameters<Electron.Protocol['handle']>[1]} ProtocolHandler */
/** @typedef {Parameters<Electron.IpcMain['handle']>[1]} IpcHandler */
/** @typedef {Parameters<Electron.IpcMain['on']>[1]} IpcListener */
/**
 * @typedef {Parameters<Electron.Session['setPermissionRequestHandler']>[0]}
 *   PermissionRequestHandler
 */
/**
 * @typedef {Parameters<Electron.Session['setPermissionCheckHandler']>[0]}
 *   PermissionCheckHandler
 */
/**
 * @typedef {Parameters<Electron.Session['setDevicePermissionHandler']>[0]}
 *   DevicePermissionHandler
 */
/**
 * @typedef {(
 *   details: Electron.OnBeforeRequestListenerDetails,
 *   callback: (response: Electron.CallbackResponse) => void,
 * ) => void} BeforeRequestListener
 */
/** @typedef {Parameters<Electron.PowerSaveBlocker['start']>[0]} BlockerType */
/**
 * The parts of Electron's Display that the stand-in's screen describes.
 * @typedef {Pick<
 *   Electron.Display,
 *   'id' | 'bounds' | 'workArea' | 'size' | 'scaleFactor' | 'internal'
 * >} StandInDisplay
 */
/**
 * A display as the harness names it (STAND_IN_DISPLAYS, setDisplays): the first is the primary.
 * @typedef {{ id: number, x?: number, y?: number, width: number, height: number }} DisplaySpec
 */

const appPath = process.env.STAND_IN_APP_PATH ?? process.cwd();
const userData = process.env.STAND_IN_USER_DATA ?? join(appPath, '.stand-in-user-data');

/**
 * Everything the app did, in order, for the harness to read.
 * @type {{
 *   ready: boolean,
 *   calls: RecordedCall[],
 *   windows: BrowserWindow[],
 *   protocolHandlers: Map<string, ProtocolHandler>,
 *   ipcHandlers: Map<string, IpcHandler>,
 *   ipcListeners: Map<string, IpcListener[]>,
 *   permissionRequestHandler: PermissionRequestHandler | undefined,
 *   permissionCheckHandler: PermissionCheckHandler | undefined,
 *   devicePermissionHandler: DevicePermissionHandler | undefined,
 *   beforeRequest: BeforeRequestListener | null | undefined,
 *   powerSaveBlockers: Map<number, BlockerType>,
 *   quitCalls: number,
 * }}
 */
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

/**
 * @param {string} api
 * @param {unknown[]} [args]
 */
function note(api, args = []) {
  record.calls.push({
    api,
    args: /** @type {unknown[]} */ (plain(args)),
    beforeReady: !record.ready,
  });
}

/**
 * Arguments as JSON-safe data: functions and objects with methods become their names.
 * @param {unknown} value
 * @returns {unknown}
 */
function plain(value) {
  return JSON.parse(
    JSON.stringify(value, (_key, item) =>
      typeof item === 'function' ? `[function ${item.name || 'anonymous'}]` : item,
    ) ?? 'null',
  );
}

/**
 * A method that records its call and answers what `result` makes of the arguments (without
 * `result`, undefined: then `R` is undefined too).
 * @template [R=undefined]
 * @param {string} api
 * @param {(...args: unknown[]) => R} [result]
 * @returns {(...args: unknown[]) => R}
 */
const recorded =
  (api, result) =>
  (...args) => {
    note(api, args);
    return /** @type {R} */ (typeof result === 'function' ? result(...args) : result);
  };

/**
 * Electron's events come from Node's EventEmitter here as there: `on` and `emit` are not listed.
 * @implements {Pick<
 *   Electron.App,
 *   | 'isPackaged' | 'whenReady' | 'isReady' | 'requestSingleInstanceLock' | 'getAppPath'
 *   | 'getPath' | 'getName' | 'getVersion' | 'getLocale' | 'quit' | 'exit' | 'relaunch'
 *   | 'setAppUserModelId' | 'disableHardwareAcceleration' | 'enableSandbox'
 * >}
 */
class StandInApp extends EventEmitter {
  isPackaged = process.env.STAND_IN_PACKAGED === '1';
  /** @type {(() => void)[]} */
  #readyResolvers = [];

  /** @type {Electron.App['whenReady']} */
  whenReady() {
    note('app.whenReady');
    if (record.ready) return Promise.resolve();
    return new Promise((resolve) => this.#readyResolvers.push(resolve));
  }
  /** @type {Electron.App['isReady']} */
  isReady() {
    return record.ready;
  }
  /** Not Electron's: the harness calls this to play the `ready` event. */
  playReady() {
    record.ready = true;
    this.emit('ready', {}, {});
    for (const resolve of this.#readyResolvers.splice(0)) resolve();
  }
  /** @type {Electron.App['requestSingleInstanceLock']} */
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return process.env.STAND_IN_SECOND_INSTANCE !== '1';
  }
  /** @type {Electron.App['getAppPath']} */
  getAppPath() {
    return appPath;
  }
  /** @type {Electron.App['getPath']} */
  getPath(name) {
    note('app.getPath', [name]);
    if (name === 'userData') return userData;
    return join(userData, `stand-in-${name}`);
  }
  /** @type {Electron.App['getName']} */
  getName() {
    return packageJson().productName ?? packageJson().name;
  }
  /** @type {Electron.App['getVersion']} */
  getVersion() {
    return packageJson().version;
  }
  /** @type {Electron.App['getLocale']} */
  getLocale() {
    return 'nl-NL';
  }
  /** @type {Electron.App['quit']} */
  quit() {
    note('app.quit');
    record.quitCalls += 1;
  }
  /** @type {Electron.App['exit']} */
  exit(code) {
    note('app.exit', [code]);
    record.quitCalls += 1;
  }
  relaunch = recorded('app.relaunch');
  setAppUserModelId = recorded('app.setAppUserModelId');
  disableHardwareAcceleration = recorded('app.disableHardwareAcceleration');
  /** @type {Electron.App['enableSandbox']} */
  enableSandbox() {
    note('app.enableSandbox');
  }
  /** @type {Pick<Electron.CommandLine, 'appendSwitch' | 'hasSwitch' | 'getSwitchValue'>} */
  commandLine = {
    appendSwitch: recorded('app.commandLine.appendSwitch'),
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };
}

/** @returns {{ name: string, productName?: string, version: string }} */
function packageJson() {
  return JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8'));
}

export const app = new StandInApp();

/**
 * @implements {Pick<
 *   Electron.WebContents,
 *   | 'id' | 'loadURL' | 'loadFile' | 'getURL' | 'executeJavaScript' | 'setWindowOpenHandler'
 *   | 'setVisualZoomLevelLimits' | 'isDestroyed' | 'forcefullyCrashRenderer' | 'print'
 *   | 'printToPDF' | 'getPrintersAsync' | 'send' | 'reload' | 'setZoomFactor' | 'openDevTools'
 *   | 'closeDevTools' | 'setBackgroundThrottling' | 'setAudioMuted'
 * >}
 */
class StandInWebContents extends EventEmitter {
  static #nextId = 1;
  id = StandInWebContents.#nextId++;
  /** @type {string[]} */
  loadedUrls = [];
  /** @type {Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | undefined} */
  windowOpenHandler = undefined;
  /** @type {[number, number] | undefined} */
  zoomLimits = undefined;
  destroyed = false;
  crashes = 0;
  /** @type {(Electron.WebContentsPrintOptions | undefined)[]} */
  printCalls = [];
  session = session.defaultSession;
  /** Whether the page sets the renderer's start mark (React mounted); the harness may change it. */
  pageStarts = true;

  /** @type {Electron.WebContents['loadURL']} */
  loadURL(url) {
    note('webContents.loadURL', [url]);
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  /** @type {Electron.WebContents['loadFile']} */
  loadFile(file) {
    note('webContents.loadFile', [file]);
    this.loadedUrls.push(`file:${file}`);
    return Promise.resolve();
  }
  /** @type {Electron.WebContents['getURL']} */
  getURL() {
    return this.loadedUrls.at(-1) ?? '';
  }
  /**
   * Answers only the main process's start check: is the renderer's start mark there?
   * @type {Electron.WebContents['executeJavaScript']}
   */
  executeJavaScript(code) {
    note('webContents.executeJavaScript', [code]);
    return Promise.resolve(code.includes('data-app-started') ? this.pageStarts : undefined);
  }
  /** @type {Electron.WebContents['setWindowOpenHandler']} */
  setWindowOpenHandler(handler) {
    note('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  /** @type {Electron.WebContents['setVisualZoomLevelLimits']} */
  setVisualZoomLevelLimits(min, max) {
    note('webContents.setVisualZoomLevelLimits', [min, max]);
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  /** @type {Electron.WebContents['isDestroyed']} */
  isDestroyed() {
    return this.destroyed;
  }
  /** @type {Electron.WebContents['forcefullyCrashRenderer']} */
  forcefullyCrashRenderer() {
    note('webContents.forcefullyCrashRenderer');
    this.crashes += 1;
  }
  /** @type {Electron.WebContents['print']} */
  print(options, callback) {
    note('webContents.print', [options]);
    this.printCalls.push(options);
    callback?.(true, '');
  }
  /** @type {Electron.WebContents['printToPDF']} */
  printToPDF(options) {
    note('webContents.printToPDF', [options]);
    return Promise.resolve(Buffer.from('%PDF-1.4 stand-in'));
  }
  /** @type {Electron.WebContents['getPrintersAsync']} */
  getPrintersAsync() {
    return Promise.resolve(JSON.parse(process.env.STAND_IN_PRINTERS ?? '[]'));
  }
  /**
   * Every message pushed to the page, as plain data: [channel, ...args].
   * @type {unknown[][]}
   */
  sent = [];
  /** @type {Electron.WebContents['send']} */
  send(channel, ...args) {
    note('webContents.send', [channel, ...args]);
    this.sent.push(/** @type {unknown[]} */ (plain([channel, ...args])));
  }
  reload = recorded('webContents.reload', () => this.loadURL(this.getURL()));
  setZoomFactor = recorded('webContents.setZoomFactor');
  openDevTools = recorded('webContents.openDevTools');
  closeDevTools = recorded('webContents.closeDevTools');
  setBackgroundThrottling = recorded('webContents.setBackgroundThrottling');
  setAudioMuted = recorded('webContents.setAudioMuted');
}

/**
 * @implements {Pick<
 *   Electron.BrowserWindow,
 *   | 'closable' | 'loadURL' | 'loadFile' | 'isDestroyed' | 'show' | 'showInactive' | 'hide'
 *   | 'isVisible' | 'isMinimized' | 'close' | 'destroy' | 'setKiosk' | 'isKiosk' | 'setFullScreen'
 *   | 'isFullScreen' | 'setClosable' | 'isClosable' | 'getBounds' | 'removeMenu' | 'setMenu'
 *   | 'setMenuBarVisibility' | 'setAutoHideMenuBar' | 'setResizable' | 'setMinimizable'
 *   | 'setMaximizable' | 'setSize' | 'setBounds' | 'setPosition' | 'center' | 'focus' | 'restore'
 *   | 'minimize' | 'maximize' | 'setAlwaysOnTop' | 'setBackgroundColor' | 'setTitle'
 * >}
 */
export class BrowserWindow extends EventEmitter {
  /** @type {BrowserWindow[]} */
  static #all = [];
  static getAllWindows() {
    return BrowserWindow.#all.filter((window) => !window.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }
  /** @param {StandInWebContents} contents */
  static fromWebContents(contents) {
    return BrowserWindow.#all.find((window) => window.webContents === contents) ?? null;
  }

  destroyed = false;
  visible = false;
  /** Minimized by `minimize` (the harness's user), until `restore`. */
  minimized = false;
  /** @type {{ kiosk: boolean, fullscreen: boolean }} */
  state;

  /** @param {Electron.BrowserWindowConstructorOptions} [options] */
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

  /** @type {Electron.BrowserWindow['loadURL']} */
  loadURL(url) {
    return this.webContents.loadURL(url);
  }
  /** @type {Electron.BrowserWindow['loadFile']} */
  loadFile(file) {
    return this.webContents.loadFile(file);
  }
  /** @type {Electron.BrowserWindow['isDestroyed']} */
  isDestroyed() {
    return this.destroyed;
  }
  /** @type {Electron.BrowserWindow['show']} */
  show() {
    note('window.show');
    this.visible = true;
  }
  /** @type {Electron.BrowserWindow['showInactive']} */
  showInactive() {
    note('window.showInactive');
    this.visible = true;
  }
  /** @type {Electron.BrowserWindow['hide']} */
  hide() {
    note('window.hide');
    this.visible = false;
  }
  /** @type {Electron.BrowserWindow['isVisible']} */
  isVisible() {
    return this.visible;
  }
  /** @type {Electron.BrowserWindow['minimize']} */
  minimize() {
    note('window.minimize');
    this.minimized = true;
  }
  /** @type {Electron.BrowserWindow['restore']} */
  restore() {
    note('window.restore');
    this.minimized = false;
  }
  /** @type {Electron.BrowserWindow['isMinimized']} */
  isMinimized() {
    return this.minimized;
  }
  /**
   * Like a user or the window manager asking the window to close: `close` may be prevented.
   * @type {Electron.BrowserWindow['close']}
   */
  close() {
    note('window.close');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  /** @type {Electron.BrowserWindow['destroy']} */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  /** @type {Electron.BrowserWindow['setKiosk']} */
  setKiosk(flag) {
    note('window.setKiosk', [flag]);
    this.state.kiosk = flag;
  }
  /** @type {Electron.BrowserWindow['isKiosk']} */
  isKiosk() {
    return this.state.kiosk;
  }
  /** @type {Electron.BrowserWindow['setFullScreen']} */
  setFullScreen(flag) {
    note('window.setFullScreen', [flag]);
    this.state.fullscreen = flag;
  }
  /** @type {Electron.BrowserWindow['isFullScreen']} */
  isFullScreen() {
    return this.state.fullscreen;
  }
  /** @type {Electron.BrowserWindow['setClosable']} */
  setClosable(flag) {
    note('window.setClosable', [flag]);
    this.closable = flag;
  }
  /** @type {Electron.BrowserWindow['isClosable']} */
  isClosable() {
    return this.closable;
  }
  /** @type {Electron.BrowserWindow['getBounds']} */
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
  /**
   * Where the app last put the window (setBounds), if it moved it.
   * @type {Partial<Electron.Rectangle> | null}
   */
  bounds = null;
  /** @type {Electron.BrowserWindow['setBounds']} */
  setBounds(bounds) {
    note('window.setBounds', [bounds]);
    this.bounds = { ...bounds };
  }
  setPosition = recorded('window.setPosition');
  center = recorded('window.center');
  focus = recorded('window.focus');
  maximize = recorded('window.maximize');
  setAlwaysOnTop = recorded('window.setAlwaysOnTop');
  setBackgroundColor = recorded('window.setBackgroundColor');
  setTitle = recorded('window.setTitle');
}

/**
 * @implements {Pick<
 *   Electron.Protocol,
 *   | 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'
 * >}
 */
class StandInProtocol {
  /** @type {Electron.Protocol['registerSchemesAsPrivileged']} */
  registerSchemesAsPrivileged(schemes) {
    note('protocol.registerSchemesAsPrivileged', [schemes]);
  }
  /** @type {Electron.Protocol['handle']} */
  handle(scheme, handler) {
    note('protocol.handle', [scheme]);
    if (!record.ready) throw new Error('protocol.handle used before the app is ready');
    record.protocolHandlers.set(scheme, handler);
  }
  /** @type {Electron.Protocol['unhandle']} */
  unhandle(scheme) {
    note('protocol.unhandle', [scheme]);
    record.protocolHandlers.delete(scheme);
  }
  /**
   * Answers at once, as Electron 45's does (not with a promise).
   * @type {Electron.Protocol['isProtocolHandled']}
   */
  isProtocolHandled(scheme) {
    return record.protocolHandlers.has(scheme);
  }
}

export const protocol = new StandInProtocol();

/**
 * @implements {Pick<
 *   Electron.Session,
 *   | 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
 *   | 'setProxy' | 'setSpellCheckerEnabled' | 'clearCache' | 'clearStorageData'
 * >}
 */
class StandInSession {
  protocol = protocol;
  /** @type {Pick<Electron.WebRequest, 'onBeforeRequest' | 'onHeadersReceived'>} */
  webRequest = {
    /**
     * Called as (filter, listener) or as (listener).
     * @param {Electron.WebRequestFilter | BeforeRequestListener | null} filter
     * @param {BeforeRequestListener | null} [listener]
     */
    onBeforeRequest: (filter, listener) => {
      note('session.webRequest.onBeforeRequest', [filter]);
      record.beforeRequest = listener ?? (typeof filter === 'function' ? filter : null);
    },
    onHeadersReceived: recorded('session.webRequest.onHeadersReceived'),
  };
  /** @type {Electron.Session['setPermissionRequestHandler']} */
  setPermissionRequestHandler(handler) {
    note('session.setPermissionRequestHandler');
    record.permissionRequestHandler = handler;
  }
  /** @type {Electron.Session['setPermissionCheckHandler']} */
  setPermissionCheckHandler(handler) {
    note('session.setPermissionCheckHandler');
    record.permissionCheckHandler = handler;
  }
  /** @type {Electron.Session['setDevicePermissionHandler']} */
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

/**
 * @type {{
 *   readonly defaultSession: StandInSession,
 *   fromPartition: Like<typeof Electron.Session.fromPartition, StandInSession>,
 * }}
 */
export const session = {
  get defaultSession() {
    if (!record.ready) throw new Error('session.defaultSession used before the app is ready');
    return defaultSession;
  },
  fromPartition: recorded('session.fromPartition', () => defaultSession),
};
const defaultSession = new StandInSession();

/**
 * @type {Pick<Electron.IpcMain, 'handle' | 'removeHandler'> & {
 *   on: Like<Electron.IpcMain['on']>,
 *   once: Like<Electron.IpcMain['once']>,
 * }}
 */
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
/** @type {Pick<Electron.PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>} */
export const powerSaveBlocker = {
  start(type) {
    note('powerSaveBlocker.start', [type]);
    const id = nextBlockerId++;
    record.powerSaveBlockers.set(id, type);
    return id;
  },
  /** Answers whether there was a blocker to stop, as Electron's does. */
  stop(id) {
    note('powerSaveBlocker.stop', [id]);
    return record.powerSaveBlockers.delete(id);
  },
  isStarted(id) {
    return record.powerSaveBlockers.has(id);
  },
};

/**
 * @type {Pick<typeof Electron.Menu, 'setApplicationMenu'> & {
 *   buildFromTemplate: Like<typeof Electron.Menu.buildFromTemplate, object>,
 * }}
 */
export const Menu = {
  setApplicationMenu: recorded('Menu.setApplicationMenu'),
  buildFromTemplate: recorded('Menu.buildFromTemplate', () => ({})),
};

/**
 * @param {DisplaySpec} spec
 * @returns {StandInDisplay}
 */
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
  /** @type {StandInDisplay[]} */
  displays = JSON.parse(
    process.env.STAND_IN_DISPLAYS ?? '[{"id":1,"width":1920,"height":1080}]',
  ).map(standInDisplay);
  /** @type {Like<Electron.Screen['getAllDisplays'], StandInDisplay[]>} */
  getAllDisplays() {
    return this.displays.map((display) => ({ ...display }));
  }
  /** @type {Like<Electron.Screen['getPrimaryDisplay'], StandInDisplay>} */
  getPrimaryDisplay() {
    // The harness always names at least one display.
    return { .../** @type {StandInDisplay} */ (this.displays[0]) };
  }
  /**
   * Like plugging in or pulling out a display: the app hears display-added or -removed.
   * @param {DisplaySpec[]} displays
   */
  setDisplays(displays) {
    const before = this.displays.length;
    this.displays = displays.map(standInDisplay);
    this.emit(this.displays.length >= before ? 'display-added' : 'display-removed', {}, {});
  }
}
export const screen = new StandInScreen();

/** @type {Pick<Electron.Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>} */
export const shell = {
  openExternal: recorded('shell.openExternal', () => Promise.resolve()),
  openPath: recorded('shell.openPath', () => Promise.resolve('')),
  showItemInFolder: recorded('shell.showItemInFolder'),
};

/** @type {Pick<Electron.Dialog, 'showErrorBox' | 'showMessageBox'>} */
export const dialog = {
  showErrorBox: recorded('dialog.showErrorBox'),
  showMessageBox: recorded('dialog.showMessageBox', () =>
    Promise.resolve({ response: 0, checkboxChecked: false }),
  ),
};

/**
 * The app uses none of it.
 * @type {Pick<Electron.SystemPreferences, never>}
 */
export const systemPreferences = {};
/**
 * @type {Pick<Electron.NativeTheme, 'shouldUseDarkColors'> & {
 *   on: Like<Electron.NativeTheme['on'], undefined>,
 * }}
 */
export const nativeTheme = { shouldUseDarkColors: false, on: () => undefined };
/** @type {Pick<Electron.CrashReporter, 'start'>} */
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
