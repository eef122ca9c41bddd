import { describe, expect, it } from 'vitest';

import { preloadFonts } from './preload-fonts-plugin';

type Handler = (html: string, context: { filename: string; bundle?: object }) => unknown;

const bundle = {
  'assets/face-latin-400-normal-a1.woff2': {},
  'assets/face-latin-400-normal-b2.woff': {},
  'assets/face-latin-700-normal-c3.woff2': {},
  'assets/face-latin-400-italic-d4.woff2': {},
  'assets/index-e5.js': {},
};
const handler = (
  preloadFonts(/-latin-(400|700)-normal-/).transformIndexHtml as { handler: Handler }
).handler;

describe('font preloads', () => {
  it('preloads the matching woff2 files of the start page, and nothing else', () => {
    expect(handler('', { filename: '/x/src/renderer/index.html', bundle })).toEqual(
      ['assets/face-latin-400-normal-a1.woff2', 'assets/face-latin-700-normal-c3.woff2'].map(
        (file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `./${file}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
          },
          injectTo: 'head',
        }),
      ),
    );
  });

  it('leaves other pages and the dev server alone', () => {
    expect(handler('', { filename: '/x/src/renderer/out-of-order.html', bundle })).toEqual([]);
    expect(handler('', { filename: '/x/src/renderer/index.html' })).toEqual([]);
  });
});
