// The same smoke flow in the real Electron app, wherever the Electron binary exists.

import { fileURLToPath } from 'node:url';

import { _electron as electron, expect, test } from '@playwright/test';

import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary(projectRoot);

test.describe('Electron app', () => {
  test.beforeAll(() => {
    if (!binary.found) console.log(`Electron tests skipped: ${binary.reason}.`);
  });

  test('opens the kiosk on app://, in Dutch, and switches to English', async () => {
    test.skip(
      !binary.found,
      `no Electron binary on this machine: ${binary.found ? '' : binary.reason}`,
    );
    if (!binary.found) return;
    const app = await electron.launch({ executablePath: binary.path, args: [projectRoot] });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/kiosk\//);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      const info = await page.evaluate(() =>
        (
          globalThis as { kiosk?: { appInfo(): Promise<{ languages: string[] }> } }
        ).kiosk?.appInfo(),
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
});
