// Kiosk hardening (issue 8) on the built main process, booted with the recording stand-in:
// close requests, what is served and where the window may go, the out-of-order page after
// failed loads, and the escaping of log lines.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel } from '../../src/shared/ipc';
import { assetsOfIndex, readLog } from './boot-expectations';
import { type BootedMain, bootMain, eventually } from './boot-harness';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// The e2e config: kiosk mode, staff PIN 2468.
const configPath = fileURLToPath(new URL('../../e2e/config/kiosk-config.json', import.meta.url));
const START = `${APP_ORIGIN}/index.html`;

describe('close requests in kiosk mode (built main process)', () => {
  let main: BootedMain;

  beforeAll(async () => {
    main = await bootMain({ appPath: projectRoot, configPath });
    await main.ready();
  });
  afterAll(() => main?.stop());

  it('opens a window that is not closable and refuses close and the system menu', async () => {
    const [window] = (await main.snapshot()).windows;
    expect(window!.options['closable']).toBe(false);
    expect(window!.closable).toBe(false);
    expect((await main.windowEvent('close')).prevented).toBe(true);
    expect((await main.windowEvent('system-context-menu')).prevented).toBe(true);
    expect(await main.closeWindow()).toEqual({ destroyed: false });
    expect(readLog(main.userData)).toContain('close request refused in kiosk mode');
  });

  it('closes after the staff exit, and only then', async () => {
    expect(await main.invoke(IpcChannel.unlockStaff, START, '246813')).toMatchObject({
      value: { ok: true },
    });
    expect(await main.invoke(IpcChannel.staffAction, START, 'exit')).toMatchObject({
      value: { ok: true },
    });
    const snapshot = await main.snapshot();
    expect(snapshot.quitCalls).toBe(1);
    expect(snapshot.windows[0]!.closable).toBe(true);
    expect(await main.closeWindow()).toEqual({ destroyed: true });
    // The display may sleep again once the window is gone.
    expect((await main.snapshot()).powerSaveBlockers).toEqual([]);
  });
});

describe('the system ending the app in kiosk mode (built main process)', () => {
  let main: BootedMain;

  beforeEach(async () => {
    // No config file: the defaults, kiosk mode.
    main = await bootMain({ appPath: projectRoot });
    await main.ready();
  });
  afterEach(() => main?.stop());

  it('lets the system quit the app (logout, shutdown, SIGTERM): the window closes', async () => {
    expect((await main.snapshot()).windows[0]!.closable).toBe(false);
    await main.appEvent('before-quit');
    expect((await main.snapshot()).windows[0]!.closable).toBe(true);
    expect(await main.closeWindow()).toEqual({ destroyed: true });
    expect(readLog(main.userData)).toMatch(/INFO closing allowed \{"reason":"quitting"\}/);
  });

  it('lets the window close when the session ends (Windows logoff or shutdown)', async () => {
    await main.windowEvent('session-end');
    expect(await main.closeWindow()).toEqual({ destroyed: true });
    expect(readLog(main.userData)).toMatch(/INFO closing allowed \{"reason":"session end"\}/);
  });
});

describe('close requests in windowed mode (built main process)', () => {
  it('closes the window when asked, and lets the display sleep again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kiosk-windowed-'));
    const windowed = join(folder, 'kiosk-config.json');
    writeFileSync(windowed, JSON.stringify({ mode: 'windowed' }));
    const main = await bootMain({ appPath: projectRoot, configPath: windowed });
    try {
      await main.ready();
      expect((await main.snapshot()).windows[0]!.options['closable']).toBe(true);
      expect(await main.closeWindow()).toEqual({ destroyed: true });
      expect((await main.snapshot()).powerSaveBlockers).toEqual([]);
    } finally {
      await main.stop();
    }
  });
});

