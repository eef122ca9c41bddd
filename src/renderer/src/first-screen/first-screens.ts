// The screens index.html carries ready-made (rendered at build time from the real components),
// and which of them fits the address and language a window opens with.

import { parseHash } from '@shared/deck/navigation';
import { PRESENTER_HASH } from '@shared/presentation/presenter-hash';

export const FIRST_SCREENS = [
  { id: 'start', hash: '' },
  { id: 'slide-1', hash: '#/slide/1' },
] as const;

export type FirstScreenId = (typeof FIRST_SCREENS)[number]['id'];

/** The ready-made screen for this address, or null when the window opens anywhere else. */
export function firstScreenFor(hash: string, slideCount: number): FirstScreenId | null {
  if (hash === PRESENTER_HASH) return null;
  const route = parseHash(hash, slideCount);
  if (route.screen === 'start') return 'start';
  if (route.screen === 'slide' && route.index === 0) return 'slide-1';
  return null;
}

/**
 * The patient's own choice (kept for reloads of this window) wins, then the page's language (the
 * configured default, stamped by the server), then the first one there is.
 */
export function firstScreenLanguage(
  available: readonly string[],
  remembered: string | undefined,
  pageLanguage: string,
): string | undefined {
  if (remembered && available.includes(remembered)) return remembered;
  if (available.includes(pageLanguage)) return pageLanguage;
  return available[0];
}
