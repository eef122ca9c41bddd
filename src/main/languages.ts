// The languages the app ships: one folder per language under locales/.

import { readdirSync } from 'node:fs';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function availableLanguages(localesDir: string): string[] {
  try {
    return readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && LANGUAGE_CODE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
