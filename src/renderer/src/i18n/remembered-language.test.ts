import { describe, expect, it } from 'vitest';

import { openingLanguage } from './remembered-language';

describe('openingLanguage', () => {
  const available = ['en', 'nl'];

  it("takes the patient's remembered language first", () => {
    expect(openingLanguage(available, 'en', 'nl')).toBe('en');
  });

  it('ignores a remembered language it has no screen for', () => {
    expect(openingLanguage(available, 'de', 'nl')).toBe('nl');
  });

  it('otherwise takes the preferred one, the configured default', () => {
    expect(openingLanguage(available, undefined, 'en')).toBe('en');
  });

  it('falls back to the first one there is', () => {
    expect(openingLanguage(available, undefined, 'fr')).toBe('en');
    expect(openingLanguage([], undefined, 'nl')).toBeUndefined();
  });
});
