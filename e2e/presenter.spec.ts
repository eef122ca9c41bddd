// The presenter view in a second tab of the same origin (#/presenter), paired with the
// patient's screen: every step mirrored both ways, notes only for the physio, idle reset back
// once the presenter goes.

import type { BrowserContext, Page } from '@playwright/test';

import { axeViolations } from './support/checks';
import { expect, test, watchPage, type PageProblems } from './support/fixtures';
import { currentIndex, currentSlide, SMALL_LANDSCAPE, swipe, useLanguage } from './support/helpers';
import { DUTCH_AND_ENGLISH, installSpeechStandIn, spoken } from './support/speech-stand-in';

const MIDDLE = { x: 700, y: 560 };

async function openPresenter(
  context: BrowserContext,
  origin: string,
): Promise<{ presenter: Page; problems: PageProblems }> {
  const presenter = await context.newPage();
  const problems = watchPage(presenter, origin);
  await presenter.goto('/#/presenter');
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  return { presenter, problems };
}

/** The presenter's counter ("6 / 16") as a 0-based index, or null off the slides. */
async function presenterIndex(presenter: Page): Promise<number | null> {
  const text = (await presenter.getByTestId('presenter-counter').textContent()) ?? '';
  const match = /^(\d+) \//.exec(text.trim());
  return match ? Number(match[1]) - 1 : null;
}

async function expectInStep(audience: Page, presenter: Page, index: number): Promise<void> {
  await expect(currentSlide(audience)).toHaveAttribute('data-slide-index', String(index));
  await expect(presenter.getByTestId('presenter-current')).toHaveAttribute(
    'data-slide-index',
    String(index),
  );
  expect(await presenterIndex(presenter)).toBe(index);
}

function expectClean(problems: PageProblems): void {
  expect(problems.errors, 'presenter: console or page errors').toEqual([]);
  expect(problems.foreignRequests, 'presenter: requests outside the app').toEqual([]);
}

test('both screens show the same slide after every step, forward and back, from either side', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  await expect(presenter.getByText('Op het scherm: het beginscherm')).toBeVisible();

  // The remote's start key (F5) on the presenter begins the deck on the patient's screen.
  await presenter.keyboard.press('F5');
  await expectInStep(page, presenter, 0);
  const total = Number(
    ((await presenter.getByTestId('presenter-counter').textContent()) ?? '').split('/')[1],
  );
  expect(total).toBeGreaterThanOrEqual(12);

  // Forward from the presenter with the remote's PageDown, back with its Previous button.
  for (let i = 1; i < total; i += 1) {
    await presenter.keyboard.press('PageDown');
    await expectInStep(page, presenter, i);
  }
  for (let i = total - 2; i >= 0; i -= 1) {
    await presenter.getByRole('button', { name: 'Vorige' }).click();
    await expectInStep(page, presenter, i);
  }
  // Forward on the patient's screen by touch, back by swiping. (A page in the background gets
  // no frames, and a tap waits for frames.)
  await page.bringToFront();
  for (let i = 1; i < total; i += 1) {
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await expectInStep(page, presenter, i);
  }
  for (let i = total - 2; i >= 0; i -= 1) {
    await swipe(page, MIDDLE, 400);
    await expectInStep(page, presenter, i);
  }
  expectClean(problems);
});

