// Sets up i18next with the bundled translations and keeps <html lang> and the chosen
// language (for reloads of this window only) in step.

import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { bundledResources } from './locale-files';
import { openingLanguage, rememberedLanguage } from './remembered-language';

/** Every language the app ships words for (content checks cover all of them). */
export function bundledLanguages(): string[] {
  return Object.keys(i18next.options.resources ?? {}).sort();
}

/** The one configuration, shared with the build-time render of the first screens. */
export function i18nOptions(language: string, fallback: string): InitOptions {
  const resources = bundledResources();
  return {
    resources,
    // Everything is bundled: nothing to wait for, so initialise in the same tick.
    initAsync: false,
    lng: language,
    fallbackLng: fallback,
    supportedLngs: Object.keys(resources),
    ns: ['common', 'article', 'chooser', 'kiosk'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      console.warn(`Missing translation: ${ns}:${key} (${lngs.join(', ')})`);
    },
  };
}

/**
 * `defaultLanguage` and `offered` come from the kiosk settings (already limited to the
 * bundled languages by the main process); the patient's choice survives a reload.
 */
export async function initI18n(
  defaultLanguage: string,
  offered: readonly string[],
): Promise<typeof i18next> {
  const bundled = Object.keys(bundledResources());
  const languages = offered.filter((language) => bundled.includes(language));
  const fallback = openingLanguage(languages, undefined, defaultLanguage) ?? bundled[0]!;
  const language = openingLanguage(languages, rememberedLanguage(), defaultLanguage) ?? fallback;
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  await i18next.use(initReactI18next).init(i18nOptions(language, fallback));
  document.documentElement.lang = i18next.language;
  return i18next;
}
