import { readFileSync } from 'node:fs';

import { axeViolations } from './support/checks';
import { expect, test } from './support/fixtures';
import { currentSlide, LANDSCAPE, openSlide, PORTRAIT, useLanguage } from './support/helpers';

const SLIDE_COUNT = (
  JSON.parse(readFileSync(new URL('../resources/deck.json', import.meta.url), 'utf8')) as {
    slides: unknown[];
  }
).slides.length;

for (const language of ['nl', 'en'] as const) {
  test(`axe finds no violations on the start screen (${language})`, async ({ page }) => {
    await useLanguage(page, language);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  for (let number = 1; number <= SLIDE_COUNT; number += 1) {
    test(`axe finds no violations on slide ${number} (${language})`, async ({ page }) => {
      await page.setViewportSize(LANDSCAPE);
      await useLanguage(page, language);
      await openSlide(page, number);
      await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(number - 1));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe finds no violations in the overview and the notes, in portrait', async ({ page }) => {
  await page.setViewportSize(PORTRAIT);
  await openSlide(page, 3);
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  expect(await axeViolations(page)).toEqual([]);
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

for (const language of ['nl', 'en'] as const) {
  test(`axe finds no violations in the idle warning and the staff PIN pad (${language})`, async ({
    page,
  }) => {
    await useLanguage(page, language);
    await page.clock.install();
    await openSlide(page, 2);
    await page.clock.runFor(91_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('alertdialog').getByRole('button').tap();
    const bar = await page.getByTestId('app-bar').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const left = el.querySelector('.app-bar-start')?.getBoundingClientRect().right ?? box.left;
      const right = el.querySelector('.app-bar-end')?.getBoundingClientRect().left ?? box.right;
      return { x: (left + right) / 2, y: box.top + box.height / 2 };
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ ...bar, id: 3 }],
    });
    await page.clock.runFor(3_100);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
