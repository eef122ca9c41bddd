// Boots a *built* main process (out/main/index.js, or the same file inside a packaged app) in a
// child Node process with a recording stand-in for `electron`, and drives it: play `ready`,
// send requests to the app's scheme, invoke IPC handlers, fire window events.

import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./stand-in/boot-child.mjs', import.meta.url));
const BOOT_TIMEOUT_MS = 15_000;
const COMMAND_TIMEOUT_MS = 15_000;

export type RecordedCall = { api: string; args: unknown[]; beforeReady: boolean };

export type WindowSnapshot = {
  options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  loadedUrls: string[];
  destroyed: boolean;
  visible: boolean;
  minimized: boolean;
  closable: boolean;
  state: { kiosk: boolean; fullscreen: boolean };
  zoomLimits: [number, number] | null;
  hasWindowOpenHandler: boolean;
  contentsEvents: string[];
  windowEvents: string[];
  crashes: number;
  printCalls: unknown[];
  /** Where the app last put the window (setBounds), if it moved it. */
  bounds: { x: number; y: number; width: number; height: number } | null;
  /** Every message pushed to the page: [channel, ...args]. */
  sent: unknown[][];
};

export type Snapshot = {
  ready: boolean;
  calls: RecordedCall[];
  windows: WindowSnapshot[];
  protocolSchemes: string[];
  ipcHandleChannels: string[];
  ipcOnChannels: string[];
  appEvents: string[];
  powerSaveBlockers: string[];
  quitCalls: number;
  hasPermissionRequestHandler: boolean;
  hasPermissionCheckHandler: boolean;
  hasBeforeRequest: boolean;
  uncaught: string[];
};

export type ServedResponse = {
  status: number;
  headers: Record<string, string>;
  size: number;
  text: string | null;
};

export type InvokeResult = { ok: true; value: unknown } | { ok: false; error: string };

export type BootOptions = {
  /** The folder the app runs from: the project, or a packaged app's extracted archive. */
  appPath: string;
  /** The built main bundle; defaults to `<appPath>/out/main/index.js`. */
  mainPath?: string;
  packaged?: boolean;
  /** A fresh temporary folder when not given. */
  userData?: string;
  /** A config file for KIOSK_CONFIG; none means the (absent) file in userData. */
  configPath?: string;
  env?: Record<string, string>;
};

export type BootedMain = {
  userData: string;
  /** Lines the child wrote to stdout and stderr. */
  output(): string;
  ready(): Promise<void>;
  snapshot(): Promise<Snapshot>;
  request(
    url: string,
    init?: { method?: string; headers?: Record<string, string> },
  ): Promise<ServedResponse>;
  invoke(channel: string, senderUrl: string, ...args: unknown[]): Promise<InvokeResult>;
  /** As `invoke`, from the page in window number `window` (0 is the first window opened). */
  invokeFrom(
    window: number,
    channel: string,
    senderUrl: string,
    ...args: unknown[]
  ): Promise<InvokeResult>;
  /** Displays as { id, x, width, height }; the first is the primary. */
  setDisplays(displays: { id: number; x?: number; width: number; height: number }[]): Promise<void>;
  contentsEvent(
    event: string,
    fields?: Record<string, unknown>,
    ...args: unknown[]
  ): Promise<{ prevented: boolean }>;
  windowEvent(event: string): Promise<{ prevented: boolean }>;
  /** Whether the page the window shows sets the renderer's start mark (it does by default). */
  setPageStarts(started: boolean): Promise<void>;
  /** The page navigates to `url` by itself and finishes loading. */
  pageNavigates(url: string): Promise<void>;
  closeWindow(window?: number): Promise<{ destroyed: boolean }>;
  /** The user minimizes the window. */
  minimizeWindow(window?: number): Promise<void>;
  windowOpen(url: string): Promise<unknown>;
  permissionRequest(permission: string): Promise<boolean>;
  permissionCheck(permission: string): Promise<boolean>;
  beforeRequest(url: string): Promise<{ cancel?: boolean }>;
  appEvent(event: string, ...args: unknown[]): Promise<void>;
  /**
   * An error nobody catches in the main process, with the harness's own listeners off: only the
   * app's listeners keep the process alive. Answers how many listeners the app has of each kind.
   */
  processError(
    kind: 'uncaughtException' | 'unhandledRejection',
    message: string,
  ): Promise<{ uncaughtException: number; unhandledRejection: number }>;
  stop(): Promise<void>;
};

