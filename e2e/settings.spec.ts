// The kiosk settings from the config file, as a patient sees them: the first screen is already
// in the configured language, the language switch offers only the configured languages, and
// without a printer there is no print button (the QR code remains).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { answer, chooser } from './support/chooser-helpers';
import { expect, test } from './support/fixtures';
import { withOwnServer } from './support/own-server';

function configFile(settings: Record<string, unknown>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kiosk-e2e-config-')), 'kiosk-config.json');
  writeFileSync(path, JSON.stringify(settings));
  return path;
}

test('with defaultLanguage "en" the very first screen is English, never Dutch first', async ({
  page,
  problems,
}) => {
  await withOwnServer(configFile({ defaultLanguage: 'en' }), async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { seenTexts: seen });
      new MutationObserver(() => {
        const text = document.getElementById('root')?.innerText ?? '';
        if (text.trim() !== '') seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const seen = await page.evaluate(
      () => (window as unknown as { seenTexts: string[] }).seenTexts,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.join('\n')).not.toContain('Tik om te beginnen');
  });
});

test('languages ["en"] offers no language switch', async ({ page, problems }) => {
  await withOwnServer(configFile({ languages: ['en'], defaultLanguage: 'en' }), async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveCount(0);
  });
});

test('without a printer in the config the result has no print button, and the QR code', async ({
  page,
  problems,
}) => {
  await withOwnServer(configFile({ defaultLanguage: 'en' }), async (url) => {
    problems.allowedOrigins.add(new URL(url).origin);
    await page.goto(`${url}#/chooser`);
    const ui = chooser(page, 'en');
    await answer(ui, { chosen: ['walking', 'cycling'], daysPerWeek: 3 });
    await expect(ui.qr).toBeVisible();
    await expect(ui.print).toHaveCount(0);
  });
});
