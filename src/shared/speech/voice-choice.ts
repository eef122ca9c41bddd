// Picks the voice to read in: only voices on this computer (never a network voice, the kiosk is
// offline and patient screens must not leave it), the preferred region first.

export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
}

/** Regions in order of preference; a language not listed takes any local voice of its own. */
export const PREFERRED_REGIONS: Readonly<Record<string, readonly string[]>> = {
  nl: ['nl-NL', 'nl-BE'],
  en: ['en-GB', 'en-US'],
};

export function normalizeLanguageTag(tag: string): string {
  const [language = '', region] = tag.replace(/_/g, '-').split('-');
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}

export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], language: string): V | null {
  const primary = normalizeLanguageTag(language).split('-')[0] ?? '';
  const local = voices.filter(
    (voice) => voice.localService && normalizeLanguageTag(voice.lang).split('-')[0] === primary,
  );
  for (const region of PREFERRED_REGIONS[primary] ?? []) {
    const exact = local.find((voice) => normalizeLanguageTag(voice.lang) === region);
    if (exact) return exact;
  }
  return local[0] ?? null;
}
