import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { deckBuildError, deckProblems } from './check-deck-plugin';

const ROOT = join(__dirname, '../..');
let dirs: string[] = [];

/** A copy of the project's content, with the deck's slides changed by `change`. */
function contentWith(change: (slides: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-check-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'locales'), join(dir, 'locales'), { recursive: true });
  cpSync(join(ROOT, 'resources'), join(dir, 'resources'), { recursive: true });
  const deck = JSON.parse(readFileSync(join(ROOT, 'resources/deck.json'), 'utf8')) as {
    slides: Record<string, unknown>[];
  };
  change(deck.slides);
  writeFileSync(join(dir, 'resources/deck.json'), JSON.stringify(deck));
  return dir;
}

afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

describe('the deck check of the build', () => {
  it('passes the shipped deck', () => {
    expect(deckProblems(ROOT)).toEqual([]);
    expect(deckBuildError(ROOT)).toBeUndefined();
  });

  it('stops the build naming the slide and the field', () => {
    const root = contentWith((slides) => {
      slides[2] = { ...slides[2], layout: 'carousel' };
    });
    expect(deckBuildError(root)).toMatch(
      /^resources\/deck\.json is broken:\n.*slide 3 \("core-trend"\) layout: unknown layout/,
    );
  });

  it('stops the build on a key missing in a language', () => {
    const root = contentWith((slides) => {
      slides[3] = { ...slides[3], lead: 'slides.the-myth.no-such-key' };
    });
    expect(deckBuildError(root)).toMatch(/slide 4 \("the-myth"\): missing translation/);
  });

  it('stops the build on a deck that is not JSON', () => {
    const root = contentWith(() => undefined);
    writeFileSync(join(root, 'resources/deck.json'), '{ "slides": [');
    expect(deckBuildError(root)).toMatch(/resources\/deck\.json: .*JSON/);
  });
});
