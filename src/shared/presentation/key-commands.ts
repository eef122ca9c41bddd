// What a deck key (or remote button) does, given what the screen shows: the same rules in the
// audience window and the presenter window, so both respond alike.

import type { DeckKeyCommand } from '../deck/deck-keys';
import type { PresentationCommand, PresentationState } from './presentation-state';

export type KeyOutcome = { command: PresentationCommand } | { notes: boolean } | null;

/** What the key rules look at: what is on screen, not the language or reading aloud. */
export type ScreenState = Pick<PresentationState, 'route' | 'overview' | 'blank'>;

export function keyOutcome(
  key: DeckKeyCommand,
  state: ScreenState,
  notesOpen: boolean,
): KeyOutcome {
  if (key === 'start') return { command: { type: 'start' } };
  if (key === 'resume') return { command: { type: 'resume' } };
  // Any key brings a blanked screen back, and does nothing else.
  if (state.blank) return { command: { type: 'blank', on: false } };
  if (state.route.screen !== 'slide') return null;
  switch (key) {
    case 'toggle-overview':
      return { command: { type: 'overview', open: !state.overview } };
    case 'close':
      if (notesOpen) return { notes: false };
      return { command: { type: 'overview', open: !state.overview } };
    case 'toggle-blank':
      return { command: { type: 'blank', on: true } };
    case 'toggle-notes':
      return { notes: !notesOpen };
    default:
      return state.overview ? null : { command: { type: 'navigate', command: key } };
  }
}
