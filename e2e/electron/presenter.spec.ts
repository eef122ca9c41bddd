// Presenter mode in the real app, wherever the Electron binary exists: two windows through the
// main process, a key in the presenter window moves the patient's screen, and closing the
// presenter window leaves the patient's screen open.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { launchKiosk, projectRoot, requireElectron } from '../support/electron-launch';

function presenterConfig(): string {
  const file = join(projectRoot, 'e2e', 'config', 'kiosk-config.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const copy = join(mkdtempSync(join(tmpdir(), 'kiosk-presenter-')), 'kiosk-config.json');
  writeFileSync(copy, JSON.stringify({ ...config, presenterMode: true }));
  return copy;
}

test('the presenter window steers the kiosk window through the main process', async () => {
  requireElectron();
  const app = await launchKiosk({ KIOSK_CONFIG: presenterConfig() });
  try {
    const audience = await app.firstWindow();
    await expect.poll(() => app.windows().length).toBe(2);
    const presenter = app.windows().find((window) => window.url().endsWith('#/presenter'))!;
    await expect(presenter.getByTestId('presenter-view')).toBeVisible();
    await presenter.keyboard.press('F5');
    await presenter.keyboard.press('PageDown');
    await expect(audience.locator('[data-slide-index][aria-current="true"]')).toHaveAttribute(
      'data-slide-index',
      '1',
    );
    await expect(presenter.getByTestId('presenter-counter')).toHaveText(/^2 \//);
    await presenter.close();
    await expect.poll(() => app.windows().length).toBe(1);
    expect(audience.isClosed()).toBe(false);
  } finally {
    await app.close();
  }
});
