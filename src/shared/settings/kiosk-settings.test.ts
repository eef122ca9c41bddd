import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CONFIG_FILE_FIELDS, parseConfig } from './config-file-schema';
import {
  DEFAULT_CONFIG,
  DEFAULT_SETTINGS,
  initialRuntime,
  type KioskRuntime,
  type KioskSettings,
  publicSettings,
  settingsFromUnknown,
} from './kiosk-settings';

const HASH = 'a'.repeat(64);
const SALT = 'b'.repeat(48);

describe('initialRuntime and DEFAULT_SETTINGS', () => {
  it('starts from the config, with the printer not yet found', () => {
    const config = parseConfig({
      mode: 'windowed',
      presenterMode: true,
      languages: ['en', 'nl'],
      printer: 'HP',
    }).config;
    expect(initialRuntime(config)).toEqual({
      mode: 'windowed',
      presenterMode: true,
      defaultLanguage: 'en',
      printerReady: false,
    });
  });

  it('documents the settings the renderer starts with', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      mode: 'kiosk',
      defaultLanguage: 'nl',
      languages: ['nl', 'en'],
      idleSeconds: 90,
      idleWarningSeconds: 30,
      printing: false,
      presenterMode: false,
      staffPinConfigured: false,
      configProblems: 0,
      readAloud: true,
      speechRate: 0.9,
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('publicSettings', () => {
  const withPin = parseConfig({
    staffPinHash: HASH,
    staffPinSalt: SALT,
    printer: 'HP LaserJet Balie',
    printsPerSession: 3,
    printsPerHour: 50,
    nightlyReload: '03:30',
    logMaxBytes: 2 * 1024 * 1024,
  }).config;
  const ready: KioskRuntime = { ...initialRuntime(withPin), printerReady: true };

  it('never contains the staff PIN, its hash or its salt', () => {
    const settings = publicSettings(withPin, ready, 0);
    const text = JSON.stringify(settings);
    expect(text).not.toContain(HASH);
    expect(text).not.toContain(SALT);
    expect(Object.keys(settings)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/staffPin$|hash|salt/i)]),
    );
    expect(settings.staffPinConfigured).toBe(true);
  });

  it('has exactly the public fields, nothing else from the config', () => {
    expect(Object.keys(publicSettings(withPin, ready, 0)).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS).sort(),
    );
  });

  it.each([
    ['a printer that is ready', 'HP', true, true],
    ['a printer that was not found', 'HP', false, false],
    ['no printer, even if the runtime says ready', null, true, false],
    ['no printer', null, false, false],
  ] as const)('printing with %s: %s', (_name, printer, printerReady, printing) => {
    const config = { ...DEFAULT_CONFIG, printer };
    const runtime = { ...initialRuntime(config), printerReady };
    expect(publicSettings(config, runtime, 0).printing).toBe(printing);
  });

  it('counts the config problems, and says nothing else about them', () => {
    const { config, errors } = parseConfig({ idleSeconds: 'x', colour: 'red', printing: true });
    const settings = publicSettings(config, initialRuntime(config), errors.length);
    expect(settings.configProblems).toBe(3);
    expect(JSON.stringify(settings)).not.toMatch(/colour|idleSeconds:|printing:/);
  });

  it('takes mode, presenter mode and default language from the runtime', () => {
    const config = parseConfig({ languages: ['nl', 'en'] }).config;
    const runtime: KioskRuntime = {
      mode: 'windowed',
      presenterMode: true,
      defaultLanguage: 'en',
      printerReady: false,
    };
    expect(publicSettings(config, runtime, 0)).toMatchObject({
      mode: 'windowed',
      presenterMode: true,
      defaultLanguage: 'en',
    });
  });

  it('gives the renderer its own copy of the languages', () => {
    const settings = publicSettings(DEFAULT_CONFIG, initialRuntime(DEFAULT_CONFIG), 0);
    settings.languages.push('de');
    expect(DEFAULT_CONFIG.languages).toEqual(['nl', 'en']);
  });
});

