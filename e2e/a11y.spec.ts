import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { currentSlide, LANDSCAPE, openSlide, PORTRAIT, slideCount, useLanguage } from './helpers';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const language of ['nl', 'en'] as const) {
  test(`axe finds no violations on the start screen and on every slide (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(LANDSCAPE);
    await useLanguage(page, language);
    await page.goto('/');
    expect(await violations(page)).toEqual([]);
    await openSlide(page, 1);
    const total = await slideCount(page);
    for (let index = 0; index < total; index += 1) {
      await page.evaluate((n) => (location.hash = `#/slide/${n}`), index + 1);
      await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
      expect(await violations(page), `slide ${index + 1}`).toEqual([]);
    }
  });
}

test('axe finds no violations in the overview and the notes, in portrait', async ({ page }) => {
  await page.setViewportSize(PORTRAIT);
  await openSlide(page, 3);
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  expect(await violations(page)).toEqual([]);
});

test('touch targets are at least 48 px on every slide screen', async ({ page }) => {
  for (const viewport of [LANDSCAPE, PORTRAIT, { width: 1366, height: 768 }]) {
    await page.setViewportSize(viewport);
    await openSlide(page, 2);
    const scale = Math.min(
      viewport.width / (viewport.width > viewport.height ? 1920 : 1080),
      viewport.height / (viewport.width > viewport.height ? 1080 : 1920),
    );
    const small = await page.locator('button:visible').evaluateAll(
      (buttons, minimum) =>
        buttons
          .map((b) => ({
            text: b.getAttribute('aria-label') ?? b.textContent,
            box: b.getBoundingClientRect(),
          }))
          .filter(({ box }) => box.width < minimum || box.height < minimum)
          .map(({ text }) => text),
      48 * scale - 0.5,
    );
    expect(small).toEqual([]);
  }
});
