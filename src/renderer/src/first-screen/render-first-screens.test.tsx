import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderFirstScreens } from './render-first-screens';

const languages = readdirSync(resolve('locales')).sort();

function blocks(html: string): { id: string; lang: string; body: string }[] {
  return [...html.matchAll(/<div data-first-screen="([^"]+)" lang="([^"]+)" hidden>/g)].map(
    (match, i, all) => ({
      id: match[1]!,
      lang: match[2]!,
      body: html.slice(match.index, all[i + 1]?.index ?? html.length),
    }),
  );
}

describe('renderFirstScreens', () => {
  const html = renderFirstScreens();
  const found = blocks(html);

  it('renders the start screen and the first slide in every bundled language', () => {
    expect(found.map((b) => `${b.id}/${b.lang}`)).toEqual([
      ...languages.map((lang) => `start/${lang}`),
      ...languages.map((lang) => `slide-1/${lang}`),
    ]);
  });

  it('puts the words of each language on its own screens', () => {
    const slide = (lang: string) => found.find((b) => b.id === 'slide-1' && b.lang === lang)!;
    expect(slide('nl').body).toContain('Rugpijn? Blijf in beweging');
    expect(slide('en').body).toContain('Back pain? Keep moving');
    const start = found.find((b) => b.id === 'start' && b.lang === 'nl')!;
    expect(start.body).toContain('class="primary-button start-button">Tik om te beginnen');
  });

  it('marks the first slide as the current one, as the bench and the tests find it', () => {
    for (const block of found.filter((b) => b.id === 'slide-1')) {
      expect(block.body).toMatch(/data-slide-index="0"[^>]*aria-current="true"/);
      expect(block.body).not.toContain('data-slide-index="1"');
    }
  });

  it('carries no style attribute, no script and no missing-key text', () => {
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/slides\.[a-z-]+\.(heading|lead)/);
  });

  it('leaves no window behind in Node', () => {
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
  });
});
