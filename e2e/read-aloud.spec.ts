// Read aloud with a stand-in speechSynthesis (e2e/speech-stand-in.ts): what is said, in which
// voice, the highlight following it, and every way reading stops.

import type { Page } from '@playwright/test';

import { axeViolations } from './support/checks';
import { activityName, answer, chooser } from './support/chooser-helpers';
import { expect, test } from './support/fixtures';
import { currentSlide, openSlide, useLanguage } from './support/helpers';
import {
  cancels,
  DUTCH_AND_ENGLISH,
  endUtterance,
  installSpeechStandIn,
  speakWord,
  spoken,
} from './support/speech-stand-in';

const CORE_TREND = 3;

const WORDS = {
  nl: {
    button: 'Lees voor',
    voice: 'Dutch',
    lang: 'nl-NL',
    sentences: [
      '“Train je core!”',
      'Dat hoort u vaak',
      'Mensen met rugpijn krijgen dit advies vaak.',
      'Ook bij gezondheid bestaan modes.',
      'Populair is niet hetzelfde als bewezen.',
    ],
  },
  en: {
    button: 'Read aloud',
    voice: 'British',
    lang: 'en-GB',
    sentences: [
      '“Train your core!”',
      'You hear it a lot',
      'People with back pain often get this advice.',
      'Health advice has its fashions too.',
      'Popular is not the same as proven.',
    ],
  },
} as const;

const mark = (page: Page) => page.getByTestId('reading-now');

