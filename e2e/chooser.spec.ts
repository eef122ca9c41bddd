// The exercise-variety chooser by touch: the flow from the start screen and from the deck, going
// back, "not sure", wishes nothing fits, the QR code, the one-page handout, axe, and the layout
// on every supported screen at every text size.

import type { Page } from '@playwright/test';

import { PLAN_TEXT_ALARM_SIGN_KEYS } from '../src/shared/chooser/keys';
import { MAX_QR_VERSION } from '../src/shared/chooser/plan-text';
import { URGENT_CALL, URGENT_HEADING, URGENT_SIGNS } from '../src/shared/deck/warning-signs';
import { axeViolations, layoutProblems } from './support/checks';
import {
  activityData,
  activityName,
  answer,
  buildMixSlideNumber,
  chooser,
  dayLines,
  decodeQr,
  largestText,
  pdfPageCount,
  smallTargets,
  translator,
  weekOnScreen,
  type Chooser,
  type ChooserAnswers,
  type Language,
  type ShownDay,
} from './support/chooser-helpers';
import { expect, test } from './support/fixtures';
import { LANDSCAPE, PORTRAIT, SMALL_LANDSCAPE, currentSlide, useLanguage } from './support/helpers';

const LANGUAGES = ['nl', 'en'] as const;

/** Most forms, most days: the busiest result the rules can make. */
const BUSIEST: ChooserAnswers = {
  chosen: ['walking', 'swimming', 'yoga', 'strength', 'tai-chi', 'dancing', 'core'],
  daysPerWeek: 7,
};

/** Core exercises are done alone and indoors, so they cannot fit outdoors and together. */
const NOTHING_FITS: ChooserAnswers = {
  chosen: ['core'],
  daysPerWeek: 3,
  setting: 'outdoors',
  social: 'together',
};

const activeDays = (week: readonly ShownDay[]) => week.filter((day) => day.activityId !== null);

/** The forms in the week, in order of first use (the order of the tips). */
const formsIn = (week: readonly ShownDay[]) => [
  ...new Set(activeDays(week).map((day) => day.activityId ?? '')),
];

async function openChooser(page: Page, language: Language): Promise<Chooser> {
  await useLanguage(page, language);
  await page.goto('/#/chooser');
  const ui = chooser(page, language);
  await expect(ui.heading).toHaveText(ui.t('steps.activities.question'));
  // Who should ask first is on the first step, before anything is chosen.
  await expect(page.getByTestId('chooser-caution')).toHaveText(ui.t('steps.activities.caution'));
  return ui;
}