describe('what is served, and where the window may go (built main process)', () => {
  let main: BootedMain;

  beforeAll(async () => {
    main = await bootMain({ appPath: projectRoot });
    await main.ready();
  });
  afterAll(() => main?.stop());

  it('sends the CSP and nosniff with every response, sandboxed for all but pages', async () => {
    const index = await main.request(START);
    const policy = index.headers['content-security-policy']!;
    expect(policy).toContain("default-src 'none'");
    const files = [
      ...assetsOfIndex(join(projectRoot, 'out', 'renderer')),
      '/resources/deck.json',
      '/resources/illustrations/start.svg',
      '/locales/en/kiosk.json',
    ].filter((path) => !path.endsWith('.html'));
    expect(files.some((path) => path.endsWith('.woff2'))).toBe(true);
    for (const path of files) {
      const response = await main.request(`${APP_ORIGIN}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect({ path, csp: response.headers['content-security-policy'] }).toEqual({
        path,
        csp: `${policy}; sandbox`,
      });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const missing = await main.request(`${APP_ORIGIN}/resources/missing.svg`);
    expect(missing.headers['content-security-policy']).toBe("default-src 'none'");
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('navigates only to the start page, whatever its fragment', async () => {
    const navigate = async (url: string) =>
      (await main.contentsEvent('will-navigate', {}, url)).prevented;
    expect(await navigate(`${START}#/slide/3`)).toBe(false);
    expect(await navigate(START)).toBe(false);
    for (const url of [
      `${APP_ORIGIN}/resources/illustrations/start.svg`,
      `${APP_ORIGIN}/resources/deck.json`,
      `${APP_ORIGIN}/`,
      `${START}?debug=1`,
    ]) {
      expect({ url, prevented: await navigate(url) }).toEqual({ url, prevented: true });
      const frame = await main.contentsEvent('will-frame-navigate', { url, isMainFrame: true });
      expect({ url, prevented: frame.prevented }).toEqual({ url, prevented: true });
    }
    const subframe = await main.contentsEvent('will-frame-navigate', {
      url: START,
      isMainFrame: false,
    });
    expect(subframe.prevented).toBe(true);
  });
});

describe('the out-of-order page (built main process)', () => {
  let main: BootedMain;

  beforeEach(async () => {
    main = await bootMain({ appPath: projectRoot });
    await main.ready();
  });
  afterEach(() => main?.stop());

  const failLoad = () =>
    main.contentsEvent('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', START, true);
  const loadedUrls = async () => (await main.snapshot()).windows[0]!.loadedUrls;
  const waitForLoads = (count: number) =>
    eventually(async () => (await loadedUrls()).length >= count, `${count} loads`);

  it.each([
    ['nl', 'Tijdelijk buiten gebruik'],
    ['en', 'Temporarily out of order'],
  ])(
    'is served in %s, under the page CSP, with one script file and no inline script',
    async (lng, title) => {
      const page = await main.request(`${APP_ORIGIN}/out-of-order.html?lng=${lng}&retry=30`);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-security-policy']).toBe(
        (await main.request(START)).headers['content-security-policy'],
      );
      const html = page.text!;
      expect(html).toContain(`<html lang="${lng}">`);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).not.toContain('{{');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
      expect(scripts).toHaveLength(1);
      const src = /src="\.?(\/assets\/[^"]+\.js)"/.exec(scripts[0]!)?.[1];
      expect(src).toBeDefined();
      const script = await main.request(`${APP_ORIGIN}${src}`);
      expect(script.status).toBe(200);
      expect(script.size).toBeLessThan(2000);
    },
  );

  it('is shown after three failed loads in a row, and logged', async () => {
    await failLoad();
    await waitForLoads(2);
    await failLoad();
    await waitForLoads(3);
    await failLoad();
    await waitForLoads(4);
    expect((await loadedUrls()).at(-1)).toBe(`${APP_ORIGIN}/out-of-order.html?lng=nl&retry=30`);
    expect(readLog(main.userData)).toMatch(/ERROR .*out of order after 3 failed loads in a row/);
  });

  it('counts a page that loads but never starts, and is back in order when it does', async () => {
    await failLoad();
    await waitForLoads(2);
    await failLoad();
    await waitForLoads(3);
    await main.setPageStarts(false);
    await main.contentsEvent('did-finish-load');
    await eventually(
      async () => (await loadedUrls()).at(-1)!.includes('/out-of-order.html'),
      'the out-of-order page is shown',
      15_000,
    );
    expect(readLog(main.userData)).toMatch(/page did not start; out of order/);
    await main.setPageStarts(true);
    await main.pageNavigates(START);
    await eventually(
      async () => readLog(main.userData).includes('back in order'),
      'the app is back in order',
    );
  }, 30_000);
});
