import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  CONFIG_FILE_FIELDS,
  type ConfigError,
  parseConfig,
  PIN_HASH_HEX_CHARS,
  PIN_SALT_HEX_CHARS,
  RETIRED_FIELDS,
} from './config-file-schema';
import { DEFAULT_CONFIG, type KioskConfig } from './kiosk-settings';

const HASH = 'a'.repeat(64);
const SALT = 'b'.repeat(48);

function fields(errors: ConfigError[]): string[] {
  return errors.map((error) => error.field);
}

function expectOneError(raw: Record<string, unknown>, field: string): ConfigError {
  const { errors } = parseConfig(raw);
  expect(fields(errors)).toEqual([field]);
  const [error] = errors;
  if (error === undefined) throw new Error('unreachable');
  return error;
}

describe('parseConfig: whole input', () => {
  it('returns the defaults with no errors for an empty object', () => {
    expect(parseConfig({})).toEqual({ config: DEFAULT_CONFIG, errors: [] });
  });

  it('documents the defaults', () => {
    expect(DEFAULT_CONFIG).toEqual({
      mode: 'kiosk',
      defaultLanguage: 'nl',
      languages: ['nl', 'en'],
      idleSeconds: 90,
      idleWarningSeconds: 30,
      staffPin: null,
      printer: null,
      printsPerSession: 2,
      printsPerHour: 20,
      nightlyReload: 'off',
      presenterMode: false,
      presenterIdleMinutes: 20,
      kioskDisplay: 'auto',
      logMaxBytes: 1024 * 1024,
      readAloud: true,
      speechRate: 0.9,
    });
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.languages)).toBe(true);
  });

  it.each([
    ['null', null, 'null'],
    ['a list', [1, 2], 'a list'],
    ['a number', 42, 'a number'],
    ['text', '{"mode":"kiosk"}', 'text'],
    ['undefined', undefined, 'nothing'],
  ])('rejects %s at the top level and uses all defaults', (_name, raw, kind) => {
    const { config, errors } = parseConfig(raw);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(errors).toEqual([
      {
        field: '(file)',
        message: `the config file must contain one JSON object like {"idleSeconds": 90} (got ${kind}) — using all defaults`,
      },
    ]);
  });

  it('keeps every valid field when others are bad (per-field fallback)', () => {
    const { config, errors } = parseConfig({
      mode: 'windowed',
      idleSeconds: -5,
      idleWarningSeconds: 45,
      printing: 'no',
      presenterMode: true,
      idleSecs: 100,
    });
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      mode: 'windowed',
      idleWarningSeconds: 45,
      presenterMode: true,
    });
    expect(fields(errors)).toEqual(['idleSeconds', 'printing', 'idleSecs']);
  });

  it('does not let a "__proto__" key change anything', () => {
    const { config, errors } = parseConfig(JSON.parse('{"__proto__": {"mode": "windowed"}}'));
    expect(config.mode).toBe('kiosk');
    expect(fields(errors)).toEqual(['__proto__']);
  });

  it("ignores inherited values: only the object's own keys count", () => {
    const raw: unknown = Object.create({ mode: 'windowed', idleSeconds: 120 });
    expect(parseConfig(raw)).toEqual({ config: DEFAULT_CONFIG, errors: [] });
  });

  it('treats the names of Object.prototype members as unknown settings', () => {
    const raw = JSON.parse(
      '{"constructor": 1, "toString": "x", "hasOwnProperty": null, "valueOf": {}}',
    );
    const { config, errors } = parseConfig(raw);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(fields(errors)).toEqual(['constructor', 'toString', 'hasOwnProperty', 'valueOf']);
  });

  it('accepts a null-prototype object', () => {
    const raw = Object.assign(Object.create(null) as Record<string, unknown>, {
      mode: 'windowed',
    });
    expect(parseConfig(raw)).toEqual({
      config: { ...DEFAULT_CONFIG, mode: 'windowed' },
      errors: [],
    });
  });
});

