// The child process of the boot harness: imports the built main process with `electron`
// replaced by the recording stand-in, then answers the harness's commands over Node's IPC
// channel (play `ready`, send a request to the app's scheme, invoke an IPC handler, fire a
// window event …). Every answer is plain data. Typed with JSDoc like the stand-in.

// @ts-check
/// <reference types="electron" />

import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

/** @import { BrowserWindow, DisplaySpec, PermissionRequestHandler } from './electron.mjs' */
/** @typedef {BrowserWindow['webContents']} StandInContents */
/** @typedef {Parameters<NonNullable<PermissionRequestHandler>>[1]} Permission */
/**
 * A command from the harness (boot-harness.ts). Its arguments arrive as JSON, so each command
 * below states the shape it expects.
 * @typedef {{ id: number, command: string, args?: object }} CommandMessage
 */
/** @typedef {'uncaughtException' | 'unhandledRejection'} ProcessErrorKind */

if (process.send === undefined) {
  throw new Error('boot-child.mjs runs only as a child of the boot harness, with an IPC channel');
}
const send = process.send.bind(process);

register('./hooks.mjs', import.meta.url);

const { app, record, screen } = await import('./electron.mjs');

/** @type {string[]} */
const uncaught = [];
/** @param {unknown} error */
const describeError = (error) =>
  String(/** @type {{ stack?: unknown } | null | undefined} */ (error)?.stack ?? error);
/**
 * The harness's own listener: an error nobody caught shows in the snapshot.
 * @param {unknown} error
 */
const recordUncaught = (error) => uncaught.push(describeError(error));
process.on('uncaughtException', recordUncaught);
process.on('unhandledRejection', recordUncaught);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function plain(value) {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, item) => {
      if (typeof item === 'function') return `[function ${item.name || 'anonymous'}]`;
      if (item instanceof Map) return Object.fromEntries(item);
      if (item instanceof Error) return { error: item.message };
      return item;
    }),
  );
}

/**
 * The stand-in's web contents where the app's handlers expect Electron's: it has the members the
 * app uses (electron.mjs checks them against Electron's types), not all of Electron's.
 * @param {StandInContents} contents
 * @returns {Electron.WebContents}
 */
const asElectronContents = (contents) =>
  /** @type {Electron.WebContents} */ (/** @type {unknown} */ (contents));

/** @param {number} [index] */
function windowAt(index = 0) {
  const window = record.windows[index];
  if (window === undefined) throw new Error(`no window number ${index}`);
  return window;
}

/**
 * A handler the app must have set; the harness asked for it, so its absence is a failure.
 * @template T
 * @param {T | null | undefined} handler
 * @param {string} what
 * @returns {T}
 */
function required(handler, what) {
  if (handler === undefined || handler === null) throw new Error(`the app set no ${what}`);
  return handler;
}

/**
 * A Chromium-like event: the harness learns whether the app prevented it.
 * @param {Record<string, unknown>} [fields]
 */
function makeEvent(fields = {}) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** @param {BrowserWindow} window */
function describeWindow(window) {
  const contents = window.webContents;
  return {
    options: plain(window.options),
    loadedUrls: [...contents.loadedUrls],
    destroyed: window.destroyed,
    visible: window.visible,
    minimized: window.minimized,
    closable: window.closable,
    state: { ...window.state },
    zoomLimits: contents.zoomLimits ?? null,
    hasWindowOpenHandler: typeof contents.windowOpenHandler === 'function',
    contentsEvents: contents.eventNames().map(String),
    windowEvents: window.eventNames().map(String),
    crashes: contents.crashes,
    printCalls: plain(contents.printCalls),
    bounds: window.bounds,
    sent: contents.sent,
  };
}

/** @param {Response} response */
async function describeResponse(response) {
  const bytes =
    response.body === null ? new Uint8Array() : new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const textual = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type);
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    size: bytes.byteLength,
    text: textual ? new TextDecoder().decode(bytes) : null,
  };
}

