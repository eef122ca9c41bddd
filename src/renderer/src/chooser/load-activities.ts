// Fetches the chooser's activities from resources/ and validates them against the schema and the
// translations, like the deck: a broken file gives staff a clear message, never a blank screen.

import i18next from 'i18next';

import { parseActivities, type ParseActivitiesResult } from '@shared/chooser/activities-schema';

import { bundledLanguages } from '../i18n/i18n';

const ACTIVITIES_URL = '/resources/activities.json';

const TEXT_FIELDS = ['name', 'techniqueTip', 'startSmall', 'gentler', 'alt'] as const;

function missingTranslations(result: ParseActivitiesResult): string[] {
  if (!result.ok) return [];
  const errors: string[] = [];
  for (const activity of result.activities) {
    for (const field of TEXT_FIELDS) {
      const key = activity[field];
      for (const language of bundledLanguages()) {
        if (typeof i18next.getResource(language, 'chooser', key) !== 'string')
          errors.push(
            `activity "${activity.id}": ${field} "${key}" has no ${language} translation`,
          );
      }
    }
  }
  return errors;
}

async function fetchActivities(): Promise<ParseActivitiesResult> {
  let data: unknown;
  try {
    const response = await fetch(ACTIVITIES_URL);
    if (!response.ok)
      return {
        ok: false,
        errors: [`${ACTIVITIES_URL}: ${response.status} ${response.statusText}`],
      };
    data = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      errors: [`${ACTIVITIES_URL}: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const result = parseActivities(data);
  const missing = missingTranslations(result);
  return missing.length === 0 ? result : { ok: false, errors: missing };
}

// The file is content, not patient data: loading it once per window is enough.
let loaded: Promise<ParseActivitiesResult> | undefined;

export function loadActivities(): Promise<ParseActivitiesResult> {
  loaded ??= fetchActivities().then((result) => {
    if (!result.ok) loaded = undefined;
    return result;
  });
  return loaded;
}
