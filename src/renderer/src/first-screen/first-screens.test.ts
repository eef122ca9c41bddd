import { describe, expect, it } from 'vitest';

import { firstScreenFor } from './first-screens';

describe('firstScreenFor', () => {
  it.each([
    ['', 'start'],
    ['#', 'start'],
    ['#/', 'start'],
    ['#nonsense', 'start'],
    ['#/slide/1', 'slide-1'],
    ['#/slide/01', 'slide-1'],
    // Junk after #/slide lands on the first slide in the app too.
    ['#/slide/abc', 'slide-1'],
  ])('opens %j on the ready-made %s screen', (hash, screen) => {
    expect(firstScreenFor(hash, 16)).toBe(screen);
  });

  it.each(['#/slide/2', '#/slide/16', '#/slide/99', '#/chooser', '#/presenter'])(
    'has nothing ready-made for %j',
    (hash) => {
      expect(firstScreenFor(hash, 16)).toBeNull();
    },
  );
});
