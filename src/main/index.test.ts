// The wiring in index.ts, run against a mocked electron: single instance, config and log at
// start, the window with its lockdown and keep-awake, and every IPC channel registered.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { hashPin } from '../node/kiosk/pin';
import { IpcChannel } from '../shared/ipc';

type Listener = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => ({
  gotLock: true,
  userData: '',
  appListeners: new Map<string, Listener>(),
  ipcChannels: [] as string[],
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as {
    options: Record<string, unknown>;
    listeners: Map<string, Listener[]>;
    contentsListeners: Map<string, Listener>;
    loaded: string[];
    calls: string[];
  }[],
  quit: 0,
  menu: 'unset' as unknown,
  blockerStarted: [] as string[],
  blockerStopped: [] as number[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    listeners = new Map<string, Listener[]>();
    contentsListeners = new Map<string, Listener>();
    loaded: string[] = [];
    calls: string[] = [];
    webContents = {
      id: state.windows.length + 1,
      on: (event: string, listener: Listener) => this.contentsListeners.set(event, listener),
      setVisualZoomLevelLimits: () => Promise.resolve(),
      loadURL: (url: string) => {
        this.loaded.push(url);
        return Promise.resolve();
      },
      forcefullyCrashRenderer: () => undefined,
      isDestroyed: () => false,
      send: (channel: string) => this.calls.push(`send(${channel})`),
      getPrintersAsync: () => Promise.resolve([]),
    };
    constructor(options: Record<string, unknown>) {
      state.windows.push({
        options,
        listeners: this.listeners,
        contentsListeners: this.contentsListeners,
        loaded: this.loaded,
        calls: this.calls,
      });
      Object.assign(this, {
        isDestroyed: () => false,
        isKiosk: () => false,
        isFullScreen: () => false,
      });
      // Record the calls of the window methods the app may use on a live window.
      for (const name of [
        'setKiosk',
        'setFullScreen',
        'setMenuBarVisibility',
        'setAutoHideMenuBar',
        'setResizable',
        'setMinimizable',
        'setMaximizable',
        'setClosable',
        'setSize',
        'center',
        'focus',
        'show',
        'restore',
        'setBounds',
        'setAlwaysOnTop',
      ]) {
        Object.assign(this, {
          [name]: (...args: unknown[]) => this.calls.push(`${name}(${args.join(',')})`),
        });
      }
    }
    isMinimized() {
      return true;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    removeMenu() {}
    once(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    on(event: string, listener: Listener) {
      this.once(event, listener);
    }
    isDestroyed() {
      return false;
    }
  }
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
    protocol: { handle: () => undefined },
  };
  return {
    app: {
      isPackaged: true,
      getAppPath: () => process.cwd(),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      getName: () => 'physio-kiosk',
      requestSingleInstanceLock: () => state.gotLock,
      quit: () => (state.quit += 1),
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      commandLine: { appendSwitch: () => undefined },
    },
    BrowserWindow,
    Menu: { setApplicationMenu: (menu: unknown) => (state.menu = menu) },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        state.ipcChannels.push(channel);
        state.ipcHandlers.set(channel, handler);
      },
    },
    powerSaveBlocker: {
      start: (type: string) => state.blockerStarted.push(type),
      stop: (id: number) => state.blockerStopped.push(id),
      isStarted: () => true,
    },
    protocol: { registerSchemesAsPrivileged: () => undefined },
    screen: {
      getAllDisplays: () => [
        {
          id: 1,
          bounds: { x: 0, y: 0, width: 1920, height: 1080 },
          workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        },
      ],
      getPrimaryDisplay: () => ({ id: 1 }),
      on: () => undefined,
    },
    session: { defaultSession: session },
  };
});

const originalConfig = process.env['KIOSK_CONFIG'];
const dirs: string[] = [];
let processListeners: {
  uncaught: NodeJS.UncaughtExceptionListener[];
  rejection: NodeJS.UnhandledRejectionListener[];
};

beforeEach(() => {
  vi.resetModules();
  state.gotLock = true;
  state.userData = mkdtempSync(join(tmpdir(), 'kiosk-main-'));
  dirs.push(state.userData);
  state.appListeners.clear();
  state.ipcChannels = [];
  state.ipcHandlers.clear();
  state.windows = [];
  state.quit = 0;
  state.menu = 'unset';
  state.blockerStarted = [];
  state.blockerStopped = [];
  processListeners = {
    uncaught: process.listeners('uncaughtException'),
    rejection: process.listeners('unhandledRejection'),
  };
});