for (const language of LANGUAGES) {
  test(`from the start screen through the deck to a varied week and back (${language})`, async ({
    page,
  }) => {
    await useLanguage(page, language);
    await page.goto('/');
    const common = translator(language, 'common');
    await page.getByRole('button', { name: common('start.tap-to-start') }).tap();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-index', '0');
    await page.evaluate((n) => (location.hash = `#/slide/${n}`), buildMixSlideNumber());
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'build-mix');
    await currentSlide(page)
      .getByRole('button', { name: common('deck.open-chooser') })
      .tap();

    const ui = chooser(page, language);
    await expect(page).toHaveURL(/#\/chooser$/);
    await expect(ui.progress).toHaveText(ui.t('steps.progress', { current: 1, total: 3 }));
    await expect(ui.heading).toHaveText(ui.t('steps.activities.question'));
    await expect(ui.heading).toBeFocused();

    const answers: ChooserAnswers = { chosen: ['walking', 'swimming', 'yoga'], daysPerWeek: 4 };
    await answer(ui, answers);
    await expect(ui.heading).toHaveText(ui.t('result.heading'));
    await expect(ui.heading).toBeFocused();
    const week = await weekOnScreen(ui);
    expect(week).toHaveLength(7);
    expect(activeDays(week)).toHaveLength(4);
    const forms = formsIn(week);
    expect(forms.length, 'two or more picks give two or more forms').toBeGreaterThanOrEqual(2);
    for (const form of forms) expect(answers.chosen).toContain(form);
    for (const key of [
      'result.why-variety',
      'result.rest-day-detail',
      'result.listen-to-body',
      'result.see-professional',
      'result.not-a-prescription',
      'result.qr-caption',
      'steps.activities.caution',
    ])
      await expect(ui.root).toContainText(ui.t(key));
    // Safe on its own: the urgent warning signs and whom to call, in the warning slide's words.
    const article = translator(language, 'article');
    for (const key of [URGENT_HEADING, ...URGENT_SIGNS, ...URGENT_CALL])
      await expect(page.getByTestId('safety')).toContainText(article(key));

    // One form's tips at a time; each form in the week has its own.
    const tips = page.locator('#tip-card');
    const [first = '', second = ''] = forms;
    await expect(tips).toContainText(ui.t(`activities.${first}.technique-tip`));
    await expect(tips).toContainText(ui.t(`activities.${first}.start-small`));
    await page
      .getByRole('group', { name: ui.t('result.tips-heading') })
      .getByRole('button', { name: activityName(second, language) })
      .tap();
    await expect(tips).toContainText(ui.t(`activities.${second}.technique-tip`));

    await ui.close.tap();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'build-mix');
    // Nothing the patient chose is kept: no storage, and reopening starts empty.
    expect(
      await page.evaluate(() => ({
        local: localStorage.length,
        session: Object.keys(sessionStorage),
      })),
    ).toEqual({ local: 0, session: ['physio-kiosk.language'] });
    await currentSlide(page)
      .getByRole('button', { name: common('deck.open-chooser') })
      .tap();
    await expect(ui.activity('walking')).toHaveAttribute('aria-pressed', 'false');
    await expect(ui.activity('yoga')).toHaveAttribute('aria-pressed', 'false');
  });
}

test('going back keeps every answer; starting again clears them', async ({ page }) => {
  const ui = await openChooser(page, 'nl');
  await ui.activity('yoga').tap();
  await ui.activity('cycling').tap();
  await ui.next.tap();
  await expect(ui.progress).toHaveText('Stap 2 van 3');
  await expect(ui.heading).toBeFocused();
  await expect(ui.days(3)).toHaveAttribute('aria-pressed', 'true');
  await ui.days(5).tap();
  await ui.next.tap();
  await expect(ui.progress).toHaveText('Stap 3 van 3');
  await ui.setting('indoors').tap();
  await ui.social('alone').tap();

  await ui.back.tap();
  await expect(ui.days(5)).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.days(3)).toHaveAttribute('aria-pressed', 'false');
  await ui.back.tap();
  await expect(ui.progress).toHaveText('Stap 1 van 3');
  await expect(ui.activity('yoga')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.activity('cycling')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.activity('walking')).toHaveAttribute('aria-pressed', 'false');
  await ui.next.tap();
  await ui.next.tap();
  await expect(ui.setting('indoors')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.setting('any')).toHaveAttribute('aria-pressed', 'false');
  await expect(ui.social('alone')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.cost('any')).toHaveAttribute('aria-pressed', 'true');

  await ui.showPlan.tap();
  const week = await weekOnScreen(ui);
  expect(activeDays(week)).toHaveLength(5);
  expect(formsIn(week), 'cycling can be indoors, on a home trainer').toContain('cycling');
  expect(formsIn(week)).toContain('yoga');
  await ui.back.tap();
  await expect(ui.setting('indoors')).toHaveAttribute('aria-pressed', 'true');
  await ui.showPlan.tap();

  await ui.startAgain.tap();
  await expect(ui.progress).toHaveText('Stap 1 van 3');
  await expect(ui.heading).toBeFocused();
  await expect(ui.activity('yoga')).toHaveAttribute('aria-pressed', 'false');
  await expect(ui.activity('cycling')).toHaveAttribute('aria-pressed', 'false');
  await ui.next.tap();
  await expect(ui.days(3)).toHaveAttribute('aria-pressed', 'true');
  await ui.next.tap();
  await expect(ui.setting('any')).toHaveAttribute('aria-pressed', 'true');
  await ui.back.tap();
  await ui.back.tap();
  await ui.close.tap();
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'build-mix');
});

