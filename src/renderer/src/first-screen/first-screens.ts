// The screens index.html carries ready-made (rendered at build time from the real components),
// and which of them fits the address a window opens with.

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
