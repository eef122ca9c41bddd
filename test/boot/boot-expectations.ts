// What every boot of the built main process must show, from the project folder or from a
// packaged app alike: the checks are registered as vitest cases by `expectBootedApp`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import { expect, it } from 'vitest';

import { APP_ORIGIN, APP_SCHEME, APP_START_URL } from '../../src/shared/app-origin';
import { IpcChannel, IpcEvent } from '../../src/shared/ipc';
import type { BootedMain, RecordedCall, Snapshot } from './boot-harness';

type BootContext = { main: BootedMain; snapshot: Snapshot; appRoot: string };

const MIME_BY_EXTENSION: Record<string, RegExp> = {
  '.js': /^text\/javascript/,
  '.css': /^text\/css/,
  '.svg': /^image\/svg\+xml/,
  '.json': /^application\/json/,
  '.woff2': /^font\/woff2/,
  '.woff': /^font\/woff$/,
  '.html': /^text\/html/,
};

const HOSTILE_PATHS = [
  '/../package.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/locales/../../package.json',
  '/resources/..%5c..%5cpackage.json',
  '//etc/passwd',
  '/.git/config',
  '/src/main/index.ts',
  '/out/main/index.js',
  '/node_modules/zod/package.json',
  '/resources/deck.json%00.svg',
  '/CON',
];

