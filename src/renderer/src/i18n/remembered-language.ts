// The language a patient chose, kept for reloads of this window only (never across an idle
// reset). Read before i18next has loaded, so it imports nothing.

const STORAGE_KEY = 'physio-kiosk.language';

export function rememberedLanguage(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: string | null): void {
  try {
    if (language) sessionStorage.setItem(STORAGE_KEY, language);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable; the language then simply resets on reload.
  }
}
