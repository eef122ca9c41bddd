// Plain-language checks for the words in locales/: which keys a patient reads, what counts as a
// quotation, and how sentences and words are counted. Pure, so the tests and scripts share them.

export type LocaleTree = { [key: string]: string | LocaleTree };

/** Every leaf of a locale file as "dotted.key" → text. */
export function flatten(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * Keys ("namespace:dotted.key") a patient does not read as plain advice: the physiotherapist's
 * speaker notes, quotations from the article, and the staff panel.
 */
const NOT_PATIENT_FACING = [
  /^article:slides\.[a-z0-9-]+\.notes\./,
  /^article:slides\.[a-z0-9-]+\.quote\./,
  /^kiosk:staff\./,
];

export function isPatientFacing(key: string): boolean {
  return !NOT_PATIENT_FACING.some((pattern) => pattern.test(key));
}

/** The text with every quoted passage (“…”, „…”, "…", ‘…’) taken out; apostrophes stay. */
export function withoutQuotes(text: string): string {
  return text
    .replace(/[“„][^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/‘[^’]*’(?!\p{L})/gu, ' ');
}

/** Sentences end at . ! ? or … followed by a space or the end; an initial like "N." does not. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=(?<!\b\p{Lu})[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Dutch B1 for patients: "u", never "je", "jij" or "jouw" (outside quotations). */
export const INFORMAL_YOU = /(?<![\p{L}-])(je|jij|jouw)(?![\p{L}-])/iu;

export const MAX_SENTENCE_WORDS = 15;