describe('parseConfig: messages staff can act on', () => {
  it('names the field, the rule, the bad value and the fallback', () => {
    expect(expectOneError({ idleSeconds: -5 }, 'idleSeconds').message).toBe(
      'idleSeconds: must be a whole number from 30 to 3600 (got -5); using 90',
    );
    expect(expectOneError({ mode: 'fullscreen' }, 'mode').message).toBe(
      'mode: must be "kiosk" or "windowed" (got "fullscreen"); using "kiosk"',
    );
    expect(expectOneError({ languages: ['nl', 'nl'] }, 'languages').message).toBe(
      'languages: must be a non-empty list of different language codes like ["nl", "en"] (got ["nl","nl"]); using ["nl","en"]',
    );
  });

  it('explains that a quoted number or boolean is text', () => {
    expect(expectOneError({ idleSeconds: '120' }, 'idleSeconds').message).toBe(
      'idleSeconds: must be a whole number from 30 to 3600 (got "120", which is text — write it without quotes: 120); using 90',
    );
    expect(expectOneError({ presenterMode: 'false' }, 'presenterMode').message).toContain(
      'write it without quotes: false',
    );
    // No hint when the unquoted value would be wrong too.
    expect(expectOneError({ idleSeconds: '5' }, 'idleSeconds').message).not.toContain('quotes');
  });

  it('shortens very long values', () => {
    const { message } = expectOneError({ mode: 'x'.repeat(500) }, 'mode');
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
  });

  it('shortens a very long unknown key and suggests nothing for it', () => {
    const key = `idleSeconds${'x'.repeat(100_000)}`;
    const [error] = parseConfig({ [key]: 1 }).errors;
    expect(error?.field).toBe(key);
    expect(error?.message.length).toBeLessThan(120);
    expect(error?.message).toMatch(/^unknown setting "idleSecondsx+…" \(ignored\)$/);
  });

  it('escapes control characters and lone surrogates in an unknown key', () => {
    const [error] = parseConfig({ 'a\u0000\u001b[31m\ud800': 1 }).errors;
    expect(error?.message).toBe('unknown setting "a\\u0000\\u001b[31m\\ud800" (ignored)');
  });

  it('describes values JSON cannot write without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(expectOneError({ mode: 10n }, 'mode').message).toContain('(got a bigint)');
    expect(expectOneError({ mode: cyclic }, 'mode').message).toContain('(got an object)');
    expect(expectOneError({ mode: Symbol('x') }, 'mode').message).toContain('(got Symbol(x))');
    expect(expectOneError({ mode: undefined }, 'mode').message).toContain('(got undefined)');
    expect(expectOneError({ mode: NaN }, 'mode').message).toContain('(got NaN)');
  });

  it('reports each unknown setting, suggesting a near miss', () => {
    const { config, errors } = parseConfig({ idleSecs: 100, Mode: 'windowed', colour: 'red' });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(errors).toEqual([
      {
        field: 'idleSecs',
        message: 'unknown setting "idleSecs" (ignored) — did you mean "idleSeconds"?',
      },
      { field: 'Mode', message: 'unknown setting "Mode" (ignored) — did you mean "mode"?' },
      { field: 'colour', message: 'unknown setting "colour" (ignored)' },
    ]);
  });
});

