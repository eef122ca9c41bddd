// The deck's keys and a presenter remote's buttons, turned into presentation commands (or the
// notes panel) by the rules both windows share.

import type { DeckKeyCommand } from '@shared/deck/deck-keys';
import { keyOutcome, type ScreenState } from '@shared/presentation/key-commands';
import type { PresentationCommand } from '@shared/presentation/presentation-state';

import { useDeckKeys } from './useDeckKeys';

interface DeckKeyHandlers {
  enabled: boolean;
  onCommand(command: PresentationCommand): void;
  onNotes(open: boolean): void;
}

export function useDeckKeyCommands(
  state: ScreenState,
  notesOpen: boolean,
  { enabled, onCommand, onNotes }: DeckKeyHandlers,
): void {
  useDeckKeys((key: DeckKeyCommand) => {
    const outcome = keyOutcome(key, state, notesOpen);
    if (outcome === null) return false;
    if ('command' in outcome) onCommand(outcome.command);
    else onNotes(outcome.notes);
    return true;
  }, enabled);
}
