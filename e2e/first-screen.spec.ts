// The ready-made first screen in index.html: words and illustration on screen before the app's
// script has even been fetched, in the right language and orientation, its controls out of reach
// until the app takes over; what a patient does to it in that moment is done by the app once it is
// there.

import type { Page } from '@playwright/test';

import { APP_STARTED_ATTRIBUTE } from '../src/shared/app-started';
import { axeViolations } from './support/checks';
import { expect, test } from './support/fixtures';
import { PORTRAIT, swipe } from './support/helpers';

const APP_CHUNK = /\/assets\/start-app-[\w-]+\.js$/;

/** Holds the app's script back until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const stage = (page: Page) => page.locator('#root > .stage');

test('the start screen is on screen before the app has loaded; a tap made then is done once it has', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/');
  await expect(page.locator('.start-screen h1')).toHaveText('Rugpijn? Blijf in beweging');
  await expect(page.locator('.start-button')).toBeVisible();
  expect(
    await page.locator('.start-illustration').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await expect(page.locator('.start-button')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('button', { name: 'Tik om te beginnen' })).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute(APP_STARTED_ATTRIBUTE);

  // A patient taps "start" before the app is there: nothing moves yet, and nothing is lost.
  await page.locator('.start-button').tap({ force: true });
  await page.waitForTimeout(200);
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.locator('.start-screen')).toHaveCount(1);

  release();
  await expect(page.locator('[aria-current="true"][data-slide-index="0"] h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute(APP_STARTED_ATTRIBUTE, '');
  await expect(stage(page)).toHaveCount(1);
  await expect(page.locator('.start-button, .nav-button').first()).not.toHaveAttribute(
    'aria-hidden',
  );
  expect(new URL(page.url()).hash).toBe('#/slide/1');
});

test('keys and a swipe made on the ready-made first slide move the deck once the app is there', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/#/slide/1');
  await expect(page.locator('[aria-current="true"][data-slide-index="0"] h1')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await swipe(page, { x: 960, y: 600 }, -400);
  release();
  await expect(page.locator('[aria-current="true"][data-slide-index="3"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute(APP_STARTED_ATTRIBUTE, '');
  // And the deck goes on working as usual.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[aria-current="true"][data-slide-index="2"]')).toBeVisible();
});

test('a swipe that begins before the app is there and ends after it has started still turns the slide', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/#/slide/1');
  await expect(page.locator('[aria-current="true"][data-slide-index="0"] h1')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: string, x?: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints: x === undefined ? [] : [{ x, y: 600, id: 1, radiusX: 4, radiusY: 4 }],
    });
  await touch('touchStart', 1200);
  await touch('touchMove', 1100);
  release();
  await expect(page.locator('html')).toHaveAttribute(APP_STARTED_ATTRIBUTE, '');
  for (const x of [1000, 900, 800, 800]) await touch('touchMove', x);
  await page.waitForTimeout(100);
  await touch('touchMove', 800);
  await touch('touchEnd');
  await expect(page.locator('[aria-current="true"][data-slide-index="1"]')).toBeVisible();
});

test('a reload on the first slide in portrait shows it at once, in the language the patient chose', async ({
  page,
}) => {
  await page.setViewportSize(PORTRAIT);
  await page.addInitScript(() => sessionStorage.setItem('physio-kiosk.language', 'en'));
  const release = await holdTheApp(page);
  await page.goto('/#/slide/1');
  const heading = page.locator('[aria-current="true"][data-slide-index="0"] h1');
  await expect(heading).toHaveText('Back pain? Keep moving');
  await expect(stage(page)).toHaveClass('stage stage-portrait');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const box = await stage(page).boundingBox();
  expect(box?.width).toBeCloseTo(PORTRAIT.width, 0);

  release();
  await expect(page.locator('html')).toHaveAttribute(APP_STARTED_ATTRIBUTE, '');
  await expect(heading).toHaveText('Back pain? Keep moving');
  await page.getByRole('button', { name: 'Next' }).tap();
  await expect(page.locator('[aria-current="true"][data-slide-index="1"]')).toBeVisible();
});

test('a window opening on a later slide shows no ready-made screen, then that slide', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/#/slide/4');
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  await expect(page.locator('#root > *')).toHaveCount(0);
  await expect(page.locator('.start-screen')).toHaveCount(0);
  release();
  await expect(page.locator('[aria-current="true"][data-slide-index="3"] h1')).toBeVisible();
});

for (const hash of ['', '#/slide/1']) {
  test(`axe finds no violations while the ready-made screen is on show (${hash || 'start'})`, async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    await page.goto(`/${hash}`);
    await expect(page.locator('#root button').first()).toHaveAttribute('aria-hidden', 'true');
    expect(await axeViolations(page)).toEqual([]);
    release();
  });
}

test('index.html carries both screens in both languages, with no style attribute for the policy to refuse', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  for (const screen of ['start', 'slide-1'])
    for (const language of ['nl', 'en'])
      expect(html).toContain(`<div data-first-screen="${screen}" lang="${language}" hidden>`);
  expect(html).toContain('<html lang="nl">');
  expect(html).not.toMatch(/ style="/);
});
