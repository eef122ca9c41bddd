// Splits text into sentences for reading aloud and highlighting, one utterance per sentence.
// A full stop after an abbreviation or an initial does not end a sentence; closing quotes and
// brackets stay with the sentence they close.

const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  nl: [
    'bijv',
    'bv',
    'o.a',
    'd.w.z',
    'm.a.w',
    'enz',
    'ca',
    'dr',
    'drs',
    'mr',
    'prof',
    'nr',
    'blz',
    'incl',
    'excl',
    'evt',
    'z.s.m',
    'i.p.v',
    't.o.v',
    'mevr',
    'dhr',
    'vs',
    'etc',
  ],
  en: [
    'e.g',
    'i.e',
    'etc',
    'vs',
    'dr',
    'mr',
    'mrs',
    'ms',
    'prof',
    'no',
    'approx',
    'st',
    'fig',
    'incl',
    'min',
    'max',
  ],
};

const SENTENCE_END = /([.!?…]+)(["'”’»)\]]*)(\s+)/gu;
const STARTS_SENTENCE = /^[\p{Lu}\d"'“‘«(]/u;

function primaryLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

function endsInAbbreviation(before: string, language: string): boolean {
  const word = (/\S+$/u.exec(before)?.[0] ?? '').replace(/^["'“‘«(]+/u, '').toLowerCase();
  if (/^\p{L}$/u.test(word)) return true; // an initial, as in "J. de Vries"
  return (ABBREVIATIONS[primaryLanguage(language)] ?? []).includes(word);
}

export function splitSentences(text: string, language: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const next = text.slice(match.index + match[0].length);
    if (next === '' || !STARTS_SENTENCE.test(next)) continue;
    if (match[1] === '.' && endsInAbbreviation(text.slice(start, match.index), language)) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
