// The deck, bundled at build time like the words: no fetch before the first slide. The build
// stops on a deck that breaks its schema or misses a translation (scripts/lib/check-deck-plugin.ts).

import type { Deck } from '@shared/deck/deck-schema';

import deckFile from '../../../../resources/deck.json';

export const deck: Deck = deckFile as Deck;
