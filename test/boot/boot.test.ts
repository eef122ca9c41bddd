// The built main process, booted in Node with a recording stand-in for `electron`: what the
// real app does at start, checked on out/main/index.js itself, so that wiring and path
// mistakes (a wrong __dirname, a preload the window cannot find, an ESM/CJS mismatch in the
// bundle) fail here even where no Electron binary exists.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel } from '../../src/shared/ipc';
import { callsTo, expectBootedApp, readLog } from './boot-expectations';
import { type BootedMain, bootMain, eventually, type Snapshot } from './boot-harness';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the built main process, booted', () => {
  let main: BootedMain;
  let snapshot: Snapshot;

  beforeAll(async () => {
    main = await bootMain({ appPath: projectRoot });
    await main.ready();
    snapshot = await main.snapshot();
  });
  afterAll(() => main?.stop());

  expectBootedApp(() => ({ main, snapshot, appRoot: projectRoot }));

  it('answers IPC only from its own origin and checks every payload', async () => {
    const appUrl = `${APP_ORIGIN}/index.html`;
    const info = await main.invoke(IpcChannel.appInfo, appUrl);
    expect(info).toMatchObject({
      ok: true,
      value: { name: 'physio-kiosk', languages: ['en', 'nl'] },
    });
    expect(await main.invoke(IpcChannel.appInfo, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: expect.stringContaining('untrusted'),
    });
    // Other pages of the app's own origin get nothing either.
    for (const page of [
      `${APP_ORIGIN}/out-of-order.html`,
      `${APP_ORIGIN}/resources/illustrations/start.svg`,
      `${APP_ORIGIN}/index.html?x=1`,
    ]) {
      expect(await main.invoke(IpcChannel.appInfo, page)).toMatchObject({ ok: false });
    }
    expect(await main.invoke(IpcChannel.appInfo, `${appUrl}#/slide/3`)).toMatchObject({ ok: true });
    expect(await main.invoke(IpcChannel.appInfo, 'file:///etc/passwd')).toMatchObject({
      ok: false,
    });
    expect(await main.invoke(IpcChannel.appInfo, appUrl, 'extra')).toMatchObject({ ok: false });
    expect(await main.invoke(IpcChannel.staffAction, appUrl, 'rm -rf')).toMatchObject({
      ok: false,
    });
    // No PIN is configured here, so nothing unlocks and no staff action goes through.
    expect(await main.invoke(IpcChannel.unlockStaff, appUrl, '000000')).toMatchObject({
      ok: true,
      value: { ok: false, reason: 'no-pin-configured' },
    });
    expect(await main.invoke(IpcChannel.staffAction, appUrl, 'exit')).toMatchObject({
      ok: true,
      value: { ok: false },
    });
    expect((await main.snapshot()).quitCalls).toBe(0);
    expect(await main.invoke('kiosk:no-such-channel', appUrl)).toMatchObject({ ok: false });
  });

  it('brings its window forward when the kiosk is launched again', async () => {
    const windowCallsOnSecondLaunch = async (): Promise<string[]> => {
      const before = (await main.snapshot()).calls.length;
      await main.appEvent('second-instance');
      const calls = (await main.snapshot()).calls.slice(before);
      return calls.map((call) => call.api).filter((api) => api.startsWith('window.'));
    };
    await main.minimizeWindow();
    expect(await windowCallsOnSecondLaunch()).toEqual([
      'window.restore',
      'window.show',
      'window.focus',
    ]);
    expect(await windowCallsOnSecondLaunch()).toEqual(['window.show', 'window.focus']);
    const snapshot = await main.snapshot();
    expect(snapshot.windows).toHaveLength(1);
    expect(snapshot.windows[0]).toMatchObject({ minimized: false, visible: true });
    expect(snapshot.quitCalls).toBe(0);
  });

  it('gives a hung renderer time, and lets it be when it answers again', async () => {
    const loads = (await main.snapshot()).windows[0]!.loadedUrls.length;
    await main.contentsEvent('unresponsive');
    expect(readLog(main.userData)).toMatch(
      /WARN renderer unresponsive; waiting 10 s before reloading/,
    );
    await main.contentsEvent('responsive');
    expect(readLog(main.userData)).toMatch(/INFO renderer responsive again/);
    const [window] = (await main.snapshot()).windows;
    expect(window!.crashes).toBe(0);
    expect(window!.loadedUrls).toHaveLength(loads);
  });

  it('reloads the window after the renderer crashes', async () => {
    const before = (await main.snapshot()).windows[0]!.loadedUrls.length;
    await main.contentsEvent('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
    await eventually(
      async () => (await main.snapshot()).windows[0]!.loadedUrls.length > before,
      'the window loads its start page again',
    );
    const urls = (await main.snapshot()).windows[0]!.loadedUrls;
    expect(urls.at(-1)).toBe(`${APP_ORIGIN}/index.html`);
    await eventually(
      async () => readLog(main.userData).includes('renderer gone'),
      'the crash is in the log',
    );
  });

  it('quits when the last window is closed, and logs it', async () => {
    await main.appEvent('window-all-closed');
    expect((await main.snapshot()).quitCalls).toBe(1);
  });
});

