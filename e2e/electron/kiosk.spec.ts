// What only the Electron app can show, wherever its binary exists: keyboard escapes do nothing
// in kiosk mode, a crashed renderer comes back by itself, printing goes through the main
// process, and the staff panel's exit really quits.

import { expect, test } from '@playwright/test';

import { launchKiosk, requireElectron } from '../support/electron-launch';
import { longPressHotspot, typePin } from '../support/staff-helpers';

type KeyEvent = { keyCode: string; modifiers?: ('control' | 'shift' | 'alt' | 'meta')[] };

const ESCAPES: KeyEvent[] = [
  { keyCode: 'W', modifiers: ['control'] },
  { keyCode: 'Q', modifiers: ['control'] },
  { keyCode: 'R', modifiers: ['control'] },
  { keyCode: 'P', modifiers: ['control'] },
  { keyCode: 'I', modifiers: ['control', 'shift'] },
  { keyCode: 'F4', modifiers: ['alt'] },
  { keyCode: 'F5' },
  { keyCode: 'F11' },
  { keyCode: 'F12' },
];

test('keyboard escapes do nothing in kiosk mode', async () => {
  requireElectron();
  const app = await launchKiosk();
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
    for (const key of ESCAPES) {
      await app.evaluate(({ BrowserWindow }, event) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        contents.sendInputEvent({ type: 'keyDown', ...event });
        contents.sendInputEvent({ type: 'keyUp', ...event });
      }, key);
    }
    await page.waitForTimeout(500);
    const state = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      const window = windows[0]!;
      return {
        windows: windows.length,
        kiosk: window.isKiosk(),
        fullscreen: window.isFullScreen(),
        devTools: window.webContents.isDevToolsOpened(),
      };
    });
    expect(state).toEqual({ windows: 1, kiosk: true, fullscreen: true, devTools: false });
    expect(await page.evaluate(() => (globalThis as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  } finally {
    await app.close();
  }
});

test('a crashed renderer comes back by itself', async () => {
  requireElectron();
  const app = await launchKiosk();
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer(),
    );
    await expect
      .poll(
        () =>
          app.evaluate(async ({ BrowserWindow }) => {
            const contents = BrowserWindow.getAllWindows()[0]!.webContents;
            if (contents.isCrashed() || contents.isLoading()) return '';
            return contents.executeJavaScript(
              'document.querySelector("h1") ? document.querySelector("h1").textContent : ""',
            ) as Promise<string>;
          }),
        { timeout: 30_000 },
      )
      .not.toBe('');
  } finally {
    await app.close();
  }
});

test('a print request goes through the main process and comes out as a PDF', async () => {
  requireElectron();
  const app = await launchKiosk();
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    // The configured printer ("Balie") is made to exist, and printing is replaced by
    // printToPDF, so what main sends to the printer is captured.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      const captured = globalThis as { printed?: { options: unknown; pdf: string } };
      contents.getPrintersAsync = () =>
        Promise.resolve([{ name: 'Balie' }] as Awaited<
          ReturnType<typeof contents.getPrintersAsync>
        >);
      contents.print = (options, callback) => {
        contents.printToPDF({ pageSize: 'A4', printBackground: true }).then(
          (pdf) => {
            captured.printed = { options, pdf: pdf.subarray(0, 5).toString('latin1') };
            callback?.(true, '');
          },
          (error: unknown) => callback?.(false, String(error)),
        );
      };
    });
    type Bridge = {
      kiosk?: {
        printHandout(): Promise<unknown>;
        reportPatientSession(state: string): Promise<void>;
        kioskSettings(): Promise<{ printing: boolean }>;
      };
    };
    // An idle reset makes main look for the printer again.
    await page.evaluate(async () => {
      const { kiosk } = globalThis as Bridge;
      await kiosk?.reportPatientSession('active');
      await kiosk?.reportPatientSession('idle');
    });
    await expect
      .poll(() =>
        page.evaluate(async () => (await (globalThis as Bridge).kiosk?.kioskSettings())?.printing),
      )
      .toBe(true);
    const result = await page.evaluate(() => (globalThis as Bridge).kiosk?.printHandout());
    expect(result).toEqual({ ok: true });
    const printed = await app.evaluate(
      () => (globalThis as { printed?: { options: unknown; pdf: string } }).printed,
    );
    expect(printed?.pdf).toBe('%PDF-');
    expect(printed?.options).toMatchObject({ silent: true, deviceName: 'Balie', copies: 1 });
  } finally {
    await app.close();
  }
});

test("the staff panel's exit quits the app", async () => {
  requireElectron();
  const app = await launchKiosk();
  const page = await app.firstWindow();
  await expect(page.getByTestId('app-bar')).toBeVisible();
  await longPressHotspot(page, () => page.waitForTimeout(3_300));
  await typePin(page, '246813', 'click');
  const closed = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
  await page.getByRole('button', { name: 'Kiosk afsluiten' }).click();
  await closed;
  expect(app.process().exitCode).toBe(0);
});
