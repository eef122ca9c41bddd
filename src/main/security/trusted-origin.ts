// Decides which URLs belong to the app (its own scheme, plus the dev server in `electron-vite dev`),
// and which one page of it the window may navigate to.

import { APP_ORIGIN } from '../../shared/app-origin';

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Non-special schemes such as app:// report an opaque origin, so build it by hand.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function createOriginCheck(devServerUrl: string | undefined): (url: string) => boolean {
  const trusted = new Set([APP_ORIGIN]);
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  if (devOrigin) trusted.add(devOrigin);
  return (url) => {
    const origin = originOf(url);
    return origin !== null && trusted.has(origin);
  };
}

function withoutFragment(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * True for the start page only, whatever its #fragment (`#/slide/3`): every other file of the
 * app, such as an SVG with a script in it, must never become the page that holds the preload.
 */
export function createStartPageCheck(startUrl: string): (url: string) => boolean {
  const start = withoutFragment(startUrl);
  return (url) => start !== null && withoutFragment(url) === start;
}
