import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { emptyTopBarPoint, longPressHotspot, typePin } from './staff-helpers';

/** A preview server of the test's own, so its config and PIN lockout are the test's alone. */
async function withOwnServer(
  configPath: string,
  run: (url: string) => Promise<void>,
): Promise<void> {
  const server = spawn(process.execPath, ['out/main/preview-server.js'], {
    env: { ...process.env, PORT: '0', KIOSK_CONFIG: configPath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve) =>
      createInterface({ input: server.stdout }).once('line', resolve),
    );
    await run(url);
  } finally {
    server.kill();
  }
}

async function longPress(page: Page): Promise<void> {
  await longPressHotspot(page, () => page.clock.runFor(3_100));
}

test('a short press opens nothing; a 3-second press opens the PIN pad; wrong then right PIN', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  const empty = await emptyTopBarPoint(page);
  await page.touchscreen.tap(empty.x, empty.y);
  await expect(page.getByRole('dialog')).toBeHidden();

  await longPress(page);
  const panel = page.getByRole('dialog', { name: 'Personeel' });
  await expect(panel).toBeVisible();
  await typePin(page, '1111');
  await expect(panel.getByRole('alert')).toHaveText('Verkeerde PIN. Nog 2 pogingen.');
  await typePin(page, '2468');
  await expect(panel.getByRole('heading', { name: 'Acties' })).toBeVisible();
  await expect(panel).toContainText('Geen fouten in de configuratie.');

  await panel.getByRole('button', { name: 'Presentatiemodus aan' }).tap();
  await expect(panel).toContainText('Presentatiemodus staat aan');
  await panel.getByRole('button', { name: 'Sluiten', exact: true }).tap();
  await page.goto('/#/slide/3');
  await page.clock.runFor(200_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
});

test('three wrong PINs lock the pad for a minute', async ({ page, problems }) => {
  await withOwnServer('e2e/config/kiosk-config.json', async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.clock.install();
    await page.goto(url);
    await longPress(page);
    for (const pin of ['1111', '2222']) await typePin(page, pin);
    await typePin(page, '3333');
    const panel = page.getByRole('dialog', { name: 'Personeel' });
    await expect(panel.getByRole('alert')).toContainText('Te vaak fout');
    await typePin(page, '2468');
    await expect(panel.getByRole('alert')).toContainText('Te vaak fout');
  });
});

test('a bad config file: the kiosk still starts, and the staff panel names each problem', async ({
  page,
  problems,
}) => {
  await withOwnServer('e2e/config/bad-config.json', async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.clock.install();
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    await longPress(page);
    const panel = page.getByRole('dialog', { name: 'Staff' });
    for (const digit of '2468')
      await panel.getByRole('button', { name: `Digit ${digit}`, exact: true }).tap();
    await panel.getByRole('button', { name: 'Open' }).tap();
    const configErrors = panel.getByTestId('config-errors');
    await expect(configErrors).toContainText('mode');
    await expect(configErrors).toContainText('idleSeconds');
    await expect(configErrors).toContainText('idleSecs');
  });
});
