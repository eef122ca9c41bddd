// Turns the loaded config into what the renderer may see (never the PIN hash), keeping only
// the languages the app actually ships translations for.

import type { KioskSettings } from '../shared/ipc';
import type { ConfigError, KioskConfig } from './config-schema';

export type ResolvedSettings = {
  settings: KioskSettings;
  /** The config's own errors plus any language the app has no translations for. */
  errors: ConfigError[];
};

/**
 * `available` is the list of folders under locales/; when it is empty (not found) the
 * configured languages are trusted as they are.
 */
export function resolveKioskSettings(
  config: KioskConfig,
  configErrors: readonly ConfigError[],
  available: readonly string[],
): ResolvedSettings {
  const errors = [...configErrors];
  const languages = shippedLanguages(config.languages, available, errors);
  let defaultLanguage = config.defaultLanguage;
  const firstLanguage = languages[0];
  if (!languages.includes(defaultLanguage) && firstLanguage !== undefined) {
    errors.push({
      field: 'defaultLanguage',
      message: `defaultLanguage: "${defaultLanguage}" has no translations in this app; using "${firstLanguage}"`,
    });
    defaultLanguage = firstLanguage;
  }
  return {
    errors,
    settings: {
      mode: config.mode,
      defaultLanguage,
      languages,
      idleSeconds: config.idleSeconds,
      idleWarningSeconds: config.idleWarningSeconds,
      attractCycleSeconds: config.attractCycleSeconds,
      printing: config.printing,
      presenterMode: config.presenterMode,
      staffPinConfigured: config.staffPin !== null,
      configErrors: errors.map(({ field, message }) => ({ field, message })),
    },
  };
}

function shippedLanguages(
  configured: readonly string[],
  available: readonly string[],
  errors: ConfigError[],
): string[] {
  if (available.length === 0) return [...configured];
  const missing = configured.filter((code) => !available.includes(code));
  const kept = configured.filter((code) => available.includes(code));
  if (missing.length > 0) {
    const fallback = kept.length > 0 ? '' : `; using ${quoteList(available)}`;
    errors.push({
      field: 'languages',
      message: `languages: no translations for ${quoteList(missing)} in this app (available: ${quoteList(available)}) — ignored${fallback}`,
    });
  }
  return kept.length > 0 ? kept : [...available];
}

function quoteList(codes: readonly string[]): string {
  return codes.map((code) => `"${code}"`).join(', ');
}
