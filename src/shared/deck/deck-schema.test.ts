import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseDeck } from './deck-schema';

const ROOT = join(__dirname, '../../..');
const deckJson = JSON.parse(readFileSync(join(ROOT, 'resources/deck.json'), 'utf8')) as {
  slides: Record<string, unknown>[];
};

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}
const articles = ['nl', 'en'].map(
  (lng) => JSON.parse(readFileSync(join(ROOT, `locales/${lng}/article.json`), 'utf8')) as unknown,
);
const hasKey = (key: string) => articles.every((tree) => typeof lookup(tree, key) === 'string');

const withSlide = (index: number, change: Record<string, unknown>) => ({
  ...deckJson,
  slides: deckJson.slides.map((slide, i) => (i === index ? { ...slide, ...change } : slide)),
});

describe('the shipped deck', () => {
  const result = parseDeck(deckJson, { hasKey });

  it('is valid, with every key translated in Dutch and English', () => {
    expect(result).toMatchObject({ ok: true });
  });

  it('has 12 to 16 slides, a title first and sources last, and the required slides', () => {
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { slides } = result.deck;
    expect(slides.length).toBeGreaterThanOrEqual(12);
    expect(slides.length).toBeLessThanOrEqual(16);
    expect(slides[0]?.layout).toBe('title');
    expect(slides.at(-1)?.layout).toBe('sources');
    expect(slides.map((s) => s.layout)).toEqual(
      expect.arrayContaining(['warning', 'chooser', 'quote']),
    );
  });

  it('has an illustration file for every slide', () => {
    const missing = deckJson.slides
      .map((slide) => String(slide['illustration']))
      .filter((file) => !existsSync(join(ROOT, 'resources', file)));
    expect(missing).toEqual([]);
  });
});

describe('a broken deck', () => {
  it.each([
    ['not an object', 'nonsense', /deck/],
    ['no slides', { version: 1, slides: [] }, /at least one slide/],
    ['wrong version', { ...deckJson, version: 2 }, /deck version/],
    [
      'unknown layout',
      withSlide(2, { layout: 'carousel' }),
      /slide 3 \("core-trend"\) layout: unknown layout/,
    ],
    ['missing heading', withSlide(1, { heading: undefined }), /slide 2 \("what-is-core"\) heading/],
    [
      'missing image',
      withSlide(4, { illustration: undefined }),
      /slide 5 \("research-review"\) illustration/,
    ],
    [
      'image outside illustrations',
      withSlide(4, { illustration: '../../etc/x.svg' }),
      /slide 5.*illustration: must be an SVG/,
    ],
    [
      'missing key',
      withSlide(3, { lead: 'slides.the-myth.no-such-key' }),
      /slide 4 \("the-myth"\): missing translation "slides.the-myth.no-such-key"/,
    ],
    [
      'text instead of a key',
      withSlide(3, { heading: 'Een mythe!' }),
      /slide 4.*heading: must be a translation key/,
    ],
    [
      'points not a list',
      withSlide(3, { points: 'slides.x.y' }),
      /slide 4 \("the-myth"\) points: must be a list/,
    ],
    [
      'notes missing',
      withSlide(3, { notes: undefined }),
      /slide 4 \("the-myth"\) notes: is missing/,
    ],
    [
      'quote slide without its quote',
      withSlide(5, { quote: undefined }),
      /slide 6.*layout "quote" needs a quote/,
    ],
    [
      'too many points',
      withSlide(3, { points: Array.from({ length: 7 }, (_, i) => `a.b${i}`) }),
      /points: must have at most 6/,
    ],
    ['a slide that is not an object', { version: 1, slides: [42] }, /slide 1: must be an object/],
    ['duplicate id', withSlide(3, { id: 'title' }), /id "title" is used twice/],
    [
      'quote on a points slide',
      withSlide(3, { quote: { text: 'a.b', source: 'a.c' } }),
      /only layout "quote"/,
    ],
    ['unknown field', withSlide(3, { colour: 'red' }), /slide 4.*colour|Unrecognized key/],
  ])('%s gives an error naming the slide', (_name, data, message) => {
    const result = parseDeck(data, { hasKey });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});

describe('tiers and cautions', () => {
  const warningIndex = deckJson.slides.findIndex((slide) => slide['layout'] === 'warning');
  const pointsIndex = deckJson.slides.findIndex((slide) => slide['id'] === 'vary');

  it.each([
    [
      'a warning slide without groups',
      withSlide(warningIndex, { groups: undefined }),
      /layout "warning" needs groups/,
    ],
    [
      'groups on a points slide',
      withSlide(pointsIndex, { groups: [{ heading: 'a.b', points: ['a.c'] }] }),
      /only layout "warning" may have groups/,
    ],
    [
      'a group without points',
      withSlide(warningIndex, { groups: [{ heading: 'slides.warning-signs.heading' }] }),
      /groups\.0\.points: is missing/,
    ],
    [
      'a group with text instead of a key',
      withSlide(warningIndex, { groups: [{ heading: 'Bel meteen!', points: ['a.b'] }] }),
      /groups\.0\.heading: must be a translation key/,
    ],
    [
      'a caution that is not a key',
      withSlide(pointsIndex, { caution: 'Pas op' }),
      /caution: must be a translation key/,
    ],
    [
      'a caution key with no translation',
      withSlide(pointsIndex, { caution: 'slides.vary.no-such-caution' }),
      /missing translation "slides.vary.no-such-caution"/,
    ],
  ])('%s gives an error naming the slide', (_name, data, message) => {
    const result = parseDeck(data, { hasKey });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('keeps the warning tiers in order, urgent first, with their keys', () => {
    const result = parseDeck(deckJson, { hasKey });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const warning = result.deck.slides.find((slide) => slide.layout === 'warning');
    expect(warning?.groups?.map((group) => group.heading)).toEqual([
      'slides.warning-signs.urgent.heading',
      'slides.warning-signs.soon.heading',
    ]);
  });
});
