// The content editor's pronunciation fixes: each names a key that exists in its language, says
// something, and in Dutch keeps to the same short sentences as the screen text.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  flatten,
  MAX_SENTENCE_WORDS,
  sentences,
  wordCount,
  type LocaleTree,
} from '@shared/content-lint';

import { speechOverride } from './speech-overrides';

const LOCALES = join(__dirname, '../../../../locales');
const languages = readdirSync(LOCALES).filter((name) =>
  existsSync(join(LOCALES, name, 'speech', 'overrides.json')),
);

function overridesOf(language: string): Record<string, string> {
  return JSON.parse(
    readFileSync(join(LOCALES, language, 'speech', 'overrides.json'), 'utf8'),
  ) as Record<string, string>;
}

function keyExists(language: string, id: string): boolean {
  const [namespace, key] = id.split(/:(.*)/s);
  const file = join(LOCALES, language, `${namespace}.json`);
  if (!namespace || !key || !existsSync(file)) return false;
  return flatten(JSON.parse(readFileSync(file, 'utf8')) as LocaleTree).has(key);
}

describe('speech overrides', () => {
  it('exist for Dutch and English', () => {
    expect(languages).toEqual(expect.arrayContaining(['nl', 'en']));
  });

  it.each(languages)(
    '%s: every override names an existing "namespace:key" and says something',
    (language) => {
      const entries = Object.entries(overridesOf(language));
      expect(entries.filter(([id]) => !keyExists(language, id)).map(([id]) => id)).toEqual([]);
      expect(entries.filter(([, text]) => typeof text !== 'string' || text.trim() === '')).toEqual(
        [],
      );
    },
  );

  it(`nl: spoken sentences have at most ${MAX_SENTENCE_WORDS} words`, () => {
    const long = Object.values(overridesOf('nl'))
      .flatMap(sentences)
      .filter((sentence) => wordCount(sentence) > MAX_SENTENCE_WORDS);
    expect(long).toEqual([]);
  });

  it('are bundled and looked up by language and id', () => {
    expect(speechOverride('nl', 'article:slides.what-is-core.heading')).toBe('Wat is uw kor?');
    expect(speechOverride('en', 'article:slides.what-is-core.heading')).toBeUndefined();
    expect(speechOverride('nl', 'toString')).toBeUndefined();
  });
});
