// Starts the illustrations of the screen the page opens on (a slide and its two neighbours, or
// the start screen's) loading at once, while the settings and the words are still on their way.

import { parseHash } from '@shared/deck/navigation';

import { deck } from './deck';

const START_ILLUSTRATION = 'illustrations/start.svg';

/** Paths under /resources/ of the illustrations the first screen of `hash` shows, current first. */
export function firstScreenIllustrations(hash: string): string[] {
  const route = parseHash(hash, deck.slides.length);
  if (route.screen === 'start') return [START_ILLUSTRATION];
  if (route.screen !== 'slide') return [];
  return [route.index, route.index + 1, route.index - 1]
    .map((index) => deck.slides[index]?.illustration)
    .filter((path): path is string => path !== undefined);
}

export function preloadIllustrations(hash: string): void {
  firstScreenIllustrations(hash).forEach((path, order) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'image';
    link.href = `/resources/${path}`;
    link.fetchPriority = order === 0 ? 'high' : 'low';
    document.head.append(link);
  });
}
