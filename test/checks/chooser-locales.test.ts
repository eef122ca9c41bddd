import { describe, expect, it } from 'vitest';

import {
  COST_KEYS,
  DAY_FULL_KEYS,
  DAY_SHORT_KEYS,
  EQUIPMENT_KEYS,
  IMPACT_KEYS,
  NOTICE_KEYS,
  PLAN_TEXT_ALARM_SIGN_KEYS,
  PLAN_TEXT_KEYS,
  SETTING_KEYS,
  SOCIAL_KEYS,
} from '../../src/shared/chooser/keys';
import {
  CHOOSER_LOCALES,
  LANGUAGES,
  loadRealActivities,
  lookUp,
} from '../../src/shared/chooser/test-support';

/** Every leaf as [dotted key, value]. */
function leaves(resources: unknown, prefix = ''): [string, unknown][] {
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
    return [[prefix, resources]];
  }
  return Object.entries(resources).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function variables(text: unknown): string[] {
  return typeof text === 'string'
    ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()
    : [];
}

const KEBAB_SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEBAB_LEAF = /^[a-z0-9]+(-[a-z0-9]+)*(_one|_other)?$/;

const keysUsedByCode: string[] = [
  ...DAY_SHORT_KEYS,
  ...DAY_FULL_KEYS,
  ...Object.values(NOTICE_KEYS),
  ...Object.values(SETTING_KEYS),
  ...Object.values(SOCIAL_KEYS),
  ...Object.values(COST_KEYS),
  ...Object.values(EQUIPMENT_KEYS),
  ...Object.values(IMPACT_KEYS),
  ...Object.values(PLAN_TEXT_KEYS),
  ...PLAN_TEXT_ALARM_SIGN_KEYS,
];

const keysUsedByData: string[] = loadRealActivities().flatMap((activity) => [
  activity.name,
  activity.techniqueTip,
  activity.startSmall,
  activity.gentler,
  activity.alt,
]);

const nlKeys = leaves(CHOOSER_LOCALES.nl).map(([key]) => key);

describe('chooser locale files', () => {
  it('have the same keys in Dutch and English', () => {
    expect(
      leaves(CHOOSER_LOCALES.en)
        .map(([key]) => key)
        .sort(),
    ).toEqual([...nlKeys].sort());
  });

  it.each(LANGUAGES)('%s: every value is a non-empty string without stray spaces', (language) => {
    for (const [key, value] of leaves(CHOOSER_LOCALES[language])) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).toBe(value);
      expect(String(value), key).not.toBe('');
    }
  });

  it('use nested objects with kebab-case names', () => {
    for (const key of nlKeys) {
      const segments = key.split('.');
      const leaf = segments.pop() ?? '';
      for (const segment of segments) expect(segment, key).toMatch(KEBAB_SEGMENT);
      expect(leaf, key).toMatch(KEBAB_LEAF);
    }
  });

  it('use the same {{variables}} in both languages', () => {
    for (const key of nlKeys) {
      expect(variables(lookUp(CHOOSER_LOCALES.en, key)), key).toEqual(
        variables(lookUp(CHOOSER_LOCALES.nl, key)),
      );
    }
  });

  it('give every plural both an _one and an _other form', () => {
    const plurals = nlKeys.filter((key) => /_(one|other)$/.test(key));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const stem = key.replace(/_(one|other)$/, '');
      expect(nlKeys, key).toContain(`${stem}_one`);
      expect(nlKeys, key).toContain(`${stem}_other`);
    }
  });

  it.each(LANGUAGES)('%s: has every key the code and activities.json refer to', (language) => {
    for (const key of [...keysUsedByCode, ...keysUsedByData]) {
      expect(typeof lookUp(CHOOSER_LOCALES[language], key), key).toBe('string');
    }
  });

  it('have the words the chooser screens need', () => {
    const screenKeys = [
      'title',
      'intro',
      'steps.progress',
      'steps.activities.question',
      'steps.activities.hint',
      'steps.activities.not-sure',
      'steps.days.question',
      'steps.days.count_one',
      'steps.days.count_other',
      'steps.preferences.question',
      'steps.preferences.setting.indoors',
      'steps.preferences.setting.outdoors',
      'steps.preferences.setting.any',
      'steps.preferences.social.alone',
      'steps.preferences.social.together',
      'steps.preferences.social.any',
      'steps.preferences.cost.free-only',
      'buttons.next',
      'buttons.back',
      'buttons.show-plan',
      'buttons.start-again',
      'buttons.close',
      'buttons.print',
      'result.heading',
      'result.why-variety',
      'result.listen-to-body',
      'result.see-professional',
      'result.not-a-prescription',
      'result.qr-caption',
    ];
    for (const key of screenKeys) expect(nlKeys).toContain(key);
  });
});
