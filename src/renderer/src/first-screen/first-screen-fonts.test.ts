import { afterEach, describe, expect, it, vi } from 'vitest';

import { firstScreenFonts } from './first-screen-fonts';

function fakeDocument(load: (font: string) => Promise<unknown>): {
  doc: Document;
  asked: string[];
} {
  const asked: string[] = [];
  const doc = {
    body: {},
    defaultView: {
      getComputedStyle: () => ({ fontFamily: '"Atkinson Hyperlegible Next", sans-serif' }),
    },
    fonts: {
      load: (font: string) => {
        asked.push(font);
        return load(font);
      },
    },
  } as unknown as Document;
  return { doc, asked };
}

afterEach(() => vi.useRealTimers());

describe('firstScreenFonts', () => {
  it("loads the page font's regular and bold faces", async () => {
    const { doc, asked } = fakeDocument(() => Promise.resolve([]));
    await firstScreenFonts(doc, 100);
    expect(asked).toEqual([
      '400 1em "Atkinson Hyperlegible Next", sans-serif',
      '700 1em "Atkinson Hyperlegible Next", sans-serif',
    ]);
  });

  it('never waits longer than it may for a font that does not come, nor fails on one', async () => {
    vi.useFakeTimers();
    const { doc } = fakeDocument(() => new Promise(() => undefined));
    let done = false;
    const waiting = firstScreenFonts(doc, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
    await firstScreenFonts(fakeDocument(() => Promise.reject(new Error('404'))).doc, 100);
  });
});
