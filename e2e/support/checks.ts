// Checks shared by the flows: layout (nothing cut off, scrolling or off screen) and axe.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Everything under `selector` (and the top bar) that is cut off, scrolls, or sticks out of the
 * screen. A clipping box must show all it holds; a visible one may let a glyph's ink stick out
 * of a tight line height, but not a line of text.
 */
export function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
      problems.push('page scrolls');
    const stage = document.querySelector('.stage')?.getBoundingClientRect();
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 40)}"`;
    for (const el of document.querySelectorAll(`.app-bar *, ${scope}`)) {
      const box = el.getBoundingClientRect();
      // Empty boxes, and text kept only for screen readers (1 × 1 px).
      if (box.width <= 1 || box.height <= 1) continue;
      if (el instanceof HTMLElement && !el.closest('.visually-hidden')) {
        const slack = getComputedStyle(el).overflow === 'visible' ? 8 : 1;
        if (el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack)
          problems.push(
            `overflows (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}): ${name(el)}`,
          );
      }
      if (
        stage &&
        (box.left < stage.left - 1 ||
          box.right > stage.right + 1 ||
          box.top < stage.top - 1 ||
          box.bottom > stage.bottom + 1)
      )
        problems.push(`outside the screen: ${name(el)}`);
    }
    return problems;
  }, selector);
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Measure the settled screen: halfway through a slide's fade-in, contrast is lower than a
  // reader ever sees it for more than a moment.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