describe('settingsFromUnknown', () => {
  const valid: KioskSettings = {
    mode: 'windowed',
    defaultLanguage: 'en',
    languages: ['nl', 'en'],
    idleSeconds: 120,
    idleWarningSeconds: 45,
    printing: true,
    presenterMode: true,
    staffPinConfigured: true,
    configProblems: 2,
    readAloud: false,
    speechRate: 1.2,
  };

  it('keeps valid settings as they are', () => {
    expect(settingsFromUnknown(valid)).toEqual(valid);
  });

  it.each([null, undefined, 42, 'settings', [], [valid], true, JSON.stringify(valid)])(
    'turns %j into the defaults',
    (raw) => {
      expect(settingsFromUnknown(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('turns an empty object into the defaults', () => {
    expect(settingsFromUnknown({})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['mode', 'fullscreen'],
    ['languages', []],
    ['languages', ['nl', 'nl']],
    ['languages', 'nl'],
    ['idleSeconds', 5],
    ['idleSeconds', '120'],
    ['idleWarningSeconds', 1000],
    ['presenterMode', 'true'],
    ['configProblems', -1],
    ['configProblems', 1.5],
    ['configProblems', '2'],
  ] as const)('a bad %s (%j) becomes its default, the rest is kept', (field, bad) => {
    const settings = settingsFromUnknown({ ...valid, [field]: bad });
    const expected = { ...valid, [field]: DEFAULT_SETTINGS[field] };
    // With the default languages back, "en" is still one of them.
    expect(settings).toEqual(expected);
  });

  it('uses the first language when defaultLanguage is not one of languages', () => {
    expect(
      settingsFromUnknown({ ...valid, languages: ['de', 'fr'], defaultLanguage: 'nl' }),
    ).toMatchObject({ languages: ['de', 'fr'], defaultLanguage: 'de' });
    expect(
      settingsFromUnknown({ ...valid, languages: ['de', 'fr'], defaultLanguage: 7 }),
    ).toMatchObject({ defaultLanguage: 'de' });
  });

  it.each([true])('turns printing on for exactly %j', (printing) => {
    expect(settingsFromUnknown({ ...valid, printing }).printing).toBe(true);
  });

  it.each(['true', 1, 'yes', {}, [true], null, false])(
    'never turns printing on for %j',
    (printing) => {
      expect(settingsFromUnknown({ ...valid, printing }).printing).toBe(false);
    },
  );

  it.each(['true', 1])('does not claim a staff PIN for %j', (staffPinConfigured) => {
    expect(settingsFromUnknown({ ...valid, staffPinConfigured }).staffPinConfigured).toBe(false);
  });

  it('drops fields the renderer does not know, such as a PIN hash', () => {
    const settings = settingsFromUnknown({
      ...valid,
      staffPinHash: HASH,
      staffPin: { hash: HASH },
    });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('does not share the languages array with its input', () => {
    const raw = { ...valid, languages: ['nl', 'en'] };
    settingsFromUnknown(raw).languages.push('de');
    expect(raw.languages).toEqual(['nl', 'en']);
  });

  it('gives back what publicSettings made, for any config', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...CONFIG_FILE_FIELDS), fc.jsonValue()),
        fc.boolean(),
        fc.nat({ max: 10_000 }),
        (raw, printerReady, problems) => {
          const { config } = parseConfig(raw);
          const settings = publicSettings(
            config,
            { ...initialRuntime(config), printerReady },
            problems,
          );
          expect(settingsFromUnknown(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
        },
      ),
    );
  });

  it('always gives settings that pass its own checks, whatever arrives', () => {
    const settingsLike = fc.dictionary(
      fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), '__proto__', 'other'),
      fc.oneof(fc.jsonValue(), fc.constantFrom(true, 'nl', 'en', ['nl', 'en'], ['en'], 'windowed')),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), settingsLike), (raw) => {
        const settings = settingsFromUnknown(raw);
        expect(settingsFromUnknown(settings)).toEqual(settings);
        expect(settings.languages).toContain(settings.defaultLanguage);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
    );
  });
});

describe('input a JSON file cannot hold, but a direct call or IPC can', () => {
  // Array.prototype.every skips the holes of a sparse array: [, "nl"] once passed as valid.
  it('refuses a sparse languages list', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, 'nl'];
    expect(parseConfig({ languages: sparse }).config.languages).toEqual(['nl', 'en']);
    expect(settingsFromUnknown({ languages: sparse }).languages).toEqual(['nl', 'en']);
  });
});

describe('read aloud settings across the process boundary', () => {
  it('publicSettings passes readAloud and speechRate to the renderer', () => {
    const { config } = parseConfig({ readAloud: false, speechRate: 1.2 });
    expect(publicSettings(config, initialRuntime(config), 0)).toMatchObject({
      readAloud: false,
      speechRate: 1.2,
    });
  });

  it('settingsFromUnknown keeps good values and replaces bad ones by the defaults', () => {
    expect(settingsFromUnknown({ readAloud: false, speechRate: 0.6 })).toMatchObject({
      readAloud: false,
      speechRate: 0.6,
    });
    expect(settingsFromUnknown({ readAloud: 'no', speechRate: 9 })).toMatchObject({
      readAloud: true,
      speechRate: 0.9,
    });
  });
});