afterEach(() => {
  // index.ts logs errors of the (test) process; take its listeners off again.
  for (const listener of process.listeners('uncaughtException')) {
    if (!processListeners.uncaught.includes(listener)) process.off('uncaughtException', listener);
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!processListeners.rejection.includes(listener)) process.off('unhandledRejection', listener);
  }
  if (originalConfig === undefined) delete process.env['KIOSK_CONFIG'];
  else process.env['KIOSK_CONFIG'] = originalConfig;
});

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function startMain(): Promise<void> {
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts with staff PIN 7531; returns a way to call IPC handlers as the app's page. */
async function startWithStaffPin(): Promise<(channel: string, ...args: unknown[]) => unknown> {
  const config = join(state.userData, 'pin.json');
  const pin = hashPin('753113', Buffer.alloc(24, 5));
  writeFileSync(config, JSON.stringify({ staffPinHash: pin.hash, staffPinSalt: pin.salt }));
  process.env['KIOSK_CONFIG'] = config;
  await startMain();
  const fromApp = { sender: { id: 1 }, senderFrame: { url: 'app://kiosk/index.html' } };
  return (channel, ...args) => state.ipcHandlers.get(channel)?.(fromApp, ...args);
}

/** Asks the first window to close, as the window manager does; true if the app refused. */
function requestClose(): boolean {
  let prevented = false;
  for (const listener of state.windows[0]?.listeners.get('close') ?? []) {
    listener({ preventDefault: () => (prevented = true) });
  }
  return prevented;
}

describe('main process wiring', () => {
  it('a second instance quits without opening anything', async () => {
    state.gotLock = false;
    await startMain();
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcChannels).toHaveLength(0);
    expect(state.appListeners.has('second-instance')).toBe(false);
  });

  it('starts a kiosk window on the defaults, locked down and kept awake', async () => {
    delete process.env['KIOSK_CONFIG'];
    await startMain();
    expect(state.quit).toBe(0);
    expect(state.appListeners.has('second-instance')).toBe(true);
    expect(state.ipcChannels.sort()).toEqual(Object.values(IpcChannel).sort());
    expect(state.menu).toBeNull();
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(window?.loaded).toEqual(['app://kiosk/index.html']);
    expect(window?.contentsListeners.has('before-input-event')).toBe(true);
    expect(window?.contentsListeners.has('render-process-gone')).toBe(true);
    expect(window?.contentsListeners.has('unresponsive')).toBe(true);
    expect(window?.contentsListeners.has('did-fail-load')).toBe(true);
    expect(state.blockerStarted).toEqual(['prevent-display-sleep']);
    for (const listener of window?.listeners.get('closed') ?? []) listener();
    expect(state.blockerStopped).toHaveLength(1);
  });

  it('reads the config named by KIOSK_CONFIG and logs start and config errors', async () => {
    const config = join(state.userData, 'elsewhere.json');
    writeFileSync(config, JSON.stringify({ mode: 'windowed', idleSeconds: 5, colour: 'red' }));
    process.env['KIOSK_CONFIG'] = config;
    await startMain();
    expect(state.windows[0]?.options).toMatchObject({ kiosk: false, width: 1280, height: 800 });
    const log = readFileSync(join(state.userData, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/INFO start /);
    expect(log).toContain(config);
    expect(log).toMatch(/WARN config error: idleSeconds/);
    expect(log).toMatch(/WARN config error: unknown setting "colour"/);
  });

  it('brings the window forward when the kiosk is launched again', async () => {
    delete process.env['KIOSK_CONFIG'];
    await startMain();
    const window = state.windows[0]!;
    window.calls.length = 0;
    state.appListeners.get('second-instance')?.();
    expect(window.calls).toEqual(['restore()', 'show()', 'focus()']);
  });

  it('lets staff with the PIN switch the live window to windowed and reload it', async () => {
    const call = await startWithStaffPin();
    const config = process.env['KIOSK_CONFIG'];
    expect(call(IpcChannel.staffAction, 'toggle-mode')).toEqual({ ok: false });
    expect(call(IpcChannel.unlockStaff, '753113')).toEqual({ ok: true, sessionSeconds: 120 });
    expect(call(IpcChannel.staffAction, 'toggle-mode')).toEqual({ ok: true });
    const [window] = state.windows;
    expect(window?.calls).toContain('setKiosk(false)');
    expect(window?.calls).toContain('setSize(1280,800)');
    expect(call(IpcChannel.kioskSettings)).toMatchObject({ mode: 'windowed' });
    expect(call(IpcChannel.diagnostics)).toMatchObject({ version: '0.1.0', configPath: config });
    expect(call(IpcChannel.staffAction, 'reload')).toEqual({ ok: true });
    expect(window?.loaded).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
    const log = readFileSync(join(state.userData, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/INFO staff action \{"action":"reload"\}/);
    expect(log).toMatch(/INFO reloading the window \{"reason":"staff"\}/);
    expect(log).not.toContain('753113');
  });

  it('keeps the kiosk window open against close requests until staff exit', async () => {
    const call = await startWithStaffPin();
    const [window] = state.windows;
    expect(window?.options).toMatchObject({ closable: false });
    expect(requestClose()).toBe(true);
    expect(call(IpcChannel.unlockStaff, '753113')).toEqual({ ok: true, sessionSeconds: 120 });
    expect(call(IpcChannel.staffAction, 'exit')).toEqual({ ok: true });
    expect(state.quit).toBe(1);
    expect(requestClose()).toBe(false);
    expect(window?.calls).toContain('setClosable(true)');
  });

  it('lets the system quit the app (logout, shutdown, SIGTERM)', async () => {
    delete process.env['KIOSK_CONFIG'];
    await startMain();
    state.appListeners.get('before-quit')?.();
    expect(requestClose()).toBe(false);
  });

  it('logs an uncaught error in main instead of dying', async () => {
    delete process.env['KIOSK_CONFIG'];
    await startMain();
    const added = process
      .listeners('uncaughtException')
      .filter((listener) => !processListeners.uncaught.includes(listener));
    expect(added).toHaveLength(1);
    added[0]?.(new Error('background task failed'), 'uncaughtException');
    const log = readFileSync(join(state.userData, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/ERROR uncaught exception in main .*background task failed/);
  });
});
