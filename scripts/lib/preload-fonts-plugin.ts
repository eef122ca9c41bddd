// A Vite plugin that preloads the start page's web fonts (woff2 only), so the first words paint
// in the bundled typeface without waiting for layout to discover that the fonts are needed.

import type { Plugin } from 'vite';

export function preloadFonts(fileName: RegExp): Plugin {
  return {
    name: 'physio-kiosk:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return [];
        return Object.keys(context.bundle)
          .filter((file) => file.endsWith('.woff2') && fileName.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