describe('parseConfig: whole-number ranges', () => {
  const ranges: Array<[keyof KioskConfig, number, number]> = [
    ['idleSeconds', 30, 3600],
    ['idleWarningSeconds', 20, 300],
    ['logMaxBytes', 64 * 1024, 50 * 1024 * 1024],
  ];

  it.each(ranges)('%s accepts its bounds %d and %d', (field, min, max) => {
    expect(parseConfig({ [field]: min })).toEqual({
      config: { ...DEFAULT_CONFIG, [field]: min },
      errors: [],
    });
    expect(parseConfig({ [field]: max }).config[field]).toBe(max);
  });

  it.each(ranges)(
    '%s rejects values outside %d..%d, fractions and non-numbers',
    (field, min, max) => {
      for (const bad of [min - 1, max + 1, 0, -5, min + 0.5, 1e300, '60', null, true, [min], {}]) {
        const { config, errors } = parseConfig({ [field]: bad });
        expect(config[field]).toBe(DEFAULT_CONFIG[field]);
        expect(fields(errors)).toEqual([field]);
        expect(errors[0]?.message).toMatch(
          new RegExp(`^${field}: must be a whole number from ${min}`),
        );
      }
    },
  );

  it.each([
    ['printsPerSession', 1, 10, 2],
    ['printsPerHour', 1, 200, 20],
  ] as const)('%s allows %i to %i', (field, min, max, fallback) => {
    for (const good of [min, max]) expect(parseConfig({ [field]: good }).config[field]).toBe(good);
    for (const bad of [min - 1, max + 1, 1.5, null]) {
      expect(expectOneError({ [field]: bad }, field).message).toMatch(
        new RegExp(
          `^${field}: must be a whole number from ${min} to ${max} \\(got .*\\); using ${fallback}$`,
        ),
      );
    }
  });
});

describe('parseConfig: the printer', () => {
  it.each(['HP LaserJet Balie', 'Brother_HL-L2350DW', 'Kyocera (2e verdieping)', null])(
    'accepts %j',
    (printer) => {
      expect(parseConfig({ printer })).toEqual({
        config: { ...DEFAULT_CONFIG, printer },
        errors: [],
      });
    },
  );

  it('accepts a name of exactly 200 characters', () => {
    expect(parseConfig({ printer: 'a'.repeat(200) })).toEqual({
      config: { ...DEFAULT_CONFIG, printer: 'a'.repeat(200) },
      errors: [],
    });
  });

  it.each([
    '',
    'a'.repeat(201),
    'HP\nLaserJet',
    'HP\tLaserJet',
    'HP\u0000',
    'HP\u001b[2J',
    'HP\u007f',
    'HP\u0085',
    '\u202eHP',
    'HP\u200bLaserJet',
    '\ufeffHP',
    42,
    true,
    false,
    ['HP'],
    { name: 'HP' },
  ])('refuses %j and leaves printing off', (printer) => {
    const { config, errors } = parseConfig({ printer });
    expect(config.printer).toBeNull();
    expect(fields(errors)).toEqual(['printer']);
  });

  it('explains what a printer name looks like, and falls back to null', () => {
    expect(expectOneError({ printer: 42 }, 'printer').message).toBe(
      'printer: must be the printer\'s name as the computer lists it, like "HP LaserJet", or null (got 42); using null',
    );
  });

  it('describes a refused name without its control characters breaking the message', () => {
    const { message } = expectOneError({ printer: 'HP\u0000\n\u001b' }, 'printer');
    expect(message).toContain('(got "HP\\u0000\\n\\u001b")');
    expect(message).not.toMatch(/\p{Cc}/u);
  });
});

describe('parseConfig: retired fields', () => {
  it('says what replaced "printing", and never turns printing on', () => {
    const { config, errors } = parseConfig({ printing: true });
    expect(config.printer).toBeNull();
    expect(errors).toEqual([
      {
        field: 'printing',
        message:
          'printing: replaced by "printer" (the printer\'s name as the computer lists it); without it the print button is not shown (ignored)',
      },
    ]);
  });

  it('says that attractCycleSeconds is no longer used', () => {
    expect(expectOneError({ attractCycleSeconds: 8 }, 'attractCycleSeconds').message).toBe(
      'attractCycleSeconds: no longer used: the start screen does not cycle (ignored)',
    );
  });

  it.each(Object.keys(RETIRED_FIELDS))(
    '%s is ignored whatever its value, with the same message',
    (field) => {
      for (const value of [true, false, 0, 8, -1, 'yes', null, [], {}]) {
        const { config, errors } = parseConfig({ [field]: value });
        expect(config).toEqual(DEFAULT_CONFIG);
        expect(errors).toEqual([{ field, message: `${field}: ${RETIRED_FIELDS[field]}` }]);
      }
    },
  );

  it('keeps a valid printer next to the retired printing flag', () => {
    const { config, errors } = parseConfig({
      printing: false,
      printer: 'HP LaserJet Balie',
      attractCycleSeconds: 8,
    });
    expect(config).toEqual({ ...DEFAULT_CONFIG, printer: 'HP LaserJet Balie' });
    expect(fields(errors)).toEqual(['printing', 'attractCycleSeconds']);
  });

  it('are not config file fields any more', () => {
    for (const field of Object.keys(RETIRED_FIELDS)) {
      expect(CONFIG_FILE_FIELDS).not.toContain(field);
      expect(Object.keys(DEFAULT_CONFIG)).not.toContain(field);
    }
  });
});

