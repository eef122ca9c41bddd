import { describe, expect, it } from 'vitest';

import type { ReadPart } from './reading-order';
import { mustStopReading, type ReadingScope } from './reading-scope';

const part = (id: string): ReadPart => ({ id, text: { ns: 'article', key: id } });
const slide1 = [part('slides.a.heading'), part('slides.a.lead')];
const started: ReadingScope = { language: 'nl', parts: slide1, covered: false };

describe('mustStopReading', () => {
  it('keeps reading while the same screen stays in the same language', () => {
    expect(mustStopReading(started, { ...started, parts: [...slide1] })).toBe(false);
  });

  it('stops on a slide or step change', () => {
    expect(mustStopReading(started, { ...started, parts: [part('slides.b.heading')] })).toBe(true);
  });

  it('stops on a language switch', () => {
    expect(mustStopReading(started, { ...started, language: 'en' })).toBe(true);
  });

  it('stops when nothing may be read: the overview, the blank screen, the start screen', () => {
    expect(mustStopReading(started, { ...started, parts: [] })).toBe(true);
  });

  it('stops when the idle warning or the staff panel covers the screen', () => {
    expect(mustStopReading(started, { ...started, covered: true })).toBe(true);
  });
});
