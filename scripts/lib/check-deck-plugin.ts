// A Vite plugin that fails the renderer build when resources/deck.json does not match its schema
// or uses a key missing in any language: the deck is bundled, so the build is where a broken
// deck has to stop, with a message naming the slide and the field.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from 'vite';

import { parseDeck } from '../../src/shared/deck/deck-schema';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** Every problem of the deck under `root`, or none. */
export function deckProblems(root: string): string[] {
  const deckFile = join(root, 'resources', 'deck.json');
  let deck: unknown;
  try {
    deck = JSON.parse(readFileSync(deckFile, 'utf8'));
  } catch (error) {
    return [`resources/deck.json: ${error instanceof Error ? error.message : String(error)}`];
  }
  const localesDir = join(root, 'locales');
  const articles = readdirSync(localesDir).map(
    (language) =>
      JSON.parse(readFileSync(join(localesDir, language, 'article.json'), 'utf8')) as unknown,
  );
  const hasKey = (key: string) => articles.every((tree) => typeof lookup(tree, key) === 'string');
  const result = parseDeck(deck, { hasKey });
  return result.ok ? [] : result.errors;
}

/** The message the build stops with, or undefined for a sound deck. */
export function deckBuildError(root: string): string | undefined {
  const problems = deckProblems(root);
  if (problems.length === 0) return undefined;
  return `resources/deck.json is broken:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}

export function checkDeck(root: string): Plugin {
  return {
    name: 'physio-kiosk:check-deck',
    buildStart() {
      this.addWatchFile(join(root, 'resources', 'deck.json'));
      const error = deckBuildError(root);
      if (error) this.error(error);
    },
  };
}