for (const language of ['nl', 'en'] as const) {
  test(`reads a slide in ${language}: its words in order, a local ${language} voice, the highlight following`, async ({
    page,
  }) => {
    const words = WORDS[language];
    await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
    await useLanguage(page, language);
    await openSlide(page, CORE_TREND);
    const button = page.getByRole('button', { name: words.button });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    const said = await spoken(page);
    expect(said.map((utterance) => utterance.text)).toEqual(words.sentences);
    expect(new Set(said.map((utterance) => utterance.voice))).toEqual(new Set([words.voice]));
    expect(new Set(said.map((utterance) => utterance.lang))).toEqual(new Set([words.lang]));
    expect(said[0]!.rate).toBeCloseTo(0.9);

    await expect(mark(page)).toHaveText(words.sentences[0]);
    await expect(mark(page)).toHaveCount(1);
    await speakWord(page, 1, 5);
    await expect(page.locator('.reading-word')).toHaveText('Train');
    await endUtterance(page);
    await expect(mark(page)).toHaveText(words.sentences[1]);
    await endUtterance(page);
    await expect(mark(page)).toHaveText(words.sentences[2]);
    await expect(currentSlide(page).locator('.slide-lead mark')).toBeVisible();
    for (let i = 2; i < words.sentences.length; i += 1) await endUtterance(page);
    await expect(mark(page)).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
}

test('"slower" reads at three quarters of the calm rate, from the sentence being read', async ({
  page,
}) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await openSlide(page, CORE_TREND);
  await page.getByRole('button', { name: 'Lees voor' }).tap();
  await endUtterance(page);
  await expect(mark(page)).toHaveText('Dat hoort u vaak');
  await page.getByRole('button', { name: 'Langzamer' }).tap();
  await expect(page.getByRole('button', { name: 'Langzamer' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const said = await spoken(page);
  expect(said.at(-4)).toMatchObject({ text: 'Dat hoort u vaak' });
  expect(said.at(-1)!.rate).toBeCloseTo(0.675);
  await expect(mark(page)).toHaveText('Dat hoort u vaak');
});

test('says "quote" before a quote', async ({ page }) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await openSlide(page, 6);
  await page.getByRole('button', { name: 'Lees voor' }).tap();
  const texts = (await spoken(page)).map((utterance) => utterance.text);
  const quoteText = await currentSlide(page).locator('blockquote').innerText();
  const intro = texts.indexOf('Citaat.');
  expect(intro).toBeGreaterThan(0);
  expect(quoteText.startsWith(texts[intro + 1]!.replace(/\.$/, ''))).toBe(true);
});

test('says the override instead of the screen text, and marks the shown text whole', async ({
  page,
}) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await openSlide(page, 2);
  await page.getByRole('button', { name: 'Lees voor' }).tap();
  expect((await spoken(page))[0]!.text).toBe('Wat is uw kor?');
  await expect(mark(page)).toHaveText('Wat is uw core?');
});

test.describe('reading stops', () => {
  test.beforeEach(async ({ page }) => {
    await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
    await openSlide(page, CORE_TREND);
    await page.getByRole('button', { name: 'Lees voor' }).tap();
    await expect(mark(page)).toHaveCount(1);
  });

  const expectStopped = async (page: Page, before: number) => {
    await expect(mark(page)).toHaveCount(0);
    await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  };

  test('when the button is pressed again', async ({ page }) => {
    const before = await cancels(page);
    const button = page.getByRole('button', { name: 'Lees voor' });
    await button.tap();
    await expectStopped(page, before);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  test('on a slide change', async ({ page }) => {
    const before = await cancels(page);
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-index', String(CORE_TREND));
    await expectStopped(page, before);
    await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('on a language switch', async ({ page }) => {
    const before = await cancels(page);
    await page.getByRole('button', { name: 'English' }).tap();
    await expectStopped(page, before);
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('on the overview and the blank screen', async ({ page }) => {
    let before = await cancels(page);
    await page.keyboard.press('o');
    await expectStopped(page, before);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lees voor' }).tap();
    await expect(mark(page)).toHaveCount(1);
    before = await cancels(page);
    await page.keyboard.press('b');
    await expectStopped(page, before);
  });
});

test('stops at the idle warning and stays silent after the idle reset', async ({ page }) => {
  await page.clock.install();
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await openSlide(page, CORE_TREND);
  await page.getByRole('button', { name: 'Lees voor' }).tap();
  await expect(mark(page)).toHaveCount(1);
  const before = await cancels(page);
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  const saidBeforeReset = (await spoken(page)).length;
  await page.clock.runFor(30_000);
  await expect(page.getByRole('button', { name: 'Tik om te beginnen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
  expect((await spoken(page)).length).toBe(saidBeforeReset);
});

test('no button where no local voice speaks the language; network voices are never used', async ({
  page,
}) => {
  await installSpeechStandIn(page, [
    { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
    { name: 'British', lang: 'en-GB', localService: true },
  ]);
  await openSlide(page, CORE_TREND);
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeVisible();
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
});

test('the chooser reads its question, hint and options', async ({ page }) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await useLanguage(page, 'en');
  await page.goto('/#/chooser');
  await page.getByRole('button', { name: 'Read aloud' }).tap();
  const texts = (await spoken(page)).map((utterance) => utterance.text);
  const question = await page.locator('#chooser-question').innerText();
  expect(texts[0]).toBe(question);
  expect(texts).toContain('Walking');
  await expect(page.locator('#chooser-question mark')).toHaveText(question);
});

test('axe finds nothing while a slide is read, the button at least 48 px', async ({ page }) => {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await openSlide(page, CORE_TREND);
  await page.getByRole('button', { name: 'Lees voor' }).tap();
  await endUtterance(page);
  await expect(mark(page)).toBeVisible();
  for (const control of [page.getByTestId('read-aloud'), page.getByTestId('read-aloud-slower')]) {
    const box = await control.boundingBox();
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(48);
  }
  expect(await axeViolations(page)).toEqual([]);
});

/** The chooser in `language`, with the stand-in voice. */
async function openChooser(page: Page, language: keyof typeof WORDS) {
  await installSpeechStandIn(page, DUTCH_AND_ENGLISH);
  await useLanguage(page, language);
  await page.goto('/#/chooser');
  return chooser(page, language);
}

/**
 * Starts reading the screen, then plays the voice on: `next` ends the utterance being said,
 * `until` ends them up to the one that starts with the given words.
 */
async function readAloud(page: Page, language: keyof typeof WORDS) {
  await page.getByRole('button', { name: WORDS[language].button }).tap();
  let at = 0;
  const next = async () => {
    await endUtterance(page);
    at += 1;
  };
  return {
    next,
    async until(start: string) {
      const texts = (await spoken(page)).map((utterance) => utterance.text);
      const index = texts.findIndex((text, i) => i >= at && text.startsWith(start));
      expect(index, `"${start}…" is read`).toBeGreaterThanOrEqual(0);
      while (at < index) await next();
    },
  };
}

for (const language of ['nl', 'en'] as const) {
  test(`the days step in ${language}: the mark moves from day tile to day tile`, async ({
    page,
  }) => {
    const ui = await openChooser(page, language);
    await ui.activity('walking').tap();
    await ui.next.tap();
    const reader = await readAloud(page, language);
    await reader.until(`1 ${ui.t('steps.days.unit', { count: 1 })}`);

    const tiles = page.locator('.day-choice');
    for (const count of [1, 2]) {
      const tile = tiles.nth(count - 1);
      await expect(mark(page)).toHaveText(ui.t('steps.days.unit', { count }));
      await expect(mark(page)).toHaveCount(1);
      await expect(tile.getByTestId('reading-now')).toBeVisible();
      await expect(tile.locator('.day-number mark')).toHaveText(String(count));
      await expect(tile).toHaveClass(/reading-now-tile/);
      await expect(page.locator('.reading-now-tile')).toHaveCount(1);
      await reader.next();
    }
    await expect(tiles.nth(2).getByTestId('reading-now')).toBeVisible();
  });

  test(`the result in ${language}: the mark follows the week and the tips of the activity shown`, async ({
    page,
  }) => {
    const ui = await openChooser(page, language);
    await answer(ui, { chosen: ['walking', 'swimming'], daysPerWeek: 3 });
    // The second activity's tips on screen: those are read, not the first one's.
    const tipChoices = page.locator('.tip-choice');
    await expect(tipChoices).toHaveCount(2);
    await tipChoices.nth(1).tap();
    const shown = await page.locator('#tip-card').getAttribute('data-activity');
    expect(shown).not.toBeNull();
    const reader = await readAloud(page, language);

    const days = ui.week.locator('li');
    await reader.until(`${ui.t('days.full.mon')}:`);
    for (const index of [0, 1]) {
      const day = days.nth(index);
      await expect(mark(page)).toHaveText(await day.locator('.week-activity').innerText());
      await expect(day.getByTestId('reading-now')).toBeVisible();
      await expect(day).toHaveClass(/reading-now-tile/);
      await expect(page.locator('.reading-now-tile')).toHaveCount(1);
      await reader.next();
    }

    await reader.until(ui.t('result.tips-heading'));
    await expect(page.locator('#tips-heading').getByTestId('reading-now')).toBeVisible();
    await reader.next();
    await expect(mark(page)).toHaveText(activityName(shown!, language));
    await expect(page.locator('#tip-card .tip-name').getByTestId('reading-now')).toBeVisible();
    await reader.next();
    const [technique, startSmall] = await page.locator('#tip-card dd').allInnerTexts();
    await expect(mark(page)).toHaveText(technique!);
    await reader.until(`${ui.t('result.start-small-label')}:`);
    await expect(mark(page)).toHaveText(startSmall!);
    await expect(mark(page)).toHaveCount(1);
  });
}

test('the preferences step marks each group label and option as it is read', async ({ page }) => {
  const ui = await openChooser(page, 'nl');
  await ui.activity('walking').tap();
  await ui.next.tap();
  await ui.days(3).tap();
  await ui.next.tap();
  const reader = await readAloud(page, 'nl');
  await reader.until(ui.t('steps.preferences.setting.label'));
  await expect(page.locator('#preference-setting').getByTestId('reading-now')).toBeVisible();
  await reader.next();
  await expect(ui.setting('any').getByTestId('reading-now')).toBeVisible();
  await reader.until(ui.t('steps.preferences.cost.free-only'));
  await expect(ui.cost('free-only').getByTestId('reading-now')).toBeVisible();
  await expect(mark(page)).toHaveCount(1);
});