describe('parseConfig: text and boolean fields', () => {
  it.each(['off', '00:00', '03:30', '23:59', '12:05'])('nightlyReload accepts %s', (value) => {
    expect(parseConfig({ nightlyReload: value })).toEqual({
      config: { ...DEFAULT_CONFIG, nightlyReload: value },
      errors: [],
    });
  });

  it.each(['24:00', '3:30', '03:60', '03:30:00', 'on', 'OFF', '', 330])(
    'nightlyReload rejects %j',
    (value) => {
      expect(expectOneError({ nightlyReload: value }, 'nightlyReload').message).toMatch(
        /^nightlyReload: must be "off" or a 24-hour time like "03:30" \(got .*\); using "off"$/,
      );
    },
  );

  it.each(['presenterMode', 'readAloud'] as const)('%s must be a real boolean', (field) => {
    expect(parseConfig({ [field]: !DEFAULT_CONFIG[field] }).config[field]).toBe(
      !DEFAULT_CONFIG[field],
    );
    for (const bad of ['true', 1, 0, null]) {
      const { config, errors } = parseConfig({ [field]: bad });
      expect(config[field]).toBe(DEFAULT_CONFIG[field]);
      expect(errors[0]?.message).toMatch(new RegExp(`^${field}: must be true or false`));
    }
  });

  it('speechRate accepts 0.5 to 1.5, fractions included', () => {
    for (const rate of [0.5, 0.75, 1, 1.5])
      expect(parseConfig({ speechRate: rate }).config.speechRate).toBe(rate);
    for (const bad of [0.49, 1.51, 0, -1, '0.8', null, Number.NaN]) {
      const { config, errors } = parseConfig({ speechRate: bad });
      expect(config.speechRate).toBe(0.9);
      expect(errors[0]?.message).toMatch(/^speechRate: must be a number from 0\.5 to 1\.5/);
    }
    expect(expectOneError({ speechRate: '0.8' }, 'speechRate').message).toContain(
      'write it without quotes: 0.8',
    );
  });

  it('mode accepts kiosk and windowed only', () => {
    expect(parseConfig({ mode: 'windowed' }).config.mode).toBe('windowed');
    expect(parseConfig({ mode: 'kiosk' }).config.mode).toBe('kiosk');
    expect(parseConfig({ mode: 'Kiosk' }).config.mode).toBe('kiosk');
    expect(fields(parseConfig({ mode: 'Kiosk' }).errors)).toEqual(['mode']);
  });
});

