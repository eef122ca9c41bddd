// Fetches the deck from resources/ and validates it against the schema and the translations.

import i18next from 'i18next';

import { parseDeck, type DeckResult } from '@shared/deck/deck-schema';

import { bundledLanguages } from '../i18n/i18n';

const DECK_URL = '/resources/deck.json';

function translatedEverywhere(key: string): boolean {
  return bundledLanguages().every(
    (language) => typeof i18next.getResource(language, 'article', key) === 'string',
  );
}

let pending: Promise<Response> | undefined;

/** Starts fetching the deck before anything else needs it, so start-up waits on one thing less. */
export function prefetchDeck(): void {
  pending ??= fetch(DECK_URL);
}

export async function loadDeck(): Promise<DeckResult> {
  let data: unknown;
  try {
    const response = await (pending ?? fetch(DECK_URL));
    pending = undefined;
    if (!response.ok)
      return { ok: false, errors: [`${DECK_URL}: ${response.status} ${response.statusText}`] };
    data = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      errors: [`${DECK_URL}: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  return parseDeck(data, { hasKey: translatedEverywhere });
}
