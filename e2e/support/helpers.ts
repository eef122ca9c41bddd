// Shared steps for the flows: real touch gestures through CDP and slide-state queries.

import { type CDPSession, expect, type Page } from '@playwright/test';

import { APP_STARTED_ATTRIBUTE } from '../../src/shared/app-started';

export const LANDSCAPE = { width: 1920, height: 1080 };
export const PORTRAIT = { width: 1080, height: 1920 };
export const SMALL_LANDSCAPE = { width: 1366, height: 768 };

/**
 * Waits for the app itself: index.html shows a ready-made first screen before it, and a test that
 * then runs a fake clock would run it before the app is there to keep the time.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page.locator(`html[${APP_STARTED_ATTRIBUTE}]`)).toHaveCount(1);
}

export async function useLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.addInitScript((lng) => sessionStorage.setItem('physio-kiosk.language', lng), language);
}

/**
 * A one-finger swipe with real touch events: start, move in steps, hold still, lift. Events
 * carry their own timestamps, so a busy machine cannot turn the gesture into a fling (which
 * would make Chromium swallow the next tap as "stop the fling").
 */
export async function swipe(
  page: Page,
  from: { x: number; y: number },
  dx: number,
  dy = 0,
  { steps = 6, stepMs = 16 } = {},
): Promise<void> {
  const cdp = await touchSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  let time = Date.now() / 1000;
  const send = (type: string, touchPoints: ReturnType<typeof point> | [], elapsedMs: number) => {
    time += elapsedMs / 1000;
    return cdp.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints,
      timestamp: time,
    });
  };
  await send('touchStart', point(from.x, from.y), 0);
  for (let step = 1; step <= steps; step += 1) {
    await send(
      'touchMove',
      point(from.x + (dx * step) / steps, from.y + (dy * step) / steps),
      stepMs,
    );
  }
  await send('touchMove', point(from.x + dx, from.y + dy), 150);
  await send('touchMove', point(from.x + dx, from.y + dy), 150);
  await send('touchEnd', [], 20);
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One CDP session per page for all its gestures. */
function touchSession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export function currentSlide(page: Page) {
  return page.locator('[data-slide-index][aria-current="true"]');
}

export async function currentIndex(page: Page): Promise<number> {
  return Number(await currentSlide(page).getAttribute('data-slide-index'));
}

export async function slideCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('slide-counter').textContent()) ?? '';
  return Number(text.split('/')[1]);
}

export async function openSlide(page: Page, number: number): Promise<void> {
  await page.goto(`/#/slide/${number}`);
  await currentSlide(page).waitFor();
}