describe('parseConfig: languages', () => {
  it.each([[['nl']], [['en', 'nl', 'de']], [['en-GB', 'fy', 'pap']]])('accepts %j', (languages) => {
    const { config, errors } = parseConfig({ languages });
    expect(errors).toEqual([]);
    expect(config.languages).toEqual(languages);
  });

  it.each([[[]], [['nl', 'nl']], [['NL']], [['en-gb']], [['english']], ['nl'], [[1]], [null]])(
    'rejects %j and uses ["nl","en"]',
    (languages) => {
      const { config } = parseConfig({ languages });
      expect(config.languages).toEqual(['nl', 'en']);
      expectOneError({ languages }, 'languages');
    },
  );

  it('uses defaultLanguage when it is one of languages', () => {
    const { config, errors } = parseConfig({ languages: ['nl', 'en'], defaultLanguage: 'en' });
    expect(errors).toEqual([]);
    expect(config.defaultLanguage).toBe('en');
  });

  it('falls back to the first of languages when defaultLanguage is not listed', () => {
    const error = expectOneError(
      { languages: ['en', 'de'], defaultLanguage: 'nl' },
      'defaultLanguage',
    );
    expect(error.message).toBe(
      'defaultLanguage: must be one of languages ("en", "de") (got "nl"); using "en"',
    );
    expect(parseConfig({ languages: ['en', 'de'], defaultLanguage: 'nl' }).config).toMatchObject({
      languages: ['en', 'de'],
      defaultLanguage: 'en',
    });
  });

  it('uses the first of languages when defaultLanguage is not set', () => {
    expect(parseConfig({ languages: ['en', 'nl'] })).toMatchObject({
      config: { defaultLanguage: 'en' },
      errors: [],
    });
  });

  it('rejects a defaultLanguage that is not a language code', () => {
    for (const bad of [7, 'Dutch', null, ['nl']]) {
      const { config, errors } = parseConfig({ defaultLanguage: bad });
      expect(config.defaultLanguage).toBe('nl');
      expect(errors[0]?.message).toMatch(/^defaultLanguage: must be a language code like "nl"/);
    }
  });

  it('checks defaultLanguage against the fallback languages when languages is bad', () => {
    const { config, errors } = parseConfig({ languages: 'en', defaultLanguage: 'en' });
    expect(config).toMatchObject({ languages: ['nl', 'en'], defaultLanguage: 'en' });
    expect(fields(errors)).toEqual(['languages']);
  });
});

