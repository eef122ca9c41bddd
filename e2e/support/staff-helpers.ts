// Reaching the staff panel as staff do: a long press on an empty part of the top bar, then the PIN.

import type { Page } from '@playwright/test';

/** The middle of the empty space in the top bar, between its left and right groups of buttons. */
export async function emptyTopBarPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.getByTestId('app-bar').evaluate((bar) => {
    const box = bar.getBoundingClientRect();
    const left = bar.querySelector('.app-bar-start')?.getBoundingClientRect().right ?? box.left;
    const right = bar.querySelector('.app-bar-end')?.getBoundingClientRect().left ?? box.right;
    return { x: (left + right) / 2, y: box.top + box.height / 2 };
  });
}

/** Holds a finger on the hotspot; `hold` lets the page's clock (or real time) pass 3 s. */
export async function longPressHotspot(page: Page, hold: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = [{ ...(await emptyTopBarPoint(page)), id: 7 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point });
  await hold();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Taps the PIN in; `click` where the page has no touch emulation (the Electron app). */
export async function typePin(
  page: Page,
  pin: string,
  via: 'tap' | 'click' = 'tap',
): Promise<void> {
  const panel = page.getByRole('dialog', { name: 'Personeel' });
  for (const digit of pin)
    await panel.getByRole('button', { name: `Cijfer ${digit}`, exact: true })[via]();
  await panel.getByRole('button', { name: 'Openen' })[via]();
}