export function readLog(userData: string): string {
  const file = join(userData, 'logs', 'kiosk.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

export function callsTo(snapshot: Snapshot, api: string): RecordedCall[] {
  return snapshot.calls.filter((call) => call.api === api);
}

/** The scripts a built script imports (`./name.js`, as the bundler writes them), and theirs. */
function importedScripts(rendererDir: string, scripts: string[]): string[] {
  const found = new Set(scripts);
  for (const script of found) {
    const code = readFileSync(join(rendererDir, script), 'utf8');
    for (const match of code.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)) {
      found.add(join(script, '..', match[1]!));
    }
  }
  return [...found];
}

/**
 * The files the built index.html names, the scripts those load when they run (the app itself
 * comes after the first screen has painted), and the fonts its stylesheets name.
 */
export function assetsOfIndex(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  const direct = named
    .filter((ref) => !/^[a-z]+:/i.test(ref))
    .map((ref) => ref.replace(/^\.?\//, ''));
  const local = [
    ...direct,
    ...importedScripts(
      rendererDir,
      direct.filter((ref) => ref.endsWith('.js')),
    ),
  ];
  const stylesheets = local.filter((ref) => ref.endsWith('.css'));
  const fonts = stylesheets.flatMap((sheet) => {
    const css = readFileSync(join(rendererDir, sheet), 'utf8');
    return [...css.matchAll(/url\(([^)]+\.woff2?)\)/g)].map((match) =>
      join('assets', match[1]!.replace(/^["']?(\.\/)?/, '').replace(/["']$/, '')),
    );
  });
  return [...new Set([...local, ...fonts].map((ref) => `/${ref.replace(/^\.?\//, '')}`))];
}

/** Runs the built preload the way a sandboxed renderer does: CommonJS, `require('electron')` only. */
export function runSandboxedPreload(preloadPath: string): {
  exposed: Map<string, Record<string, unknown>>;
  invoked: unknown[][];
} {
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve(null);
      },
      on: (...args: unknown[]) => invoked.push(['on', ...args]),
      removeListener: (...args: unknown[]) => invoked.push(['removeListener', ...args]),
    },
  };
  const require = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require '${name}'`);
  };
  const module = { exports: {} };
  const code = readFileSync(preloadPath, 'utf8');
  runInNewContext(`(function (exports, require, module) {${code}\n})`, {})(
    module.exports,
    require,
    module,
  );
  return { exposed, invoked };
}

export function expectBootedApp(context: () => BootContext): void {
  it('registers the app scheme as privileged before ready, and serves it after', () => {
    const { snapshot } = context();
    const [registration] = callsTo(snapshot, 'protocol.registerSchemesAsPrivileged');
    expect(registration?.beforeReady).toBe(true);
    expect(registration?.args[0]).toEqual([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(snapshot.protocolSchemes).toEqual([APP_SCHEME]);
    expect(snapshot.uncaught).toEqual([]);
  });

  it('asks for the single-instance lock before ready', () => {
    const [lock] = callsTo(context().snapshot, 'app.requestSingleInstanceLock');
    expect(lock?.beforeReady).toBe(true);
  });

  it('opens exactly one window, locked down, with a preload that exists', () => {
    const { snapshot } = context();
    expect(snapshot.windows).toHaveLength(1);
    const [window] = snapshot.windows;
    const preferences = window!.options.webPreferences!;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window!.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      show: false,
    });
    expect(existsSync(preferences['preload'] as string)).toBe(true);
    expect(callsTo(snapshot, 'Menu.setApplicationMenu')[0]?.args).toEqual([null]);
  });

  it('has a preload that runs sandboxed and exposes one method per IPC message', () => {
    const { snapshot } = context();
    const preload = snapshot.windows[0]!.options.webPreferences!['preload'] as string;
    const { exposed, invoked } = runSandboxedPreload(preload);
    expect([...exposed.keys()]).toEqual(['kiosk']);
    const api = exposed.get('kiosk')!;
    const subscriptions = Object.keys(IpcEvent).map(
      (name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`,
    );
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IpcChannel), ...subscriptions].sort());
    for (const [method, channel] of Object.entries(IpcChannel)) {
      (api[method] as (...args: unknown[]) => unknown)('x');
      expect(invoked.at(-1)?.[0]).toBe(channel);
    }
    // A subscription hands the listener the payload only, never the event with its sender.
    const received: unknown[][] = [];
    const unsubscribe = (
      api['onSettingsChanged'] as (listener: (...args: unknown[]) => void) => () => void
    )((...args) => received.push(args));
    const [, channel, forward] = invoked.at(-1) as [string, string, (...args: unknown[]) => void];
    expect(channel).toBe(IpcEvent.settingsChanged);
    forward({ sender: 'secret' }, { mode: 'kiosk' });
    expect(received).toEqual([[{ mode: 'kiosk' }]]);
    unsubscribe();
    expect(invoked.at(-1)).toEqual(['removeListener', IpcEvent.settingsChanged, forward]);
  });

  it('loads the app from app://kiosk/', () => {
    expect(context().snapshot.windows[0]!.loadedUrls).toEqual([APP_START_URL]);
  });

  it('listens for a second launch, for quitting, and to its window for crashes, hangs and failed loads', () => {
    const { snapshot } = context();
    expect(snapshot.quitCalls).toBe(0);
    expect(snapshot.appEvents).toEqual(
      expect.arrayContaining(['second-instance', 'before-quit', 'window-all-closed', 'will-quit']),
    );
    const [window] = snapshot.windows;
    expect(window!.contentsEvents).toEqual(
      expect.arrayContaining([
        'before-input-event',
        'render-process-gone',
        'unresponsive',
        'responsive',
        'did-fail-load',
        'did-finish-load',
      ]),
    );
    expect(window!.windowEvents).toEqual(expect.arrayContaining(['close', 'closed']));
  });

  it('serves index.html with the CSP header, and every asset it names with its type', async () => {
    const { main, appRoot } = context();
    const index = await main.request(`${APP_ORIGIN}/index.html`);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe');
    const assets = assetsOfIndex(join(appRoot, 'out', 'renderer'));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    // The app's own chunk, which the entry loads after the first screen has painted.
    expect(assets.some((asset) => /^\/assets\/start-app-[\w-]+\.js$/.test(asset))).toBe(true);
    for (const asset of assets) {
      const response = await main.request(`${APP_ORIGIN}${asset}`);
      const extension = asset.slice(asset.lastIndexOf('.'));
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect(response.headers['content-type']).toMatch(MIME_BY_EXTENSION[extension]!);
      expect(response.size).toBeGreaterThan(0);
    }
  });

  it('serves a locale file, the deck and an illustration', async () => {
    const { main } = context();
    const locale = await main.request(`${APP_ORIGIN}/locales/nl/common.json`);
    expect(locale.status).toBe(200);
    expect(locale.headers['content-type']).toMatch(/^application\/json/);
    const deck = await main.request(`${APP_ORIGIN}/resources/deck.json`);
    expect(deck.status).toBe(200);
    const slides = (JSON.parse(deck.text!) as { slides: { illustration: string }[] }).slides;
    expect(slides.length).toBeGreaterThanOrEqual(12);
    const illustration = await main.request(`${APP_ORIGIN}/resources/${slides[0]!.illustration}`);
    expect(illustration.status).toBe(200);
    expect(illustration.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('answers hostile URLs with 4xx and never a file outside its roots', async () => {
    const { main } = context();
    for (const path of HOSTILE_PATHS) {
      const response = await main.request(`${APP_ORIGIN}${path}`);
      expect({ path, status: response.status >= 400 && response.status < 500 }).toEqual({
        path,
        status: true,
      });
      expect(response.text ?? '').not.toMatch(/root:|"devDependencies"|\[core\]/);
    }
    expect((await main.request('app://evil/index.html')).status).toBe(404);
    expect((await main.request(`${APP_ORIGIN}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('registers an IPC handler for every channel of the contract and for no other', () => {
    const { snapshot } = context();
    const registered = [...snapshot.ipcHandleChannels, ...snapshot.ipcOnChannels].sort();
    expect(registered).toEqual(Object.values(IpcChannel).sort());
  });

  it('refuses navigation away, window.open, permissions and off-origin requests', async () => {
    const { main } = context();
    expect((await main.contentsEvent('will-navigate', {}, 'https://evil.example/')).prevented).toBe(
      true,
    );
    expect((await main.contentsEvent('will-navigate', {}, 'file:///etc/passwd')).prevented).toBe(
      true,
    );
    expect((await main.contentsEvent('will-redirect', {}, 'http://127.0.0.1:9/')).prevented).toBe(
      true,
    );
    expect(
      (await main.contentsEvent('will-frame-navigate', { url: 'https://evil.example/' })).prevented,
    ).toBe(true);
    expect((await main.contentsEvent('will-attach-webview')).prevented).toBe(true);
    expect(await main.windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
    expect(await main.windowOpen(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      expect(await main.permissionRequest(permission)).toBe(false);
      expect(await main.permissionCheck(permission)).toBe(false);
    }
    expect(await main.beforeRequest('https://cdn.example/font.woff2')).toEqual({ cancel: true });
    expect(await main.beforeRequest('http://127.0.0.1:4319/')).toEqual({ cancel: true });
    expect(await main.beforeRequest('file:///etc/passwd')).toEqual({ cancel: true });
    expect(await main.beforeRequest(`${APP_ORIGIN}/resources/deck.json`)).toEqual({
      cancel: false,
    });
  });

  it('blocks kiosk escape keys and pinch zoom, and keeps the display awake', async () => {
    const { main, snapshot } = context();
    const key = (key: string, modifiers: Record<string, boolean> = {}) => ({
      type: 'keyDown',
      key,
      code: '',
      control: false,
      shift: false,
      alt: false,
      meta: false,
      ...modifiers,
    });
    const escapes = [
      key('w', { control: true }),
      key('r', { control: true }),
      key('p', { control: true }),
      key('F4', { alt: true }),
      key('F5', { control: true }),
      key('F11'),
      key('I', { control: true, shift: true }),
    ];
    for (const input of escapes) {
      expect({ input, ...(await main.contentsEvent('before-input-event', {}, input)) }).toEqual({
        input,
        prevented: true,
      });
    }
    // Arrows, and the F5 / Shift+F5 a presenter remote sends for "start", reach the page.
    for (const input of [key('ArrowRight'), key('F5'), key('F5', { shift: true })]) {
      expect((await main.contentsEvent('before-input-event', {}, input)).prevented).toBe(false);
    }
    expect(snapshot.windows[0]!.zoomLimits).toEqual([1, 1]);
    expect(snapshot.powerSaveBlockers).toEqual(['prevent-display-sleep']);
  });

  it('writes its start to the log', () => {
    expect(readLog(context().main.userData)).toMatch(/start/);
  });
}
