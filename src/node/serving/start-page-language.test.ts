import { describe, expect, it } from 'vitest';

import { stampPageLanguage } from './start-page-language';

const page = '<!doctype html><html lang="nl"><head></head><body><p lang="en">x</p></body></html>';

describe('stampPageLanguage', () => {
  it('sets the language of the page, and only of the page', () => {
    const stamped = stampPageLanguage(page, 'en');
    expect(stamped).toContain('<html lang="en">');
    expect(stamped).toContain('<p lang="en">');
    expect(stampPageLanguage(page, 'pt-BR')).toContain('<html lang="pt-BR">');
  });

  it.each([undefined, '', 'en"><script>alert(1)</script', 'EN', 'nl nl', '../x'])(
    'leaves the page as built for %j',
    (language) => {
      expect(stampPageLanguage(page, language)).toBe(page);
    },
  );
});
