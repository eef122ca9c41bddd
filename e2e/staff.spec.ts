import type { Page } from '@playwright/test';

import { expect, type PageProblems, test } from './support/fixtures';
import { appStarted } from './support/helpers';
import { withOwnServer } from './support/own-server';
import { emptyTopBarPoint, longPressHotspot, typePin } from './support/staff-helpers';

/** The kiosk on a preview server of the test's own (its own staff session and lockout). */
async function onOwnKiosk(
  page: Page,
  problems: PageProblems,
  config: string,
  run: () => Promise<void>,
): Promise<void> {
  await withOwnServer(config, async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.clock.install();
    await page.goto(url);
    // The app itself, not the ready-made first screen: with a fake clock a 3-second press can
    // happen in an instant, before the app is there to time it.
    await appStarted(page);
    await run();
  });
}

async function longPress(page: Page): Promise<void> {
  await longPressHotspot(page, () => page.clock.runFor(3_100));
}

test('a short press opens nothing; a 3-second press opens the PIN pad; wrong then right PIN', async ({
  page,
  problems,
}) => {
  // Its own server: presenter mode, set here, is kiosk-wide.
  await onOwnKiosk(page, problems, 'e2e/config/kiosk-config.json', async () => {
    const empty = await emptyTopBarPoint(page);
    await page.touchscreen.tap(empty.x, empty.y);
    await expect(page.getByRole('dialog')).toBeHidden();

    await longPress(page);
    const panel = page.getByRole('dialog', { name: 'Personeel' });
    await expect(panel).toBeVisible();
    await typePin(page, '111111');
    await expect(panel.getByRole('alert')).toHaveText('Verkeerde PIN. Nog 2 pogingen.');
    await typePin(page, '246813');
    await expect(panel.getByRole('heading', { name: 'Acties' })).toBeVisible();
    await expect(panel).toContainText('Geen fouten in de configuratie.');

    await panel.getByRole('button', { name: 'Presentatiemodus aan' }).tap();
    await expect(panel).toContainText('Presentatiemodus staat aan');
    await panel.getByRole('button', { name: 'Sluiten', exact: true }).tap();
    await page.evaluate(() => (window.location.hash = '#/slide/3'));
    await page.clock.runFor(200_000);
    await expect(page.getByRole('alertdialog')).toBeHidden();
  });
});

test('three wrong PINs lock the pad for a minute', async ({ page, problems }) => {
  await onOwnKiosk(page, problems, 'e2e/config/kiosk-config.json', async () => {
    await longPress(page);
    for (const pin of ['111111', '222222']) await typePin(page, pin);
    await typePin(page, '333333');
    const panel = page.getByRole('dialog', { name: 'Personeel' });
    await expect(panel.getByRole('alert')).toContainText('Te vaak fout');
    await typePin(page, '246813');
    await expect(panel.getByRole('alert')).toContainText('Te vaak fout');
  });
});

test('a bad config file: the kiosk still starts, and the staff panel names each problem', async ({
  page,
  problems,
}) => {
  await onOwnKiosk(page, problems, 'e2e/config/bad-config.json', async () => {
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    await longPress(page);
    const panel = page.getByRole('dialog', { name: 'Staff' });
    for (const digit of '246813')
      await panel.getByRole('button', { name: `Digit ${digit}`, exact: true }).tap();
    await panel.getByRole('button', { name: 'Open' }).tap();
    const configErrors = panel.getByTestId('config-errors');
    await expect(configErrors).toContainText('mode');
    await expect(configErrors).toContainText('idleSeconds');
    await expect(configErrors).toContainText('idleSecs');
  });
});

test('the unlocked panel locks again when the staff session ends, even while staff use it', async ({
  page,
  problems,
}) => {
  await onOwnKiosk(page, problems, 'e2e/config/kiosk-config.json', async () => {
    await longPress(page);
    await typePin(page, '246813');
    const panel = page.getByRole('dialog', { name: 'Personeel' });
    await expect(panel.getByRole('heading', { name: 'Acties' })).toBeVisible();
    await page.clock.runFor(60_000);
    // Staff still at work: a touch in the panel keeps the idle reset away, not the session.
    await panel.getByRole('heading', { name: 'Acties' }).tap();
    await page.clock.runFor(61_000);
    await expect(panel.getByRole('heading', { name: 'Acties' })).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Openen' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Kiosk afsluiten' })).toBeHidden();
  });
});

test('a locked panel says only that the configuration has problems, never what they are', async ({
  page,
  problems,
}) => {
  await onOwnKiosk(page, problems, 'e2e/config/bad-config.json', async () => {
    await longPress(page);
    const panel = page.getByRole('dialog', { name: 'Staff' });
    await expect(panel.getByTestId('config-has-problems')).toHaveText(
      'The configuration has problems. Unlock with the PIN to see them.',
    );
    await expect(panel).not.toContainText('idleSecs');
    await expect(panel).not.toContainText('fullscreen');
    await expect(panel).not.toContainText('bad-config.json');
  });
});