describe('the built main process with a broken config file', () => {
  let main: BootedMain;

  beforeAll(async () => {
    const configPath = join(projectRoot, 'e2e', 'config', 'bad-config.json');
    main = await bootMain({ appPath: projectRoot, configPath });
    await main.ready();
  });
  afterAll(() => main?.stop());

  it('starts on defaults for the bad fields and logs each problem', async () => {
    const settings = await main.invoke(IpcChannel.kioskSettings, `${APP_ORIGIN}/index.html`);
    expect(settings).toMatchObject({
      ok: true,
      value: { mode: 'kiosk', idleSeconds: 90, defaultLanguage: 'en' },
    });
    // The renderer learns only how many problems there are; their details need the staff PIN.
    expect(settings).toMatchObject({ value: { configProblems: 3 } });
    expect(JSON.stringify(settings)).not.toMatch(/fullscreen|idleSecs/);
    const log = readLog(main.userData);
    expect(log).toMatch(/config error.*mode/);
    expect(log).toMatch(/config error.*idleSeconds/);
    const snapshot = await main.snapshot();
    expect(snapshot.windows).toHaveLength(1);
    expect(snapshot.windows[0]!.options['kiosk']).toBe(true);
  });

  it('serves the start page in its default language, so the first screen is English at once', async () => {
    const page = await main.request(`${APP_ORIGIN}/index.html`);
    expect(page.text).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(page.text).toContain('<div data-first-screen="start" lang="en" hidden>');
  });
});

describe('the built main process with the config file KIOSK_CONFIG names', () => {
  let main: BootedMain;
  let configPath: string;

  beforeAll(async () => {
    configPath = join(mkdtempSync(join(tmpdir(), 'kiosk-elsewhere-')), 'elsewhere.json');
    writeFileSync(configPath, JSON.stringify({ mode: 'windowed', idleSeconds: 5, colour: 'red' }));
    main = await bootMain({ appPath: projectRoot, configPath });
    await main.ready();
  });
  afterAll(() => main?.stop());

  it('opens its window as the file says, and logs the start, the file and each problem', async () => {
    const snapshot = await main.snapshot();
    expect(snapshot.windows).toHaveLength(1);
    expect(snapshot.windows[0]!.options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      closable: true,
      width: 1280,
      height: 800,
    });
    const log = readLog(main.userData);
    expect(log).toMatch(/INFO start /);
    expect(log).toContain(configPath);
    expect(log).toMatch(/WARN config error: idleSeconds/);
    expect(log).toMatch(/WARN config error: unknown setting "colour"/);
  });
});

describe('the built main process with a config file that is not JSON', () => {
  it('still opens its window, on defaults, and logs why', async () => {
    const main = await bootMain({ appPath: projectRoot });
    await main.stop();
    const configPath = join(main.userData, 'kiosk-config.json');
    writeFileSync(configPath, '{"mode": "kiosk", \u0000 oops');
    const booted = await bootMain({ appPath: projectRoot, userData: main.userData });
    try {
      await booted.ready();
      const snapshot = await booted.snapshot();
      expect(snapshot.windows).toHaveLength(1);
      expect(snapshot.uncaught).toEqual([]);
      expect(readLog(booted.userData)).toMatch(/config error.*not valid JSON/);
    } finally {
      await booted.stop();
    }
  });
});

describe('a second instance', () => {
  it('quits at once without opening a window', async () => {
    const main = await bootMain({
      appPath: projectRoot,
      env: { STAND_IN_SECOND_INSTANCE: '1' },
    });
    try {
      await main.ready();
      const snapshot = await main.snapshot();
      expect(snapshot.quitCalls).toBe(1);
      expect(snapshot.windows).toHaveLength(0);
      // Nothing else started: no scheme, no IPC, no listener for a launch after it.
      expect(callsTo(snapshot, 'app.requestSingleInstanceLock')).toHaveLength(1);
      expect(snapshot.protocolSchemes).toEqual([]);
      expect(snapshot.ipcHandleChannels).toEqual([]);
      expect(snapshot.ipcOnChannels).toEqual([]);
      expect(snapshot.appEvents).not.toContain('second-instance');
      expect(snapshot.uncaught).toEqual([]);
    } finally {
      await main.stop();
    }
  });
});

describe('errors nobody catches in the built main process', () => {
  let main: BootedMain;

  beforeAll(async () => {
    main = await bootMain({ appPath: projectRoot });
    await main.ready();
  });
  afterAll(() => main?.stop());

  it.each([
    [
      'uncaughtException',
      'background task failed',
      /ERROR uncaught exception in main .*background task failed/,
    ],
    [
      'unhandledRejection',
      'nobody awaited this',
      /ERROR unhandled promise rejection in main .*nobody awaited this/,
    ],
  ] as const)('are logged, not fatal: %s', async (kind, message, logged) => {
    // One listener of each kind, from the app; the harness's own are off while the error flies.
    expect(await main.processError(kind, message)).toEqual({
      uncaughtException: 1,
      unhandledRejection: 1,
    });
    await eventually(async () => logged.test(readLog(main.userData)), 'the error is in the log');
    const snapshot = await main.snapshot();
    expect(snapshot.windows[0]!.destroyed).toBe(false);
    expect(snapshot.uncaught).toEqual([]);
  });
});
