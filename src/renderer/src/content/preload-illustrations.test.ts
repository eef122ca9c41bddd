import { describe, expect, it } from 'vitest';

import { deck } from './deck';
import { firstScreenIllustrations } from './preload-illustrations';

const illustration = (index: number) => deck.slides[index]!.illustration;

describe("the first screen's illustrations", () => {
  it("are the start screen's on the start screen", () => {
    expect(firstScreenIllustrations('')).toEqual(['illustrations/start.svg']);
  });

  it("are a slide's own first, then its neighbours", () => {
    expect(firstScreenIllustrations('#/slide/3')).toEqual([
      illustration(2),
      illustration(3),
      illustration(1),
    ]);
  });

  it('stop at the ends of the deck', () => {
    expect(firstScreenIllustrations('#/slide/1')).toEqual([illustration(0), illustration(1)]);
    const last = deck.slides.length;
    expect(firstScreenIllustrations(`#/slide/${last}`)).toEqual([
      illustration(last - 1),
      illustration(last - 2),
    ]);
  });
});