describe('parseConfig: staff PIN', () => {
  it('models no PIN as null', () => {
    expect(parseConfig({}).config.staffPin).toBeNull();
  });

  it('combines a valid hash and salt, normalised to lowercase', () => {
    const { config, errors } = parseConfig({
      staffPinHash: HASH.toUpperCase(),
      staffPinSalt: SALT,
    });
    expect(errors).toEqual([]);
    expect(config.staffPin).toEqual({ hash: HASH, salt: SALT });
  });

  it('needs both: a hash without a salt names the missing salt', () => {
    const { config, errors } = parseConfig({ staffPinHash: HASH });
    expect(config.staffPin).toBeNull();
    expect(fields(errors)).toEqual(['staffPinSalt']);
    expect(errors[0]?.message).toMatch(
      /^staffPinSalt: missing — staffPinHash and staffPinSalt must be set together/,
    );
  });

  it('needs both: a salt without a hash names the missing hash', () => {
    const { config, errors } = parseConfig({ staffPinSalt: SALT });
    expect(config.staffPin).toBeNull();
    expect(fields(errors)).toEqual(['staffPinHash']);
  });

  it.each([
    [
      'a hash that is too short',
      { staffPinHash: 'a'.repeat(63), staffPinSalt: SALT },
      'staffPinHash',
    ],
    [
      'a hash that is too long',
      { staffPinHash: 'a'.repeat(65), staffPinSalt: SALT },
      'staffPinHash',
    ],
    [
      'a hash that is not hex',
      { staffPinHash: 'g'.repeat(64), staffPinSalt: SALT },
      'staffPinHash',
    ],
    [
      'a salt of the wrong length',
      { staffPinHash: HASH, staffPinSalt: 'b'.repeat(64) },
      'staffPinSalt',
    ],
    ['a salt that is a number', { staffPinHash: HASH, staffPinSalt: 12345678 }, 'staffPinSalt'],
    ['a hash that is null', { staffPinHash: null, staffPinSalt: SALT }, 'staffPinHash'],
  ])('rejects %s: no PIN is active', (_name, raw, field) => {
    const error = expectOneError(raw, field);
    expect(error.message).toMatch(new RegExp(`^${field}: must be (64|48) hexadecimal characters`));
    expect(error.message).toContain('no staff PIN is active');
    expect(parseConfig(raw).config.staffPin).toBeNull();
  });

  it('never repeats the value of a PIN field, which may be the PIN itself', () => {
    const { errors } = parseConfig({ staffPinHash: '482913', staffPinSalt: SALT });
    expect(errors[0]?.message).not.toContain('482913');
    expect(errors[0]?.message).toContain('(got 6 characters)');
  });

  it('refuses a salt from the older hash-pin.mjs, which allowed PINs under 6 digits', () => {
    const { config, errors } = parseConfig({ staffPinHash: HASH, staffPinSalt: 'b'.repeat(32) });
    expect(config.staffPin).toBeNull();
    expect(errors).toEqual([
      {
        field: 'staffPinSalt',
        message:
          'staffPinSalt: made by an older hash-pin.mjs that allowed PINs shorter than 6 digits; make a new pair with "node scripts/hash-pin.mjs <PIN of 6 or more digits>"; no staff PIN is active',
      },
    ]);
  });

  it('documents the lengths hash-pin.mjs prints: a 64-character hash, a 48-character salt', () => {
    expect(PIN_HASH_HEX_CHARS).toBe(64);
    expect(PIN_SALT_HEX_CHARS).toBe(48);
  });

  it.each([47, 49, 64, 31, 33, 0])('refuses a salt of %i hex characters as wrong', (length) => {
    const error = expectOneError(
      { staffPinHash: HASH, staffPinSalt: 'b'.repeat(length) },
      'staffPinSalt',
    );
    expect(error.message).toMatch(/^staffPinSalt: must be 48 hexadecimal characters/);
    expect(error.message).toContain(`(got ${length} characters)`);
  });

  it('recognises an older salt in capitals too', () => {
    const error = expectOneError(
      { staffPinHash: HASH, staffPinSalt: 'B'.repeat(32) },
      'staffPinSalt',
    );
    expect(error.message).toMatch(/^staffPinSalt: made by an older hash-pin\.mjs/);
  });

  it('reports both a bad hash and a missing salt', () => {
    expect(fields(parseConfig({ staffPinHash: 'nope' }).errors)).toEqual([
      'staffPinHash',
      'staffPinSalt',
    ]);
  });
});

describe('parseConfig: properties', () => {
  const anyConfigLike = fc.dictionary(
    fc.constantFrom(...CONFIG_FILE_FIELDS, 'other'),
    fc.oneof(
      fc.jsonValue(),
      fc.integer({ min: -10, max: 4000 }),
      fc.constantFrom('nl', 'en', 'kiosk', 'windowed', '03:30', HASH, SALT),
      fc.constantFrom(['nl', 'en'], ['en'], ['de', 'en']),
    ),
  );

  it('never throws, and its result parses again unchanged without errors', () => {
    fc.assert(
      fc.property(fc.oneof(anyConfigLike, fc.jsonValue()), (raw) => {
        const { config } = parseConfig(raw);
        const { staffPin, ...rest } = config;
        const asFile = {
          ...rest,
          ...(staffPin === null
            ? {}
            : { staffPinHash: staffPin.hash, staffPinSalt: staffPin.salt }),
        };
        expect(parseConfig(asFile)).toEqual({ config, errors: [] });
        expect(config.languages).toContain(config.defaultLanguage);
      }),
    );
  });
});

describe('parseConfig: input a JSON file cannot hold, but a direct call can', () => {
  // Shortening a value once cut at 60 UTF-16 code units, which can split a surrogate pair and
  // leave a lone surrogate in the message (shown as U+FFFD once written to the log as UTF-8).
  it('keeps messages well-formed when shortening a value of emoji', () => {
    const { message } = expectOneError({ mode: '😀'.repeat(40) }, 'mode');
    expect(message).not.toMatch(LONE_SURROGATE);
  });
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
