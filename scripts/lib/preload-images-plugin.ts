// A Vite plugin that preloads the illustrations of the screens the kiosk opens on (the start
// screen, and the first slide a physio starts from) from index.html itself, so they load while
// the script is still being parsed instead of after React has rendered.

import type { Plugin } from 'vite';

/** `paths` are under /resources/; the first is fetched with high priority. */
export function preloadImages(paths: readonly string[]): Plugin {
  return {
    name: 'physio-kiosk:preload-images',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.filename.endsWith('index.html')) return [];
        return paths.map((path, order) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `/resources/${path}`,
            as: 'image',
            fetchpriority: order === 0 ? 'high' : 'auto',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
