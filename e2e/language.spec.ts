import { expect, test } from './support/fixtures';

test.describe('language switch', () => {
  test('starts in Dutch, switches to English and back by touch, and keeps it across a reload', async ({
    page,
  }) => {
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugpijn? Blijf in beweging');
    await expect(page.getByRole('button', { name: 'Tik om te beginnen' })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).tap();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back pain? Keep moving');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();

    await page.getByRole('button', { name: 'Nederlands' }).tap();
    await expect(html).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugpijn? Blijf in beweging');
  });

  test('the language buttons are large enough to touch in both orientations', async ({ page }) => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1080, height: 1920 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto('/');
      for (const name of ['Nederlands', 'English']) {
        const box = await page.getByRole('button', { name }).boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(48);
      }
    }
  });

  test('a plain browser shows that kiosk functions are unavailable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('bridge-notice')).toBeVisible();
  });
});
