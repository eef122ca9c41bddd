// Steps and checks for the exercise-variety chooser's end-to-end tests: its words from the real
// locale files and activities, and QR, PDF and layout checks. (The rules themselves are unit
// tested in src/shared/chooser; here the screen is checked against what it shows.)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';

export type Language = 'nl' | 'en';

const projectFile = (path: string) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const chooserWords: Record<Language, unknown> = {
  nl: JSON.parse(projectFile('locales/nl/chooser.json')),
  en: JSON.parse(projectFile('locales/en/chooser.json')),
};
const commonWords: Record<Language, unknown> = {
  nl: JSON.parse(projectFile('locales/nl/common.json')),
  en: JSON.parse(projectFile('locales/en/common.json')),
};
const articleWords: Record<Language, unknown> = {
  nl: JSON.parse(projectFile('locales/nl/article.json')),
  en: JSON.parse(projectFile('locales/en/article.json')),
};

function lookUp(resources: unknown, key: string): unknown {
  let current: unknown = resources;
  for (const part of key.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A small stand-in for i18next's t over the real files: plurals and {{name}} only. */
export function translator(
  language: Language,
  namespace: 'chooser' | 'common' | 'article' = 'chooser',
): Translate {
  const resources = { chooser: chooserWords, common: commonWords, article: articleWords }[
    namespace
  ][language];
  return (key, options = {}) => {
    const count = options['count'];
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : key;
    const value = lookUp(resources, plural) ?? lookUp(resources, key);
    if (typeof value !== 'string') throw new Error(`no ${language} text for "${namespace}:${key}"`);
    return value.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]));
  };
}

interface ActivityData {
  id: string;
  name: string;
  equipment: string;
  impact: string;
}

const ACTIVITIES = (
  JSON.parse(projectFile('resources/activities.json')) as { activities: ActivityData[] }
).activities;

export function activityData(id: string): ActivityData {
  const activity = ACTIVITIES.find((candidate) => candidate.id === id);
  if (!activity) throw new Error(`no activity "${id}"`);
  return activity;
}

export function activityName(id: string, language: Language): string {
  return translator(language)(activityData(id).name);
}

/** The index of the deck's "build your own mix" slide (the one that opens the chooser). */
export function buildMixSlideNumber(): number {
  const deck = JSON.parse(projectFile('resources/deck.json')) as { slides: { id: string }[] };
  return deck.slides.findIndex((slide) => slide.id === 'build-mix') + 1;
}

export interface ChooserAnswers {
  chosen: string[];
  notSure?: boolean;
  daysPerWeek: number;
  setting?: 'any' | 'indoors' | 'outdoors';
  social?: 'any' | 'alone' | 'together';
  freeOnly?: boolean;
}

/** The chooser screen's buttons and groups, found by the words a patient sees. */
export function chooser(page: Page, language: Language) {
  const t = translator(language);
  const button = (name: string, scope: Page | Locator = page) =>
    scope.getByRole('button', { name, exact: true });
  const preferenceGroup = (labelKey: string) =>
    page.getByRole('group', { name: t(labelKey), exact: true });
  return {
    t,
    root: page.locator('main.chooser'),
    heading: page.locator('main.chooser h1'),
    progress: page.getByTestId('chooser-progress'),
    activity: (id: string) => button(activityName(id, language)),
    notSure: button(t('steps.activities.not-sure')),
    days: (count: number) => button(t('steps.days.count', { count })),
    setting: (value: 'any' | 'indoors' | 'outdoors') =>
      button(
        t(`steps.preferences.setting.${value}`),
        preferenceGroup('steps.preferences.setting.label'),
      ),
    social: (value: 'any' | 'alone' | 'together') =>
      button(
        t(`steps.preferences.social.${value}`),
        preferenceGroup('steps.preferences.social.label'),
      ),
    cost: (value: 'any' | 'free-only') =>
      button(t(`steps.preferences.cost.${value}`), preferenceGroup('steps.preferences.cost.label')),
    next: button(t('buttons.next')),
    showPlan: button(t('buttons.show-plan')),
    back: button(t('buttons.back')),
    close: button(t('buttons.close')),
    startAgain: button(t('buttons.start-again')),
    print: button(t('buttons.print')),
    week: page.getByTestId('plan-week'),
    qr: page.getByTestId('plan-qr'),
  };
}

export type Chooser = ReturnType<typeof chooser>;

/** Answers every question by touch and opens the result. */
export async function answer(ui: Chooser, answers: ChooserAnswers): Promise<void> {
  if (answers.notSure) await ui.notSure.tap();
  for (const id of answers.chosen) await ui.activity(id).tap();
  await ui.next.tap();
  await ui.days(answers.daysPerWeek).tap();
  await ui.next.tap();
  if (answers.setting) await ui.setting(answers.setting).tap();
  if (answers.social) await ui.social(answers.social).tap();
  if (answers.freeOnly) await ui.cost('free-only').tap();
  await ui.showPlan.tap();
  await ui.week.waitFor();
}

const DAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface ShownDay {
  day: (typeof DAY_IDS)[number];
  /** null on a rest day. */
  activityId: string | null;
}

/** The week on screen, Monday first. */
export async function weekOnScreen(ui: Chooser): Promise<ShownDay[]> {
  const ids = await ui.week
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-activity') ?? ''));
  return ids.map((id, index) => ({
    day: DAY_IDS[index] ?? 'mon',
    activityId: id === 'rest' ? null : id,
  }));
}

/** The week as the take-home text writes it: one "day: activity" line per day. */
export function dayLines(week: readonly ShownDay[], language: Language): string[] {
  const t = translator(language);
  return week.map(({ day, activityId }) =>
    t('plan-text.day-line', {
      day: t(`days.short.${day}`),
      activity: activityId === null ? t('plan-text.rest') : activityName(activityId, language),
    }),
  );
}

interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array;
}

// pngjs (a dependency of qrcode) ships no type declarations; this is the part used here.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(buffer: Buffer): DecodedImage } };
};

/** Reads the QR code on screen as a phone camera would see it. */
export async function decodeQr(image: Locator): Promise<{ text: string; version: number }> {
  const png = PNG.sync.read(await image.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('the QR code on screen could not be read');
  return { text: code.data, version: code.version };
}

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** Buttons smaller than 48 × 48 design pixels. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.stage');
    const scale = stage ? stage.getBoundingClientRect().width / stage.offsetWidth : 1;
    return [...document.querySelectorAll('main.chooser button')]
      .map((button) => ({ button, box: button.getBoundingClientRect() }))
      .filter(
        ({ box }) =>
          box.width > 0 && (box.width < 48 * scale - 0.5 || box.height < 48 * scale - 0.5),
      )
      .map(({ button }) => button.textContent ?? '');
  });
}

export async function largestText(page: Page, language: Language): Promise<void> {
  const larger = page.getByRole('button', {
    name: translator(language, 'common')('text-size.larger'),
  });
  while (await larger.isEnabled()) await larger.tap({ timeout: 5_000 });
}
