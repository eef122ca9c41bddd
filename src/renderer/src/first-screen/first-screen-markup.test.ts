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

  it("drops React's own image preloads, so the stage is the block's only child", () => {
    const block = firstScreenBlock('start', 'nl', markup);
    expect(block).not.toContain('<link');
    expect(block).toContain('hidden><div class="stage"');
  });
});
