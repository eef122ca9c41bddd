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

/**
 * The language a window opens in: the patient's own choice (kept for reloads of this window)
 * wins, then the preferred one (the configured default), then the first one there is.
 */
export function openingLanguage(
  available: readonly string[],
  remembered: string | undefined,
  preferred: string,
): string | undefined {
  if (remembered && available.includes(remembered)) return remembered;
  if (available.includes(preferred)) return preferred;
  return available[0];
}
