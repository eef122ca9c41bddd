// The child process of the boot harness: imports the built main process with `electron`
// replaced by the recording stand-in, then answers the harness's commands over Node's IPC
// channel (play `ready`, send a request to the app's scheme, invoke an IPC handler, fire a
// window event …). Every answer is plain data.

import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);

const { app, record, screen } = await import('./electron.mjs');

const uncaught = [];
process.on('uncaughtException', (error) => uncaught.push(String(error?.stack ?? error)));
process.on('unhandledRejection', (error) => uncaught.push(String(error?.stack ?? error)));

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

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

function windowAt(index = 0) {
  const window = record.windows[index];
  if (window === undefined) throw new Error(`no window number ${index}`);
  return window;
}

/** A Chromium-like event: the harness learns whether the app prevented it. */
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

function describeWindow(window) {
  const contents = window.webContents;
  return {
    options: plain(window.options),
    loadedUrls: [...contents.loadedUrls],
    destroyed: window.destroyed,
    visible: window.visible,
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
  request: async ({ url, method = 'GET', headers = {} }) => {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = record.protocolHandlers.get(scheme);
    if (handler === undefined) throw new Error(`no protocol handler for ${scheme}:`);
    return describeResponse(await handler(new Request(url, { method, headers })));
  },
  invoke: async ({ channel, senderUrl, args = [], window = 0 }) => {
    const handler = record.ipcHandlers.get(channel);
    if (handler === undefined) return { ok: false, error: `no handler for ${channel}` };
    const contents = windowAt(window).webContents;
    const event = { sender: contents, senderFrame: { url: senderUrl }, processId: 1, frameId: 1 };
    try {
      return { ok: true, value: plain(await handler(event, ...args)) };
    } catch (error) {
      return { ok: false, error: String(error?.message ?? error) };
    }
  },
  contentsEvent: async ({ event, fields = {}, args = [], window = 0 }) => {
    const chromiumEvent = makeEvent(fields);
    windowAt(window).webContents.emit(event, chromiumEvent, ...args);
    await settle();
    return { prevented: chromiumEvent.defaultPrevented };
  },
  setPageStarts: async ({ started, window = 0 }) => {
    windowAt(window).webContents.pageStarts = started;
    return null;
  },
  /** The page navigates by itself (as the out-of-order page's retry does) and loads. */
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
  windowEvent: async ({ event, args = [], window = 0 }) => {
    const chromiumEvent = makeEvent();
    windowAt(window).emit(event, chromiumEvent, ...args);
    await settle();
    return { prevented: chromiumEvent.defaultPrevented };
  },
  closeWindow: async ({ window = 0 }) => {
    windowAt(window).close();
    await settle();
    return { destroyed: windowAt(window).destroyed };
  },
  windowOpen: async ({ url, window = 0 }) => {
    const handler = windowAt(window).webContents.windowOpenHandler;
    return plain(handler({ url, frameName: '', features: '', disposition: 'new-window' }));
  },
  permissionRequest: async ({ permission }) =>
    new Promise((resolve) => {
      const contents = windowAt(0).webContents;
      record.permissionRequestHandler(contents, permission, (granted) => resolve(granted), {
        requestingUrl: 'app://kiosk/index.html',
      });
    }),
  permissionCheck: async ({ permission }) =>
    record.permissionCheckHandler(windowAt(0).webContents, permission, 'app://kiosk', {}),
  beforeRequest: async ({ url, resourceType = 'xhr' }) =>
    new Promise((resolve) => {
      record.beforeRequest({ url, resourceType, method: 'GET', id: 1 }, (response) =>
        resolve(plain(response)),
      );
    }),
  appEvent: async ({ event, args = [] }) => {
    app.emit(event, makeEvent(), ...args);
    await settle();
    return null;
  },
  setDisplays: async ({ displays }) => {
    screen.setDisplays(displays);
    await settle();
    return null;
  },
  wait: async ({ ms }) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return null;
  },
};

process.on('message', async ({ id, command, args }) => {
  try {
    const run = commands[command];
    if (run === undefined) throw new Error(`unknown command ${command}`);
    process.send({ id, ok: true, value: await run(args ?? {}) });
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error) });
  }
});

try {
  await import(pathToFileURL(process.env.STAND_IN_MAIN).href);
  await settle();
  process.send({ type: 'booted' });
} catch (error) {
  process.send({ type: 'boot-error', error: String(error?.stack ?? error) });
}
