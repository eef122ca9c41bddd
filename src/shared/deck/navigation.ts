// Slide navigation as plain functions: moving within bounds and the URL hash.

/** A slide index kept within 0..count-1 (no wrapping: the last slide stays the last). */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

export type NavigationCommand = 'next' | 'previous' | 'first' | 'last';

export function navigate(index: number, command: NavigationCommand, count: number): number {
  switch (command) {
    case 'next':
      return clampIndex(index + 1, count);
    case 'previous':
      return clampIndex(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
  }
}

export type Route =
  { screen: 'start' } | { screen: 'slide'; index: number } | { screen: 'chooser' };

const SLIDE_HASH = /^#\/slide\/(\d{1,4})$/;

/** Reads the hash; slides are numbered from 1 in it. Junk falls back to the nearest sensible place. */
export function parseHash(hash: string, slideCount: number): Route {
  if (hash === '#/chooser') return { screen: 'chooser' };
  if (!hash.startsWith('#/slide')) return { screen: 'start' };
  const match = SLIDE_HASH.exec(hash);
  const number = match?.[1] === undefined ? 1 : Number(match[1]);
  return { screen: 'slide', index: clampIndex(number - 1, slideCount) };
}

export function hashFor(route: Route): string {
  if (route.screen === 'slide') return `#/slide/${route.index + 1}`;
  if (route.screen === 'chooser') return '#/chooser';
  return '';
}