const commands = {
  ready: async () => {
    app.playReady();
    await settle();
    return null;
  },
  snapshot: async () => ({
    ready: record.ready,
    calls: record.calls,
    windows: record.windows.map(describeWindow),
    protocolSchemes: [...record.protocolHandlers.keys()],
    ipcHandleChannels: [...record.ipcHandlers.keys()],
    ipcOnChannels: [...record.ipcListeners.keys()],
    appEvents: app.eventNames().map(String),
    powerSaveBlockers: [...record.powerSaveBlockers.values()],
    quitCalls: record.quitCalls,
    hasPermissionRequestHandler: typeof record.permissionRequestHandler === 'function',
    hasPermissionCheckHandler: typeof record.permissionCheckHandler === 'function',
    hasBeforeRequest: typeof record.beforeRequest === 'function',
    uncaught,
  }),
  /** @param {{ url: string, method?: string, headers?: Record<string, string> }} args */
  request: async ({ url, method = 'GET', headers = {} }) => {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = record.protocolHandlers.get(scheme);
    if (handler === undefined) throw new Error(`no protocol handler for ${scheme}:`);
    return describeResponse(await handler(new Request(url, { method, headers })));
  },
  /** @param {{ channel: string, senderUrl: string, args?: unknown[], window?: number }} args */
  invoke: async ({ channel, senderUrl, args = [], window = 0 }) => {
    const handler = record.ipcHandlers.get(channel);
    if (handler === undefined) return { ok: false, error: `no handler for ${channel}` };
    const contents = windowAt(window).webContents;
    // The main frame of the window's page: its parent is null, as Electron's is.
    const event = {
      sender: contents,
      senderFrame: { url: senderUrl, parent: null },
      processId: 1,
      frameId: 1,
    };
    // Its sender is the stand-in's web contents (see asElectronContents).
    const ipcEvent = /** @type {Electron.IpcMainInvokeEvent} */ (/** @type {unknown} */ (event));
    try {
      return {
        ok: true,
        value: plain(await handler(ipcEvent, ...args)),
      };
    } catch (error) {
      return {
        ok: false,
        error: String(
          /** @type {{ message?: unknown } | null | undefined} */ (error)?.message ?? error,
        ),
      };
    }
  },
  /**
   * @param {{
   *   event: string,
   *   fields?: Record<string, unknown>,
   *   args?: unknown[],
   *   window?: number,
   * }} args
   */
  contentsEvent: async ({ event, fields = {}, args = [], window = 0 }) => {
    const chromiumEvent = makeEvent(fields);
    windowAt(window).webContents.emit(event, chromiumEvent, ...args);
    await settle();
    return { prevented: chromiumEvent.defaultPrevented };
  },
  /** @param {{ started: boolean, window?: number }} args */
  setPageStarts: async ({ started, window = 0 }) => {
    windowAt(window).webContents.pageStarts = started;
    return null;
  },
  /**
   * The page navigates by itself (as the out-of-order page's retry does) and loads.
   * @param {{ url: string, window?: number }} args
   */
  pageNavigates: async ({ url, window = 0 }) => {
    const contents = windowAt(window).webContents;
    contents.emit(
      'did-start-navigation',
      makeEvent({ url, isMainFrame: true, isSameDocument: false }),
    );
    contents.loadedUrls.push(url);
    contents.emit('did-finish-load', makeEvent());
    await settle();
    return null;
  },
  /** @param {{ event: string, args?: unknown[], window?: number }} args */
  windowEvent: async ({ event, args = [], window = 0 }) => {
    const chromiumEvent = makeEvent();
    windowAt(window).emit(event, chromiumEvent, ...args);
    await settle();
    return { prevented: chromiumEvent.defaultPrevented };
  },
  /** @param {{ window?: number }} args */
  closeWindow: async ({ window = 0 }) => {
    windowAt(window).close();
    await settle();
    return { destroyed: windowAt(window).destroyed };
  },
  /**
   * The user minimizes the window (possible in windowed mode).
   * @param {{ window?: number }} args
   */
  minimizeWindow: async ({ window = 0 }) => {
    windowAt(window).minimize();
    await settle();
    return null;
  },
  /** @param {{ url: string, window?: number }} args */
  windowOpen: async ({ url, window = 0 }) => {
    const handler = required(windowAt(window).webContents.windowOpenHandler, 'window open handler');
    return plain(
      handler(
        /** @type {Electron.HandlerDetails} */ ({
          url,
          frameName: '',
          features: '',
          disposition: 'new-window',
        }),
      ),
    );
  },
  /** @param {{ permission: Permission }} args */
  permissionRequest: async ({ permission }) =>
    new Promise((resolve) => {
      const handler = required(record.permissionRequestHandler, 'permission request handler');
      const contents = asElectronContents(windowAt(0).webContents);
      handler(
        contents,
        permission,
        (granted) => resolve(granted),
        /** @type {Electron.PermissionRequest} */ ({ requestingUrl: 'app://kiosk/index.html' }),
      );
    }),
  /** @param {{ permission: Permission }} args */
  permissionCheck: async ({ permission }) =>
    required(record.permissionCheckHandler, 'permission check handler')(
      asElectronContents(windowAt(0).webContents),
      permission,
      'app://kiosk',
      /** @type {Electron.PermissionCheckHandlerHandlerDetails} */ ({}),
    ),
  /**
   * @param {{
   *   url: string,
   *   resourceType?: Electron.OnBeforeRequestListenerDetails['resourceType'],
   * }} args
   */
  beforeRequest: async ({ url, resourceType = 'xhr' }) =>
    new Promise((resolve) => {
      required(record.beforeRequest, 'web request listener')(
        /** @type {Electron.OnBeforeRequestListenerDetails} */ ({
          url,
          resourceType,
          method: 'GET',
          id: 1,
        }),
        (response) => resolve(plain(response)),
      );
    }),
  /** @param {{ event: string, args?: unknown[] }} args */
  appEvent: async ({ event, args = [] }) => {
    app.emit(event, makeEvent(), ...args);
    await settle();
    return null;
  },
  /** @param {{ displays: DisplaySpec[] }} args */
  setDisplays: async ({ displays }) => {
    screen.setDisplays(displays);
    await settle();
    return null;
  },
  /**
   * An error nobody catches in the main process (thrown in a timer, or a rejected promise), with
   * the harness's own listeners off meanwhile: only the app's listeners keep Node from ending
   * the process. Answers how many listeners the app has for each kind.
   * @param {{ kind: ProcessErrorKind, message: string }} args
   */
  processError: async ({ kind, message }) => {
    process.off('uncaughtException', recordUncaught);
    process.off('unhandledRejection', recordUncaught);
    try {
      if (kind === 'uncaughtException') {
        setTimeout(() => {
          throw new Error(message);
        });
      } else {
        Promise.reject(new Error(message));
      }
      await settle();
      // The harness's listeners are off: these are the app's.
      return {
        uncaughtException: process.listenerCount('uncaughtException'),
        unhandledRejection: process.listenerCount('unhandledRejection'),
      };
    } finally {
      process.on('uncaughtException', recordUncaught);
      process.on('unhandledRejection', recordUncaught);
    }
  },
  /** @param {{ ms: number }} args */
  wait: async ({ ms }) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return null;
  },
};

process.on('message', async (message) => {
  const { id, command, args } = /** @type {CommandMessage} */ (message);
  try {
    const run = /** @type {Record<string, ((args: object) => Promise<unknown>) | undefined>} */ (
      commands
    )[command];
    if (run === undefined) throw new Error(`unknown command ${command}`);
    send({ id, ok: true, value: await run(args ?? {}) });
  } catch (error) {
    send({ id, ok: false, error: describeError(error) });
  }
});

try {
  await import(pathToFileURL(/** @type {string} */ (process.env.STAND_IN_MAIN)).href);
  await settle();
  send({ type: 'booted' });
} catch (error) {
  send({ type: 'boot-error', error: describeError(error) });
}
