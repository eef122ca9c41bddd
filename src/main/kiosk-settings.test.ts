import { describe, expect, it } from 'vitest';

import { DEFAULT_KIOSK_SETTINGS } from '../shared/kiosk-defaults';
import { DEFAULT_CONFIG, type KioskConfig } from './config-schema';
import { resolveKioskSettings } from './kiosk-settings';

const config = (overrides: Partial<KioskConfig> = {}): KioskConfig => ({
  ...DEFAULT_CONFIG,
  ...overrides,
});

describe('resolveKioskSettings', () => {
  it('maps the defaults to settings, without any PIN material', () => {
    const { settings, errors } = resolveKioskSettings(config(), [], ['en', 'nl']);
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      mode: 'kiosk',
      defaultLanguage: 'nl',
      languages: ['nl', 'en'],
      idleSeconds: 90,
      idleWarningSeconds: 30,
      attractCycleSeconds: 8,
      printing: true,
      presenterMode: false,
      staffPinConfigured: false,
      configErrors: [],
    });
    // The renderer assumes the same defaults until the main process answers.
    expect(settings).toEqual(DEFAULT_KIOSK_SETTINGS);
  });

  it('reports a configured PIN only as a yes, never its hash or salt', () => {
    const staffPin = { hash: 'ab'.repeat(32), salt: 'cd'.repeat(16) };
    const { settings } = resolveKioskSettings(config({ staffPin }), [], ['nl', 'en']);
    expect(settings.staffPinConfigured).toBe(true);
    const json = JSON.stringify(settings);
    expect(json).not.toContain(staffPin.hash);
    expect(json).not.toContain(staffPin.salt);
    expect(Object.keys(settings)).not.toContain('staffPin');
  });

  it('passes on the config errors', () => {
    const problem = { field: 'idleSeconds', message: 'idleSeconds: must be …' };
    const { settings } = resolveKioskSettings(config(), [problem], ['nl', 'en']);
    expect(settings.configErrors).toEqual([problem]);
  });

  it('drops a language without translations, and says so', () => {
    const { settings, errors } = resolveKioskSettings(
      config({ languages: ['nl', 'de', 'en'] }),
      [],
      ['en', 'nl'],
    );
    expect(settings.languages).toEqual(['nl', 'en']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('languages');
    expect(errors[0]?.message).toContain('"de"');
    expect(settings.configErrors).toEqual(errors);
  });

  it('moves the default language to a shipped one when its own has no translations', () => {
    const { settings, errors } = resolveKioskSettings(
      config({ languages: ['de', 'en'], defaultLanguage: 'de' }),
      [],
      ['en', 'nl'],
    );
    expect(settings.languages).toEqual(['en']);
    expect(settings.defaultLanguage).toBe('en');
    expect(errors.map((error) => error.field)).toEqual(['languages', 'defaultLanguage']);
  });

  it('falls back to every shipped language when none of the configured ones is shipped', () => {
    const { settings } = resolveKioskSettings(
      config({ languages: ['de', 'fr'], defaultLanguage: 'de' }),
      [],
      ['en', 'nl'],
    );
    expect(settings.languages).toEqual(['en', 'nl']);
    expect(settings.defaultLanguage).toBe('en');
  });

  it('trusts the configured languages when the locales folder cannot be listed', () => {
    const { settings, errors } = resolveKioskSettings(config(), [], []);
    expect(settings.languages).toEqual(['nl', 'en']);
    expect(errors).toEqual([]);
  });

  it('does not share arrays with the config', () => {
    const base = config();
    const { settings } = resolveKioskSettings(base, [], []);
    expect(settings.languages).not.toBe(base.languages);
  });
});
