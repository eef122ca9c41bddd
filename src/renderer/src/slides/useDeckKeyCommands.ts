// The deck's keys and a presenter remote's buttons, turned into presentation commands (or the
// notes panel) by the rules both windows share.

import type { DeckKeyCommand } from '@shared/deck/deck-keys';
import { keyOutcome } from '@shared/presentation/key-commands';
import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { useDeckKeys } from './useDeckKeys';

interface DeckKeyHandlers {
  enabled: boolean;
  onCommand(command: PresentationCommand): void;
  onNotes(open: boolean): void;
}

export function useDeckKeyCommands(
  state: Omit<PresentationState, 'reading' | 'canRead'>,
  notesOpen: boolean,
  { enabled, onCommand, onNotes }: DeckKeyHandlers,
): void {
  useDeckKeys((key: DeckKeyCommand) => {
    const outcome = keyOutcome(key, { ...state, reading: false, canRead: false }, notesOpen);
    if (outcome === null) return false;
    if ('command' in outcome) onCommand(outcome.command);
    else onNotes(outcome.notes);
    return true;
  }, enabled);
}
