// The built main process, booted in Node with a recording stand-in for `electron`: what the
// real app does at start, checked on out/main/index.js itself, so that wiring and path
// mistakes (a wrong __dirname, a preload the window cannot find, an ESM/CJS mismatch in the
// bundle) fail here even where no Electron binary exists.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel } from '../../src/shared/ipc';
import { expectBootedApp, readLog } from './boot-expectations';
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
    } finally {
      await main.stop();
    }
  });
});
