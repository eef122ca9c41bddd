// Which key does what in the deck: arrows and presenter-remote keys, overview, blank screen.

export type DeckKeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'toggle-overview'
  | 'close'
  | 'toggle-blank'
  | 'toggle-notes';

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
  return KEYS[event.key] ?? null;
}
