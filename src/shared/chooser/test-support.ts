// Helpers shared by the chooser's tests: the real data, and a tiny stand-in for i18next's t.

import enChooser from '../../../locales/en/chooser.json';
import nlChooser from '../../../locales/nl/chooser.json';
import activitiesJson from '../../../resources/activities.json';
import { parseActivities, type Activity } from './activities-schema';
import type { Translate } from './plan-text';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CHOOSER_LOCALES: Readonly<Record<Language, unknown>> = {
  nl: nlChooser,
  en: enChooser,
};

export function loadRealActivities(): Activity[] {
  const result = parseActivities(activitiesJson);
  if (!result.ok)
    throw new Error(`resources/activities.json is invalid:\n${result.errors.join('\n')}`);
  return result.activities;
}

/** The value at a dotted key, or undefined. */
export function lookUp(resources: unknown, key: string): unknown {
  let current: unknown = resources;
  for (const part of key.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Looks up nested keys, picks _one/_other by count and fills in {{name}}; throws on a missing key. */
export function makeTranslate(resources: unknown): Translate {
  return (key, options = {}) => {
    const count = options.count;
    const pluralKey = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : key;
    const value = lookUp(resources, pluralKey) ?? lookUp(resources, key);
    if (typeof value !== 'string') throw new Error(`missing translation key "${key}"`);
    return value.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]));
  };
}
