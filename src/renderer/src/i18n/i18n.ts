// Sets up i18next with the bundled translations and keeps <html lang> and the chosen
// language (for reloads of this window only) in step.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { bundledResources } from './locale-files';

const STORAGE_KEY = 'physio-kiosk.language';

function rememberedLanguage(available: string[]): string | undefined {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored && available.includes(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the patient's choice across a reload of this window (never across an idle reset). */
export function rememberLanguage(language: string | null): void {
  try {
    if (language) sessionStorage.setItem(STORAGE_KEY, language);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable; the language then simply resets on reload.
  }
}

/** Every language the app ships words for (content checks cover all of them). */
export function bundledLanguages(): string[] {
  return Object.keys(i18next.options.resources ?? {}).sort();
}

/**
 * `defaultLanguage` and `offered` come from the kiosk settings (already limited to the
 * bundled languages by the main process); the patient's choice survives a reload.
 */
export async function initI18n(
  defaultLanguage: string,
  offered: readonly string[],
): Promise<typeof i18next> {
  const resources = bundledResources();
  const bundled = Object.keys(resources);
  const languages = offered.filter((language) => bundled.includes(language));
  const fallback = languages.includes(defaultLanguage)
    ? defaultLanguage
    : (languages[0] ?? bundled[0]!);
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    // Everything is bundled: nothing to wait for, so initialise in the same tick.
    initAsync: false,
    lng: rememberedLanguage(languages) ?? fallback,
    fallbackLng: fallback,
    supportedLngs: bundled,
    ns: ['common', 'article', 'chooser', 'kiosk'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      console.warn(`Missing translation: ${ns}:${key} (${lngs.join(', ')})`);
    },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
