// Listens for the deck's keys anywhere in the window.

import { useEffect, useEffectEvent } from 'react';

import { commandForKey, type DeckKeyCommand } from '@shared/deck/deck-keys';

function isActivatingAControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    (event.key === ' ' || event.key === 'Enter') &&
    !!target?.closest('button, a, input, select, textarea')
  );
}

/** `onCommand` returns false for a key it did nothing with, which then keeps its usual effect. */
export function useDeckKeys(onCommand: (command: DeckKeyCommand) => boolean, enabled = true): void {
  const handle = useEffectEvent(onCommand);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        (event.repeat && event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')
      )
        return;
      if (isActivatingAControl(event)) return;
      const command = commandForKey(event);
      if (command && handle(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
