import { expect, test } from './support/fixtures';
import { appStarted, currentSlide } from './support/helpers';

test('after the idle time a "still there?" warning counts down; continuing keeps everything', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/#/slide/3');
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Larger text' }).tap();
  // The installed clock also moves with real time, so leave a few seconds of margin.
  await page.clock.runFor(85_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await page.clock.runFor(6_000);
  const warning = page.getByRole('alertdialog', { name: 'Still there?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/In (2[4-9]|30) seconds/);
  await warning.getByRole('button', { name: "Yes, I'm still here" }).tap();
  await expect(warning).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Smaller text' })).toBeEnabled();
});

test('without input the kiosk resets to the start screen in Dutch with everything cleared', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/#/slide/5');
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Larger text' }).tap();
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('button', { name: 'Tik om te beginnen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('button', { name: 'Kleinere tekst' })).toBeDisabled();
  await page.getByRole('button', { name: 'Tik om te beginnen' }).tap();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '0');
});

test('the untouched start screen never shows the warning', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await appStarted(page);
  await page.clock.runFor(300_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
});

test('in kiosk mode the mouse cursor hides after a few seconds without movement', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await appStarted(page);
  await page.mouse.move(400, 400);
  await page.clock.runFor(3_500);
  await expect(page.locator('body')).toHaveClass(/cursor-hidden/);
  await page.mouse.move(500, 500);
  await expect(page.locator('body')).not.toHaveClass(/cursor-hidden/);
});