test('"not sure" clears the picks and suggests easy forms to start with', async ({ page }) => {
  const ui = await openChooser(page, 'en');
  await ui.activity('yoga').tap();
  await ui.notSure.tap();
  await expect(ui.notSure).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.activity('yoga')).toHaveAttribute('aria-pressed', 'false');
  await ui.activity('walking').tap();
  await expect(ui.notSure).toHaveAttribute('aria-pressed', 'false');
  await ui.notSure.tap();
  await expect(ui.activity('walking')).toHaveAttribute('aria-pressed', 'false');

  await ui.next.tap();
  await ui.next.tap();
  await ui.showPlan.tap();
  await expect(page.getByTestId('plan-notices')).toContainText(ui.t('notices.suggested'));
  const week = await weekOnScreen(ui);
  expect(activeDays(week)).toHaveLength(3);
  expect(formsIn(week).length).toBeGreaterThanOrEqual(2);
  expect(formsIn(week).some((form) => ['walking', 'cycling', 'swimming'].includes(form))).toBe(
    true,
  );
});

for (const language of LANGUAGES) {
  test(`wishes nothing fits get a kind message and still a week (${language})`, async ({
    page,
  }) => {
    const ui = await openChooser(page, language);
    await answer(ui, NOTHING_FITS);
    await expect(page.getByTestId('plan-notices')).toContainText(ui.t('notices.nothing-fits'));
    const week = await weekOnScreen(ui);
    expect(activeDays(week), 'a sensible default instead of an empty week').toHaveLength(3);
    await expect(ui.week).toContainText(activityName('walking', language));
  });

  test(`the QR code holds the busiest week shown, as plain text (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize(LANDSCAPE);
    const ui = await openChooser(page, language);
    // The busiest week makes the longest text and so the densest code.
    await answer(ui, BUSIEST);
    await expect(ui.qr).toHaveAttribute('alt', ui.t('result.qr-alt'));
    const { text, version } = await decodeQr(ui.qr);
    const lines = text.split('\n');
    const days = dayLines(await weekOnScreen(ui), language);
    const { t } = ui;
    // Plain text (no URL): an optional title, the seven days as on screen, what a rest day means
    // (when it fits), the advice, the urgent warning signs, whom to call, the caution, the source.
    const safety = [
      t('plan-text.listen'),
      t('plan-text.alarm'),
      ...PLAN_TEXT_ALARM_SIGN_KEYS.map((key) => t(key)),
      t('plan-text.alarm-call'),
      t('plan-text.caution'),
    ];
    const head = lines.slice(0, -(safety.length + 1));
    expect([
      [t('plan-text.title'), ...days, t('plan-text.rest-note')],
      [...days, t('plan-text.rest-note')],
      days,
    ]).toContainEqual(head);
    expect(lines.slice(-(safety.length + 1), -1)).toEqual(safety);
    expect([t('plan-text.source'), t('plan-text.source-short')]).toContain(lines.at(-1));
    expect(version, 'small enough to scan from a screen').toBeLessThanOrEqual(MAX_QR_VERSION);

    // Switching language on the result screen rewrites the code in the other language.
    const other: Language = language === 'nl' ? 'en' : 'nl';
    await page
      .getByRole('button', { name: translator(other, 'common')('language.native-name') })
      .tap();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect
      .poll(async () => (await decodeQr(ui.qr)).text)
      .toContain(dayLines(await weekOnScreen(ui), other).join('\n'));
  });
}

const HANDOUTS: [Language, string, ChooserAnswers][] = [
  ['nl', 'the busiest week', BUSIEST],
  ['en', 'the busiest week', BUSIEST],
  ['en', 'a small week', { chosen: ['cycling', 'tai-chi'], daysPerWeek: 2 }],
];

for (const [language, label, answers] of HANDOUTS) {
  test(`the handout is one A4 page with the plan, tips, advice and source: ${label} (${language})`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset['printed'] = String(
          Number(document.documentElement.dataset['printed'] ?? 0) + 1,
        );
      };
    });
    const ui = await openChooser(page, language);
    await answer(ui, answers);
    await expect(ui.qr).toBeVisible();
    await ui.print.tap();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '1');

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);

    const printed = await page.evaluate(() => document.body.innerText);
    const forms = formsIn(await weekOnScreen(ui));
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    for (const day of days)
      expect(printed.toLowerCase()).toContain(ui.t(`days.full.${day}`).toLowerCase());
    for (const id of forms) {
      expect(printed).toContain(activityName(id, language));
      const activity = activityData(id);
      for (const key of [
        `properties.equipment.${activity.equipment}`,
        `properties.impact.${activity.impact}`,
      ])
        expect(printed).toContain(ui.t(key));
      expect(printed).toContain(ui.t(`activities.${id}.technique-tip`));
      expect(printed).toContain(ui.t(`activities.${id}.start-small`));
      expect(printed).toContain(ui.t(`activities.${id}.gentler`));
    }
    for (const key of [
      'result.heading',
      'result.why-variety',
      'result.rest-day-detail',
      'result.listen-to-body',
      'result.see-professional',
      'result.not-a-prescription',
      'result.source',
      'steps.activities.caution',
    ])
      expect(printed).toContain(ui.t(key));
    const article = translator(language, 'article');
    for (const key of [URGENT_HEADING, ...URGENT_SIGNS, ...URGENT_CALL])
      expect(printed).toContain(article(key));
    expect(printed).toContain('Nina van der Linden');
    expect(printed).not.toContain(ui.t('buttons.print'));
    expect(printed).not.toContain(ui.t('buttons.start-again'));
    await expect(ui.qr).toBeVisible();
  });
}

const AXE_RUNS: [Language, string, { width: number; height: number }][] = [
  ['nl', 'landscape', LANDSCAPE],
  ['en', 'portrait', PORTRAIT],
];

for (const [language, orientation, viewport] of AXE_RUNS) {
  test(`axe finds no violations on any step or the result (${language}, ${orientation})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const ui = await openChooser(page, language);
    await ui.activity('yoga').tap();
    await ui.notSure.tap();
    await ui.activity('core').tap();
    expect(await axeViolations(page), 'step 1').toEqual([]);
    await ui.next.tap();
    await ui.days(6).tap();
    expect(await axeViolations(page), 'step 2').toEqual([]);
    await ui.next.tap();
    await ui.setting('outdoors').tap();
    await ui.cost('free-only').tap();
    expect(await axeViolations(page), 'step 3').toEqual([]);
    await ui.showPlan.tap();
    await ui.week.waitFor();
    await expect(ui.qr).toBeVisible();
    expect(await axeViolations(page), 'result').toEqual([]);
  });
}

