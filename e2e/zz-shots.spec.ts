import { test } from './fixtures';
import { LANDSCAPE, PORTRAIT, openSlide, useLanguage } from './helpers';

for (const [name, size] of [['land', LANDSCAPE], ['port', PORTRAIT]] as const) {
  test(`shot ${name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await useLanguage(page, 'nl');
    await openSlide(page, 3);
    await page.screenshot({ path: `/tmp/shots/before-${name}.png` });
  });
}
