import { expect, test } from './support/fixtures';
import {
  currentIndex,
  currentSlide,
  LANDSCAPE,
  openSlide,
  PORTRAIT,
  slideCount,
  swipe,
  useLanguage,
} from './support/helpers';

for (const language of ['nl', 'en'] as const) {
  test(`swipes through every slide and back by touch (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await useLanguage(page, language);
    await openSlide(page, 1);
    const count = await slideCount(page);
    expect(count).toBeGreaterThanOrEqual(12);
    const middle = { x: 700, y: 500 };
    for (let index = 1; index < count; index += 1) {
      await swipe(page, middle, -400);
      await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
    }
    await swipe(page, middle, -400);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(count - 1));
    for (let index = count - 2; index >= 0; index -= 1) {
      await swipe(page, middle, 400);
      await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
    }
  });
}

test('a tap, a vertical swipe and a slow short drag do not change the slide', async ({ page }) => {
  await openSlide(page, 3);
  await page.touchscreen.tap(700, 500);
  await swipe(page, { x: 700, y: 300 }, 0, 400);
  await swipe(page, { x: 700, y: 500 }, -90, 0, { steps: 6, stepMs: 150 });
  await page.waitForTimeout(100);
  expect(await currentIndex(page)).toBe(2);
});

test('a swipe in portrait moves too, and the next tap still works', async ({ page }) => {
  await page.setViewportSize(PORTRAIT);
  await openSlide(page, 2);
  await swipe(page, { x: 540, y: 1100 }, -300);
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '2');
  await page.getByRole('button', { name: 'Volgende' }).tap();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '3');
});

test('buttons, dots and the counter', async ({ page }) => {
  await openSlide(page, 1);
  const total = await slideCount(page);
  await expect(page.getByRole('button', { name: 'Vorige' })).toBeDisabled();
  await page.getByRole('button', { name: 'Volgende' }).tap();
  await expect(page.getByTestId('slide-counter')).toHaveText(`2 / ${total}`);
  await page.getByRole('button', { name: /^Ga naar dia 5:/ }).tap();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '4');
  await expect(page.getByRole('button', { name: /^Ga naar dia 5:/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await page.getByRole('button', { name: 'Vorige' }).tap();
  await expect(page.getByTestId('slide-counter')).toHaveText(`4 / ${total}`);
  await page.getByRole('button', { name: new RegExp(`^Ga naar dia ${total}:`) }).tap();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();
});

test('keys: arrows, presenter-remote PageUp/PageDown, Space, Home and End', async ({ page }) => {
  await openSlide(page, 1);
  const total = await slideCount(page);
  const expectIndex = (index: number) =>
    expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
  await page.keyboard.press('ArrowRight');
  await expectIndex(1);
  await page.keyboard.press('PageDown');
  await expectIndex(2);
  await page.keyboard.press('Space');
  await expectIndex(3);
  await page.keyboard.press('PageUp');
  await expectIndex(2);
  await page.keyboard.press('ArrowLeft');
  await expectIndex(1);
  await page.keyboard.press('End');
  await expectIndex(total - 1);
  await page.keyboard.press('ArrowRight');
  await expectIndex(total - 1);
  await page.keyboard.press('Home');
  await expectIndex(0);
  await page.keyboard.press('ArrowLeft');
  await expectIndex(0);
});

test('the overview opens with O, jumps to a slide, and closes with Escape', async ({ page }) => {
  await openSlide(page, 2);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: "Alle dia's" });
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: /^8/ }).tap();
  await expect(overview).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '7');
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await page.getByRole('button', { name: 'Overzicht' }).tap();
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: 'Sluiten' }).tap();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '7');
});

test('B and . blank the screen; any key or a tap brings the same slide back', async ({ page }) => {
  await openSlide(page, 4);
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('blank-screen')).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '3');
  await page.keyboard.press('.');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await page.getByTestId('blank-screen').tap();
  await expect(page.getByTestId('blank-screen')).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '3');
});

test('the slide is in the URL: deep links, reloads and junk hashes', async ({ page }) => {
  await openSlide(page, 7);
  expect(await currentIndex(page)).toBe(6);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/slide\/8$/);
  await page.reload();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '7');
  const total = await slideCount(page);
  for (const [hash, index] of [
    ['#/slide/abc', 0],
    ['#/slide/-1', 0],
    ['#/slide/999', total - 1],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
  }
});

test('switching language mid-deck keeps the slide and announces it', async ({ page }) => {
  await openSlide(page, 5);
  const announcer = page.getByTestId('slide-announcer');
  await expect(announcer).toHaveText(/^Dia 5 van \d+: .+/);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '4');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText(/^Slide 6 of \d+: .+/);
  await expect(page.locator('h1:focus')).toHaveCount(1);
});

test('only the current slide and its neighbours are in the DOM, and the DOM does not grow', async ({
  page,
}) => {
  await page.setViewportSize(LANDSCAPE);
  await openSlide(page, 1);
  const total = await slideCount(page);
  const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide-index]')).toHaveCount(3);
  const before = await nodes();
  for (let round = 0; round < 3; round += 1) {
    for (let i = 0; i < total; i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < total; i += 1) await page.keyboard.press('ArrowLeft');
  }
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '2');
  expect(await nodes()).toBe(before);
  await expect(page.locator('[data-slide-index]:not([hidden])')).toHaveCount(1);
});

test('a changed slide slides in, unless motion is reduced; the first one is there at once', async ({
  page,
}) => {
  await openSlide(page, 2);
  const animation = () => currentSlide(page).evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation()).toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '2');
  expect(await animation()).toBe('slide-enter');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '3');
  expect(await animation()).toBe('none');
});

test('the speaker notes show talking points, sources and a teach-back question (N)', async ({
  page,
}) => {
  await openSlide(page, 5);
  await page.keyboard.press('n');
  const notes = page.getByTestId('notes-panel');
  await expect(notes).toContainText('Gesprekspunten');
  await expect(notes).toContainText('Vraag de patiënt');
  await page.keyboard.press('Escape');
  await expect(notes).toBeHidden();
});
