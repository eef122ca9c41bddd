// Which key does what in the deck: arrows and presenter-remote keys, overview, blank screen.

export type DeckKeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'toggle-overview'
  | 'close'
  | 'toggle-blank'
  | 'toggle-notes'
  /** A presenter remote's start button (F5): the first slide, nothing covering it. */
  | 'start'
  /** Shift+F5: carry on from the current slide, nothing covering it. */
  | 'resume';

const KEYS: Readonly<Record<string, DeckKeyCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  o: 'toggle-overview',
  O: 'toggle-overview',
  Escape: 'close',
  b: 'toggle-blank',
  B: 'toggle-blank',
  '.': 'toggle-blank',
  n: 'toggle-notes',
  N: 'toggle-notes',
  F5: 'start',
};

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function commandForKey(event: KeyPress): DeckKeyCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  if (event.key === 'F5' && event.shiftKey) return 'resume';
  return KEYS[event.key] ?? null;
}
