// Keeps the config's languages to those the app ships translations for, so the language
// switch never offers a language without words and the default is always one of them.

import type { ConfigError } from '../../shared/settings/config-file-schema';
import type { KioskConfig } from '../../shared/settings/kiosk-settings';

/**
 * `available` is the list of folders under locales/; when it is empty (not found) the
 * configured languages are trusted as they are.
 */
export function limitToShippedLanguages(
  config: KioskConfig,
  available: readonly string[],
): { config: KioskConfig; errors: ConfigError[] } {
  if (available.length === 0) return { config, errors: [] };
  const errors: ConfigError[] = [];
  const missing = config.languages.filter((code) => !available.includes(code));
  const kept = config.languages.filter((code) => available.includes(code));
  if (missing.length > 0) {
    const fallback = kept.length > 0 ? '' : `; using ${quoteList(available)}`;
    errors.push({
      field: 'languages',
      message: `languages: no translations for ${quoteList(missing)} in this app (available: ${quoteList(available)}) — ignored${fallback}`,
    });
  }
  const languages = kept.length > 0 ? kept : [...available];
  let defaultLanguage = config.defaultLanguage;
  if (!languages.includes(defaultLanguage)) {
    const first = languages[0]!;
    errors.push({
      field: 'defaultLanguage',
      message: `defaultLanguage: "${defaultLanguage}" has no translations in this app; using "${first}"`,
    });
    defaultLanguage = first;
  }
  return { config: { ...config, languages: Object.freeze(languages), defaultLanguage }, errors };
}

function quoteList(codes: readonly string[]): string {
  return codes.map((code) => `"${code}"`).join(', ');
}
