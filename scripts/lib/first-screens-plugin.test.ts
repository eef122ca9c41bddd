import { describe, expect, it } from 'vitest';

import { insertFirstScreens } from './first-screens-plugin';

describe('insertFirstScreens', () => {
  it('puts the screens inside the empty #root', () => {
    const html = '<body>\n<div id="root"></div>\n</body>';
    expect(insertFirstScreens(html, '<div data-first-screen="start"></div>')).toBe(
      '<body>\n<div id="root"><div data-first-screen="start"></div></div>\n</body>',
    );
  });

  it('stops the build when index.html has no empty #root to fill', () => {
    expect(() => insertFirstScreens('<body><main></main></body>', 'x')).toThrow(
      /no <div id="root">/,
    );
  });
});
