import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isLanguageCode } from './language-code';

describe('isLanguageCode', () => {
  it.each(['nl', 'en', 'pap', 'pt-BR', 'fy-NL'])('accepts %j', (code) => {
    expect(isLanguageCode(code)).toBe(true);
  });

  it.each(['', 'EN', 'nl nl', '../x', 'en"><script>', 'pt-br', 'nederlands', 42, null, undefined])(
    'refuses %j',
    (value) => {
      expect(isLanguageCode(value)).toBe(false);
    },
  );

  it('never accepts a character that could leave an attribute, a path or a key', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (isLanguageCode(text)) expect(text).not.toMatch(/["'<>&/\\.\s]/);
      }),
    );
  });
});
