// Sets up i18next with the bundled translations and keeps <html lang> and the chosen
// language (for reloads of this window only) in step.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { bundledResources } from './locale-files';

export const DEFAULT_LANGUAGE = 'nl';
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

export function hasRememberedLanguage(): boolean {
  return rememberedLanguage(availableLanguages()) !== undefined;
}

export function availableLanguages(): string[] {
  return Object.keys(i18next.options.resources ?? {}).sort();
}

export async function initI18n(defaultLanguage = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  const resources = bundledResources();
  const languages = Object.keys(resources);
  const fallback = languages.includes(defaultLanguage) ? defaultLanguage : DEFAULT_LANGUAGE;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    // Everything is bundled: nothing to wait for, so initialise in the same tick.
    initAsync: false,
    lng: rememberedLanguage(languages) ?? fallback,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: languages,
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
