// The out-of-order page that main shows after three failed loads: translated, static (no React,
// one small script of its own), nothing from outside, fits both orientations, and its retry
// goes back to the start page once the app is served again.

import { readFileSync } from 'node:fs';

import { axeViolations, layoutProblems } from './support/checks';
import { expect, test } from './support/fixtures';
import { LANDSCAPE, PORTRAIT } from './support/helpers';

type PageWords = { title: string; 'tell-the-desk': string; retrying: string };

function pageWords(language: string): PageWords {
  const file = new URL(`../locales/${language}/kiosk.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { 'out-of-order': PageWords })['out-of-order'];
}

for (const language of ['nl', 'en'] as const) {
  for (const [label, viewport] of [
    ['1920x1080', LANDSCAPE],
    ['1080x1920', PORTRAIT],
  ] as const) {
    test(`the out-of-order page in ${language} at ${label}: its words, static, fits`, async ({
      page,
    }, testInfo) => {
      const words = pageWords(language);
      await page.setViewportSize(viewport);
      await page.goto(`/out-of-order.html?lng=${language}&retry=600`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle(words.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      await expect(page.getByText(words['tell-the-desk'])).toBeVisible();
      await expect(page.getByText(words.retrying)).toBeVisible();

      // Static: one script, its own and small; no React, no app bundle, no app root.
      const scripts = await page
        .locator('script')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ src: (node as HTMLScriptElement).src, inline: node.textContent })),
        );
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.src).toMatch(/\/assets\/out-of-order-[\w-]+\.js$/);
      expect(scripts[0]!.inline).toBe('');
      await expect(page.locator('#root')).toHaveCount(0);
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      expect(loaded.filter((path) => path.endsWith('.js'))).toEqual([
        new URL(scripts[0]!.src).pathname,
      ]);
      expect(loaded.some((path) => /index-|react/i.test(path))).toBe(false);

      // The app's own typeface, from the app itself.
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => document.fonts.check('700 48px "Atkinson Hyperlegible Next"')),
      ).toBe(true);
      expect(
        loaded.some((path) => /atkinson-hyperlegible-next-latin-700.*\.woff2$/.test(path)),
      ).toBe(true);

      expect(await layoutProblems(page, '.out-of-order, .out-of-order *')).toEqual([]);
      const box = await page.locator('.out-of-order').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`out-of-order-${language}-${label}.png`) });
    });
  }
}

test('its retry goes back to the start page once the app is served again', async ({
  page,
  problems,
}) => {
  let refusals = 0;
  await page.route('**/index.html', async (route) => {
    if (refusals < 2) {
      refusals += 1;
      await route.fulfill({ status: 503, body: 'not yet' });
    } else {
      await route.fallback();
    }
  });
  await page.goto('/out-of-order.html?lng=en&retry=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageWords('en').title);
  await page.waitForURL('**/index.html', { timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('data-app-started', '');
  expect(refusals).toBe(2);
  // The two refusals this test made itself are the only problems allowed.
  const expected = (problem: string) => problem.includes('503');
  expect(problems.errors.filter(expected).length).toBeGreaterThan(0);
  problems.errors = problems.errors.filter((problem) => !expected(problem));
});
