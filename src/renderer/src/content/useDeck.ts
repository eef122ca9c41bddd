// Loads the deck once and reports loading, ready or a clear error.

import { useEffect, useState } from 'react';

import type { Deck } from '@shared/deck/deck-schema';

import { loadDeck } from './load-deck';

export type DeckState =
  { status: 'loading' } | { status: 'ready'; deck: Deck } | { status: 'error'; errors: string[] };

export function useDeck(): DeckState {
  const [state, setState] = useState<DeckState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    void loadDeck().then((result) => {
      performance.mark('kiosk:deck-loaded');
      if (!result.ok) console.warn(`The deck could not be loaded:\n${result.errors.join('\n')}`);
      if (active)
        setState(
          result.ok
            ? { status: 'ready', deck: result.deck }
            : { status: 'error', errors: result.errors },
        );
    });
    return () => {
      active = false;
    };
  }, []);
  return state;
}