const VIEWPORTS = [
  ['1920x1080', LANDSCAPE],
  ['1080x1920', PORTRAIT],
  ['1366x768', SMALL_LANDSCAPE],
] as const;

async function expectFits(page: Page, where: string): Promise<void> {
  await expect
    .poll(() => layoutProblems(page, 'main.chooser, main.chooser *'), { message: where })
    .toEqual([]);
  expect(await smallTargets(page), `${where}: targets under 48 px`).toEqual([]);
}

for (const [label, viewport] of VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`every chooser screen fits ${label} in ${language}, at normal and largest text size`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      const ui = await openChooser(page, language);
      for (const size of ['normal', 'largest']) {
        if (size === 'largest') await largestText(page, language);
        await expectFits(page, `step 1, ${size}`);
        await ui.notSure.tap();
        await ui.next.tap();
        await expectFits(page, `step 2, ${size}`);
        await ui.next.tap();
        await expectFits(page, `step 3, ${size}`);
        await ui.back.tap();
        await ui.back.tap();
        await ui.notSure.tap();
        await answer(ui, BUSIEST);
        await expectFits(page, `busiest result, ${size}`);
        await ui.startAgain.tap();
      }
      // The longest notices, at the largest text size.
      await answer(ui, { chosen: ['core'], daysPerWeek: 2, setting: 'indoors', freeOnly: true });
      await expect(page.getByTestId('plan-notices').locator('li')).toHaveCount(3);
      await expectFits(page, 'result with three notices, largest');
    });
  }
}
