// The real Electron app, wherever the Electron binary exists: it opens on app://, in Dutch,
// with no Node in the page, and switches language.

import { expect, test } from '@playwright/test';

import { launchKiosk, requireElectron } from '../support/electron-launch';

test('opens the kiosk on app://, in Dutch, and switches to English', async () => {
  requireElectron();
  const app = await launchKiosk();
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const info = await page.evaluate(() =>
      (globalThis as { kiosk?: { appInfo(): Promise<{ languages: string[] }> } }).kiosk?.appInfo(),
    );
    expect(info?.languages).toEqual(['en', 'nl']);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nodeInRenderer = await page.evaluate(
      () => typeof (globalThis as { require?: unknown }).require,
    );
    expect(nodeInRenderer).toBe('undefined');
  } finally {
    await app.close();
  }
});
