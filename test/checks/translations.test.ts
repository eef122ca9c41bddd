// Translation health: both languages carry the same keys, none empty, and every key the code
// uses exists; components hold no hard-coded words.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { flatten, type LocaleTree } from '../../src/shared/content-lint';

const LOCALES = join(__dirname, '../../locales');
const RENDERER = join(__dirname, '../../src/renderer/src');
const LANGUAGES = readdirSync(LOCALES).sort();

function loadLanguage(language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
    const tree = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as LocaleTree;
    for (const [key, value] of flatten(tree))
      out.set(`${file.replace(/\.json$/, '')}:${key}`, value);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

const translations = new Map(LANGUAGES.map((language) => [language, loadLanguage(language)]));
const dutch = translations.get('nl') ?? new Map<string, string>();

describe('translations', () => {
  it('ship Dutch and English', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['nl', 'en']));
  });

  it.each(LANGUAGES)('%s has exactly the keys of Dutch, none empty', (language) => {
    const keys = translations.get(language) ?? new Map<string, string>();
    expect([...keys.keys()].sort()).toEqual([...dutch.keys()].sort());
    const empty = [...keys].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s keeps the same {{placeholders}} as Dutch', (language) => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const keys = translations.get(language) ?? new Map<string, string>();
    const mismatched = [...dutch]
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(keys.get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has a key for every t() call in the renderer', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      const source = readFileSync(file, 'utf8');
      const namespace = /useTranslation\(\s*'([a-z-]+)'/.exec(source)?.[1] ?? 'common';
      for (const match of source.matchAll(
        /\bt\(\s*'([a-z0-9.:_-]+)'(\s*,\s*\{(?:[^}]*,)?\s*count\b)?/g,
      )) {
        const raw = match[1] ?? '';
        const key = raw.includes(':') ? raw : `${namespace}:${raw}`;
        const exists = match[2]
          ? dutch.has(`${key}_one`) && dutch.has(`${key}_other`)
          : dutch.has(key);
        if (!exists) missing.push(`${relative(RENDERER, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds no hard-coded words in JSX', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(RENDERER).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)) {
        const text = match[1] ?? '';
        if (/\p{L}{2,}/u.test(text) && !/[=;()]|=>/.test(text)) {
          offenders.push(`${relative(RENDERER, file)}: "${text}"`);
        }
      }
      for (const match of source.matchAll(
        /\b(aria-label|alt|title|placeholder)="([^"]*\p{L}[^"]*)"/gu,
      )) {
        offenders.push(`${relative(RENDERER, file)}: ${match[1]}="${match[2]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
