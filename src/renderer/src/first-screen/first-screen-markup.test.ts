import { describe, expect, it } from 'vitest';

import { firstScreenBlock } from './first-screen-markup';

describe('firstScreenBlock', () => {
  const markup =
    '<link rel="preload" as="image" href="/resources/a.svg"/>' +
    '<div class="stage" style="width:1920px;--text-scale:1"><h1>Hallo</h1></div>';

  it('wraps the screen, hidden, with its name and language', () => {
    const block = firstScreenBlock('start', 'nl', markup);
    expect(block).toMatch(/^<div data-first-screen="start" lang="nl" hidden>/);
    expect(block).toMatch(/<\/div><\/div>$/);
  });

  it('moves style attributes aside, since the page policy refuses them in markup', () => {
    const block = firstScreenBlock('start', 'nl', markup);
    expect(block).not.toContain(' style=');
    expect(block).toContain('data-first-screen-style="width:1920px;--text-scale:1"');
  });

  it('drops the hidden neighbour slides, whose illustrations would compete with the first', () => {
    const deck =
      '<main><section class="slide" data-slide-index="0" aria-current="true"><h1>A</h1></section>' +
      '<section class="slide" data-slide-index="1" hidden="" inert=""><img src="/b.svg"/></section></main>';
    const slides = firstScreenBlock('slide-1', 'nl', deck);
    expect(slides).toContain('data-slide-index="0"');
    expect(slides).not.toContain('data-slide-index="1"');
    expect(slides).not.toContain('/b.svg');
  });

  it("drops React's own image preloads, so the stage is the block's only child", () => {
    const block = firstScreenBlock('start', 'nl', markup);
    expect(block).not.toContain('<link');
    expect(block).toContain('hidden><div class="stage"');
  });
});
