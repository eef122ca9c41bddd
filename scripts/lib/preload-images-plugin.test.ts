import { describe, expect, it } from 'vitest';

import { preloadImages } from './preload-images-plugin';

type Handler = (html: string, context: { filename: string }) => unknown;

const handler = (
  preloadImages(['illustrations/start.svg', 'illustrations/slides/title.svg'])
    .transformIndexHtml as { handler: Handler }
).handler;

describe('image preloads', () => {
  it("preloads the first screens' illustrations from the page, the start screen's first", () => {
    expect(handler('', { filename: '/x/src/renderer/index.html' })).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: '/resources/illustrations/start.svg',
          as: 'image',
          fetchpriority: 'high',
        },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: '/resources/illustrations/slides/title.svg',
          as: 'image',
          fetchpriority: 'auto',
        },
        injectTo: 'head',
      },
    ]);
  });

  it('leaves the out-of-order page alone', () => {
    expect(handler('', { filename: '/x/src/renderer/out-of-order.html' })).toEqual([]);
  });
});