type Reply = { id: number; ok: boolean; value?: unknown; error?: string };
type BootMessage = { type: 'booted' } | { type: 'boot-error'; error: string };

function standInEnv(options: BootOptions, userData: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    STAND_IN_APP_PATH: options.appPath,
    STAND_IN_MAIN: options.mainPath ?? join(options.appPath, 'out', 'main', 'index.js'),
    STAND_IN_USER_DATA: userData,
    STAND_IN_PACKAGED: options.packaged === true ? '1' : '0',
    ...options.env,
  };
  if (options.configPath !== undefined) env['KIOSK_CONFIG'] = options.configPath;
  return env;
}

export async function bootMain(options: BootOptions): Promise<BootedMain> {
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'kiosk-boot-'));
  const child: ChildProcess = fork(CHILD, [], {
    env: standInEnv(options, userData),
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  child.on('message', (message: Reply | BootMessage) => {
    if ('id' in message) pending.get(message.id)?.(message);
  });
  // A child that dies (an error the app did not catch) fails its pending commands at once.
  child.once('exit', (code, signal) => {
    for (const [id, settle] of pending) {
      settle({ id, ok: false, error: `the boot child exited (${code ?? signal})\n${output}` });
    }
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`boot timed out\n${output}`)), BOOT_TIMEOUT_MS);
    child.on('message', (message: Reply | BootMessage) => {
      if ('type' in message && message.type === 'booted') {
        clearTimeout(timer);
        resolve();
      } else if ('type' in message && message.type === 'boot-error') {
        clearTimeout(timer);
        reject(new Error(`the built main process failed to load:\n${message.error}\n${output}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the boot child exited (${code}) before booting\n${output}`));
    });
  });

  const call = <T>(command: string, args: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        reject(new Error(`command ${command}: the boot child has exited\n${output}`));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`command ${command} timed out`));
      }, COMMAND_TIMEOUT_MS);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(`command ${command} failed: ${reply.error}`));
      });
      child.send({ id, command, args });
    });

  return {
    userData,
    output: () => output,
    ready: () => call('ready'),
    snapshot: () => call('snapshot'),
    request: (url, init = {}) => call('request', { url, ...init }),
    invoke: (channel, senderUrl, ...args) => call('invoke', { channel, senderUrl, args }),
    invokeFrom: (window, channel, senderUrl, ...args) =>
      call('invoke', { channel, senderUrl, args, window }),
    setDisplays: (displays) => call('setDisplays', { displays }),
    contentsEvent: (event, fields = {}, ...args) => call('contentsEvent', { event, fields, args }),
    windowEvent: (event) => call('windowEvent', { event }),
    setPageStarts: (started) => call('setPageStarts', { started }),
    pageNavigates: (url) => call('pageNavigates', { url }),
    closeWindow: (window = 0) => call('closeWindow', { window }),
    minimizeWindow: (window = 0) => call('minimizeWindow', { window }),
    windowOpen: (url) => call('windowOpen', { url }),
    permissionRequest: (permission) => call('permissionRequest', { permission }),
    permissionCheck: (permission) => call('permissionCheck', { permission }),
    beforeRequest: (url) => call('beforeRequest', { url }),
    appEvent: (event, ...args) => call('appEvent', { event, args }),
    processError: (kind, message) => call('processError', { kind, message }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
export async function eventually(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}
