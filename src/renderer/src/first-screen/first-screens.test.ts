import { describe, expect, it } from 'vitest';

import { firstScreenFor, firstScreenLanguage } from './first-screens';

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

describe('firstScreenLanguage', () => {
  const available = ['en', 'nl'];

  it("takes the patient's remembered language first", () => {
    expect(firstScreenLanguage(available, 'en', 'nl')).toBe('en');
  });

  it('ignores a remembered language it has no screen for', () => {
    expect(firstScreenLanguage(available, 'de', 'nl')).toBe('nl');
  });

  it("otherwise takes the page's language, the configured default", () => {
    expect(firstScreenLanguage(available, undefined, 'en')).toBe('en');
  });

  it('falls back to the first one there is', () => {
    expect(firstScreenLanguage(available, undefined, 'fr')).toBe('en');
    expect(firstScreenLanguage([], undefined, 'nl')).toBeUndefined();
  });
});
