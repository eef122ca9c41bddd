import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';
import { limitToShippedLanguages } from './shipped-languages';

const config = (overrides: Partial<KioskConfig> = {}): KioskConfig => ({
  ...DEFAULT_CONFIG,
  ...overrides,
});

describe('limitToShippedLanguages', () => {
  it('keeps a config whose languages all ship, with no problems', () => {
    expect(limitToShippedLanguages(config(), ['en', 'nl'])).toEqual({
      config: config(),
      errors: [],
    });
  });

  it('drops a language without translations and says so', () => {
    const { config: limited, errors } = limitToShippedLanguages(
      config({ languages: ['nl', 'de', 'en'] }),
      ['en', 'nl'],
    );
    expect(limited.languages).toEqual(['nl', 'en']);
    expect(errors).toEqual([
      {
        field: 'languages',
        message:
          'languages: no translations for "de" in this app (available: "en", "nl") — ignored',
      },
    ]);
  });

  it('falls back to every shipped language when none of the configured ones ship', () => {
    const { config: limited, errors } = limitToShippedLanguages(
      config({ languages: ['de'], defaultLanguage: 'de' }),
      ['en', 'nl'],
    );
    expect(limited.languages).toEqual(['en', 'nl']);
    expect(limited.defaultLanguage).toBe('en');
    expect(errors.map((error) => error.field)).toEqual(['languages', 'defaultLanguage']);
  });

  it('limits the switch to one language when the config lists one', () => {
    const { config: limited } = limitToShippedLanguages(
      config({ languages: ['en'], defaultLanguage: 'en' }),
      ['en', 'nl'],
    );
    expect(limited.languages).toEqual(['en']);
  });

  it('trusts the config when the locales folder cannot be listed', () => {
    expect(limitToShippedLanguages(config({ languages: ['de'] }), []).config.languages).toEqual([
      'de',
    ]);
  });
});