test('overview, jumping, blank screen, language and the chooser are mirrored', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/#/slide/2');
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  await expectInStep(page, presenter, 1);

  // Overview from the presenter; a jump from the patient's overview.
  await presenter.getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByRole('dialog', { name: "Alle dia's" })).toBeVisible();
  await expect(presenter.getByText('Het overzicht is open')).toBeVisible();
  await page.bringToFront();
  await page.locator('.overview-item').nth(5).tap();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectInStep(page, presenter, 5);

  // Jump from the presenter's slide list.
  await presenter
    .getByRole('navigation', { name: "Alle dia's" })
    .getByRole('button')
    .nth(8)
    .click();
  await expectInStep(page, presenter, 8);

  // Blank from the presenter (B), back by a tap on the patient's screen.
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await expect(presenter.getByText('Het scherm is zwart')).toBeVisible();
  await page.getByTestId('blank-screen').tap();
  await expect(page.getByTestId('blank-screen')).toBeHidden();
  await expect(presenter.getByText('Het scherm is zwart')).toBeHidden();

  // Language from the patient's screen: the presenter follows, its notes too.
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'en');
  await expect(presenter.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
  await expect(presenter.getByTestId('presenter-notes')).toHaveAttribute('lang', 'en');
  // ... and back from the presenter.
  await presenter
    .getByRole('group', { name: 'Language on screen' })
    .getByRole('button', { name: 'Nederlands' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  // The chooser, opened from the presenter, and back to a slide from the patient's screen.
  await presenter.getByRole('button', { name: 'Oefenmix' }).click();
  await expect(page).toHaveURL(/#\/chooser$/);
  await expect(presenter.getByText('Op het scherm: de oefenmix')).toBeVisible();
  expectClean(problems);
});

test('the notes are only on the presenter screen, in a language of their own', async ({
  page,
  context,
  baseURL,
}) => {
  await useLanguage(page, 'en');
  await page.goto('/#/slide/4');
  await currentSlide(page).waitFor();
  // Without a presenter, N opens the notes on the patient's screen (one screen, one physio).
  await page.keyboard.press('n');
  await expect(page.getByTestId('notes-panel')).toBeVisible();
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  // Once a presenter is there they leave the patient's screen, and N no longer opens them.
  await expect(page.getByTestId('notes-panel')).toBeHidden();
  await page.bringToFront();
  await page.keyboard.press('n');
  await expect(page.getByTestId('notes-panel')).toBeHidden();

  const notes = presenter.getByTestId('presenter-notes');
  await expect(notes).toContainText('Talking points');
  await expect(notes).toContainText('Teach-back question');
  await expect(notes).toContainText('Sources');
  // A Dutch-speaking physio presenting in English reads Dutch notes; the slides stay English.
  await presenter
    .getByRole('group', { name: 'Notes language' })
    .getByRole('button', { name: 'NL' })
    .click();
  await expect(notes).toContainText('Gesprekspunten');
  await expect(notes).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(presenter.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
  expectClean(problems);
});

test('no idle reset while the presenter is there; the usual rules once it has gone', async ({
  page,
  context,
  baseURL,
}) => {
  await page.clock.install();
  await page.goto('/#/slide/3');
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  await expectInStep(page, presenter, 2);
  await page.clock.runFor(300_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '2');

  await presenter.close();
  expectClean(problems);
  // The idle time counts from the moment the presenter left.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await page.clock.runFor(35_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('button', { name: 'Tik om te beginnen' })).toBeVisible();
});

test('a patient touching the screen still works, and the presenter follows', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/#/slide/6');
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  await page.bringToFront();
  await swipe(page, MIDDLE, 400);
  await expectInStep(page, presenter, 4);
  await page.getByRole('button', { name: 'Overzicht' }).tap();
  await expect(presenter.getByText('Het overzicht is open')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presenter.getByText('Het overzicht is open')).toBeHidden();
  expect(await currentIndex(page)).toBe(4);
  // A swipe on the presenter's copy of the slide moves both screens too.
  await presenter.bringToFront();
  const frame = (await presenter.getByTestId('presenter-current').boundingBox())!;
  const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
  await swipe(presenter, centre, -300);
  await expectInStep(page, presenter, 5);
  expectClean(problems);
});

test('a presenter tab with no patient screen says it is waiting', async ({ page }) => {
  await page.goto('/#/presenter');
  await expect(page.getByRole('status')).toContainText('Wachten op het scherm van de patiënt');
});

for (const language of ['nl', 'en'] as const) {
  test(`axe finds no violations in the presenter view (${language})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await useLanguage(page, language);
    await page.goto('/#/slide/5');
    const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
    await presenter.setViewportSize(SMALL_LANDSCAPE);
    expect(await axeViolations(presenter)).toEqual([]);
    expectClean(problems);
  });
}

test("the presenter starts and stops reading aloud on the patient's screen", async ({
  page,
  context,
  baseURL,
}) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await page.goto('/#/slide/4');
  await currentSlide(page).waitFor();
  const { presenter, problems } = await openPresenter(context, new URL(baseURL!).origin);
  const read = presenter.getByRole('button', { name: 'Voorlezen' });
  await expect(read).toBeEnabled();
  await read.click();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(read).toHaveAttribute('aria-pressed', 'true');
  await expect(presenter.getByText('Wordt voorgelezen')).toBeVisible();
  await expect.poll(async () => (await spoken(page))[0]?.lang).toBe('nl-NL');
  await read.click();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  expectClean(problems);
});
