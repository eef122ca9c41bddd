// Every slide fits every supported screen in both languages and at every text size: nothing
// overflows its box, nothing sticks out of the screen, no scrollbars. Measured with the read
// aloud button shown (a stand-in voice), as on a kiosk with voices installed.

import { layoutProblems } from './support/checks';
import { expect, test } from './support/fixtures';
import {
  LANDSCAPE,
  PORTRAIT,
  SMALL_LANDSCAPE,
  currentSlide,
  openSlide,
  slideCount,
  useLanguage,
} from './support/helpers';
import { DUTCH_AND_ENGLISH, installSpeechStandIn } from './support/speech-stand-in';

const VIEWPORTS = [
  ['1366x768', SMALL_LANDSCAPE],
  ['1920x1080', LANDSCAPE],
  ['1080x1920', PORTRAIT],
] as const;

for (const [label, viewport] of VIEWPORTS) {
  for (const language of ['nl', 'en'] as const) {
    test(`every slide fits at ${label} in ${language}, at normal and largest text size`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      // Measured at rest: the enter animation briefly slides the slide sideways.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
      await useLanguage(page, language);
      await openSlide(page, 1);
      await expect(page.getByTestId('read-aloud')).toBeVisible();
      const total = await slideCount(page);
      const larger = page.getByRole('button', {
        name: language === 'nl' ? 'Grotere tekst' : 'Larger text',
      });
      for (const size of ['normal', 'largest']) {
        if (size === 'largest') {
          while (await larger.isEnabled()) await larger.tap();
        }
        for (let index = 0; index < total; index += 1) {
          await page.evaluate((n) => (location.hash = `#/slide/${n}`), index + 1);
          await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(index));
          expect(
            await layoutProblems(
              page,
              '.slide[aria-current="true"], .slide[aria-current="true"] *, .slide-controls *',
            ),
            `slide ${index + 1}, ${size} text`,
          ).toEqual([]);
        }
      }
    });
  }
}

test('larger text really makes the slide text larger', async ({ page }) => {
  await openSlide(page, 2);
  const size = () =>
    page
      .locator('.slide[aria-current="true"] .slide-points li')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Grotere tekst' }).tap();
  expect(await size()).toBeGreaterThan(before);
});
