// The languages the app ships: one folder per language under locales/.

import { readdirSync } from 'node:fs';

import { isLanguageCode } from '../../shared/language-code';

export function availableLanguages(localesDir: string): string[] {
  try {
    return readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isLanguageCode(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
