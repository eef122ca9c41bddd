// Generated hostile config files: whatever a clinic's editor, a disk error or a prank leaves in
// kiosk-config.json, reading it gives a usable config and a list of problems, never an
// exception, and what it gives passes its own checks (issue 8, item 7).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { LANGUAGE_CODE } from '../../shared/language-code';
import {
  CONFIG_FILE_FIELDS,
  type ConfigError,
  FILE_FIELD,
  parseConfig,
  RETIRED_FIELDS,
} from '../../shared/settings/config-file-schema';
import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';
import { DEFAULT_MAX_CONFIG_BYTES, loadConfigFile } from './config-file';
import { loadKioskSetup } from './kiosk-setup';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two locales folders: one as shipped (nl, en), one that does not exist (configured languages
// are then trusted as they are).
const SHIPPED = ['en', 'nl'];
const shippedLocales = join(dir, 'locales');
for (const code of SHIPPED) mkdirSync(join(shippedLocales, code), { recursive: true });
const missingLocales = join(dir, 'no-locales');

let fileNumber = 0;
function file(content: string | Uint8Array): string {
  fileNumber += 1;
  const path = join(dir, `config-${fileNumber}.json`);
  writeFileSync(path, content);
  return path;
}

const KNOWN_KEYS = [...CONFIG_FILE_FIELDS, ...Object.keys(RETIRED_FIELDS)];

const WEIRD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'mode ',
  'MODE',
  'idleSecs',
  '\u0000',
  'a\u001b[2Jb',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202emode',
  '\ufeffmode',
  '😀'.repeat(40),
  'x'.repeat(10_000),
];

const hostileKey = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS),
  fc.constantFrom(...WEIRD_KEYS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ minLength: 65, maxLength: 400 }),
);

const HOSTILE_CONSTANTS = [
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  1e308,
  0.1,
  90.0000001,
  '\u0000',
  '\ud800',
  '\udc00x',
  '\u202e',
  '\ufeff',
  ' 90 ',
  '90',
  'true',
  'null',
  '😀'.repeat(40),
  'a\u0301'.repeat(50),
];

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom(...HOSTILE_CONSTANTS),
  fc.array(fc.jsonValue(), { maxLength: 50 }),
  fc.uniqueArray(fc.stringMatching(LANGUAGE_CODE), { minLength: 0, maxLength: 25 }),
  fc.constantFrom('a'.repeat(64), 'b'.repeat(48), 'c'.repeat(32), 'kiosk', 'windowed', '03:30'),
);

const configLike = fc.dictionary(hostileKey, hostileValue, { maxKeys: 30 });

/** Every known field (current and retired) present at once, each with any JSON value. */
const everyField = fc.record(
  Object.fromEntries(KNOWN_KEYS.map((key) => [key, hostileValue])) as Record<
    string,
    typeof hostileValue
  >,
);

/**
 * Built with a loop, so that building it cannot overflow the stack. A tree, as JSON.parse
 * makes: no subtree is shared (a value reachable by 2^n paths would take JSON.stringify
 * 2^n steps to describe).
 */
function nested(depth: number, inner: unknown = 'deep', mix = true): unknown {
  let value = inner;
  for (let i = 0; i < depth; i += 1) {
    value = mix && i % 2 === 1 ? { idleSeconds: value } : [value];
  }
  return value;
}

const PRINTER_NAME = /^[^\p{Cc}\p{Cf}]{1,200}$/u;
const LONE_SURROGATE_FREE = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

/**
 * The documented ranges, written out here rather than taken from the parser, so that a
 * fallback that produced an out-of-range value would be caught.
 */
function expectWithinDocumentedRanges(config: KioskConfig): void {
  // One expect per config (not one per field): these run tens of thousands of times.
  const isWhole = (value: number, min: number, max: number): boolean =>
    Number.isInteger(value) && value >= min && value <= max;
  const { languages, staffPin, printer } = config;
  const checks: Record<string, boolean> = {
    mode: config.mode === 'kiosk' || config.mode === 'windowed',
    languages:
      Array.isArray(languages) &&
      languages.length >= 1 &&
      languages.length <= 20 &&
      new Set(languages).size === languages.length &&
      Array.from({ length: languages.length }, (_, i) => languages[i]).every(
        (code) => typeof code === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(code),
      ),
    defaultLanguage: languages.includes(config.defaultLanguage),
    idleSeconds: isWhole(config.idleSeconds, 30, 3600),
    idleWarningSeconds: isWhole(config.idleWarningSeconds, 20, 300),
    printer: printer === null || (typeof printer === 'string' && PRINTER_NAME.test(printer)),
    printsPerSession: isWhole(config.printsPerSession, 1, 10),
    printsPerHour: isWhole(config.printsPerHour, 1, 200),
    nightlyReload: /^(off|([01]\d|2[0-3]):[0-5]\d)$/.test(config.nightlyReload),
    presenterMode: typeof config.presenterMode === 'boolean',
    logMaxBytes: isWhole(config.logMaxBytes, 64 * 1024, 50 * 1024 * 1024),
    readAloud: typeof config.readAloud === 'boolean',
    speechRate:
      typeof config.speechRate === 'number' && config.speechRate >= 0.5 && config.speechRate <= 1.5,
    staffPin:
      staffPin === null ||
      (/^[0-9a-f]{64}$/.test(staffPin.hash) && /^[0-9a-f]{48}$/.test(staffPin.salt)),
    keys: Object.keys(config).sort().join() === Object.keys(DEFAULT_CONFIG).sort().join(),
  };
  const broken = Object.keys(checks).filter((key) => !checks[key]);
  if (broken.length > 0) expect({ broken, config }).toEqual({ broken: [], config });
}

/** Written back as a file, the config parses to itself with no problem. */
function expectParsesToItself(config: KioskConfig): void {
  const { staffPin, ...rest } = config;
  const asFile = {
    ...rest,
    ...(staffPin === null ? {} : { staffPinHash: staffPin.hash, staffPinSalt: staffPin.salt }),
  };
  expect(parseConfig(JSON.parse(JSON.stringify(asFile)))).toEqual({ config, errors: [] });
}

function expectValid(config: KioskConfig): void {
  expectWithinDocumentedRanges(config);
  expectParsesToItself(config);
}

function expectUsableErrors(errors: ConfigError[]): void {
  // Values and keys are shortened: a 100 KiB value must not become a 100 KiB log line.
  const bad = errors.filter(
    (error) =>
      typeof error.field !== 'string' ||
      typeof error.message !== 'string' ||
      error.message.length === 0 ||
      error.message.length >= 1000,
  );
  if (!Array.isArray(errors) || bad.length > 0) expect(bad).toEqual([]);
}

function expectTotal(raw: unknown): { config: KioskConfig; errors: ConfigError[] } {
  const result = parseConfig(raw);
  expectValid(result.config);
  expectUsableErrors(result.errors);
  return result;
}

// Valid configs, generated from the documented ranges.
const languageCode = fc.stringMatching(LANGUAGE_CODE);
const hex = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const printerName = fc.oneof(
  fc.constantFrom('HP LaserJet Balie', 'Brother HL-L2350DW', 'Kyocera (2e verdieping)', 'x'),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
    .filter((name) => PRINTER_NAME.test(name) && LONE_SURROGATE_FREE.test(name)),
);

const validConfig: fc.Arbitrary<KioskConfig> = fc
  .record({
    mode: fc.constantFrom('kiosk' as const, 'windowed' as const),
    languages: fc.uniqueArray(languageCode, { minLength: 1, maxLength: 20 }),
    defaultIndex: fc.nat(),
    idleSeconds: fc.integer({ min: 30, max: 3600 }),
    idleWarningSeconds: fc.integer({ min: 20, max: 300 }),
    staffPin: fc.option(fc.record({ hash: hex(64), salt: hex(48) }), { nil: null }),
    printer: fc.option(printerName, { nil: null }),
    printsPerSession: fc.integer({ min: 1, max: 10 }),
    printsPerHour: fc.integer({ min: 1, max: 200 }),
    nightlyReload: fc.oneof(
      fc.constant('off'),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    ),
    presenterMode: fc.boolean(),
    presenterIdleMinutes: fc.integer({ min: 5, max: 240 }),
    kioskDisplay: fc.oneof(
      fc.constantFrom('auto' as const, 'primary' as const),
      fc.nat({ max: 2 ** 40 }),
    ),
    logMaxBytes: fc.integer({ min: 64 * 1024, max: 50 * 1024 * 1024 }),
    readAloud: fc.boolean(),
    speechRate: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  })
  .map(({ defaultIndex, languages, ...rest }) => ({
    ...rest,
    languages,
    defaultLanguage: languages[defaultIndex % languages.length]!,
  }));

function asFileObject(config: KioskConfig, upperCasePin: boolean): Record<string, unknown> {
  const { staffPin, ...rest } = config;
  if (staffPin === null) return rest;
  const shown = (text: string): string => (upperCasePin ? text.toUpperCase() : text);
  return { ...rest, staffPinHash: shown(staffPin.hash), staffPinSalt: shown(staffPin.salt) };
}

describe('parseConfig on generated input', () => {
  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { errors } = expectTotal(raw);
        // Anything but an object is one file-level problem.
        const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
        if (!isObject) expect(errors.map((error) => error.field)).toEqual([FILE_FIELD]);
      }),
      { numRuns: 300 },
    );
  });

  it('any JavaScript value (dates, maps, typed arrays, null prototypes, boxed values)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withUnicodeString: true,
      maxDepth: 4,
      // No sparse arrays: see "known problems" in src/shared/kiosk-config.test.ts.
      withSparseArray: false,
    });
    fc.assert(
      fc.property(anything, (raw) => void expectTotal(raw)),
      { numRuns: 300 },
    );
  });

  it('objects with hostile keys and values', () => {
    fc.assert(
      fc.property(configLike, (raw) => {
        const { errors } = expectTotal(raw);
        // Every key that is not a field is reported once, under its own name.
        const unknown = Object.keys(raw).filter((key) => !CONFIG_FILE_FIELDS.includes(key));
        for (const key of unknown) {
          expect(errors.filter((error) => error.field === key)).toHaveLength(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every known field at once, each with any value', () => {
    fc.assert(
      fc.property(everyField, (raw) => {
        const { errors } = expectTotal(raw);
        for (const field of Object.keys(RETIRED_FIELDS)) {
          expect(errors).toContainEqual({
            field,
            message: `${field}: ${RETIRED_FIELDS[field]}`,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every field that is valid on its own, whatever the others hold', () => {
    fc.assert(
      fc.property(validConfig, configLike, (valid, noise) => {
        const { staffPin: _staffPin, defaultLanguage: _default, ...simple } = valid;
        const noiseWithoutFields = Object.fromEntries(
          Object.entries(noise).filter(
            ([key]) => !CONFIG_FILE_FIELDS.includes(key) && key !== '__proto__',
          ),
        );
        const { config } = expectTotal({ ...noiseWithoutFields, ...simple });
        expect(config).toMatchObject(simple);
      }),
      { numRuns: 200 },
    );
  });

  it('very long strings in every field and as keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_KEYS),
        fc.integer({ min: 1_000, max: 300_000 }),
        fc.constantFrom('x', '0', ' ', '😀', '\u0000', '\ud800', '"', '\\'),
        (field, length, unit) => {
          const long = unit.repeat(Math.ceil(length / unit.length));
          expectTotal({ [field]: long });
          expectTotal({ [long]: field });
          expectTotal({ languages: [long], defaultLanguage: long });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('values nested thousands deep, in every field and at the top', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_KEYS, 'other'),
        fc.integer({ min: 1, max: 5_000 }),
        fc.boolean(),
        (field, depth, mix) => {
          expectTotal({ [field]: nested(depth, 90, mix) });
          expectTotal(nested(depth, { mode: 'windowed' }, mix));
        },
      ),
      { numRuns: 100 },
    );
    for (const field of KNOWN_KEYS) expectTotal({ [field]: nested(20_000) });
  });

  it('values JSON cannot even write: BigInt, cycles, symbols, functions', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const cyclicList: unknown[] = [];
    cyclicList.push(cyclicList);
    const toJsonThrows = {
      toJSON() {
        throw new Error('toJSON');
      },
    };
    const nullProtoNoJson = Object.assign(Object.create(null) as object, {
      toJSON: () => undefined,
    });
    for (const field of [...KNOWN_KEYS, 'other']) {
      for (const value of [
        10n,
        cyclic,
        cyclicList,
        Symbol('x'),
        () => 1,
        toJsonThrows,
        nullProtoNoJson,
        undefined,
        NaN,
        Infinity,
        new Date(Number.NaN),
      ]) {
        const { errors } = expectTotal({ [field]: value });
        expect(errors.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('loadConfigFile and loadKioskSetup on generated files', { timeout: 30_000 }, () => {
  // loadKioskSetup with the shipped locales always; also without a locales folder when asked
  // (then it must give exactly what loadConfigFile gave).
  function load(path: string, alsoWithoutLocales = false): KioskConfig {
    const loaded = loadConfigFile(path);
    expectValid(loaded.config);
    expectUsableErrors(loaded.errors);
    expect(['defaults', 'file']).toContain(loaded.source);
    if (loaded.errors.some((error) => error.field === FILE_FIELD)) {
      expect(loaded).toEqual({
        config: DEFAULT_CONFIG,
        errors: [expect.anything()],
        source: 'defaults',
      });
    }

    for (const locales of alsoWithoutLocales
      ? [shippedLocales, missingLocales]
      : [shippedLocales]) {
      const setup = loadKioskSetup(path, locales);
      expect(setup.configPath).toBe(path);
      expect(setup.source).toBe(loaded.source);
      expectWithinDocumentedRanges(setup.config);
      expectUsableErrors(setup.errors);
      // The setup starts with the file's own problems, then adds the languages'.
      expect(setup.errors.slice(0, loaded.errors.length)).toEqual(loaded.errors);
      if (locales === shippedLocales) {
        for (const code of setup.config.languages) expect(SHIPPED).toContain(code);
      } else {
        expect(setup.config).toEqual(loaded.config);
      }
    }
    return loaded.config;
  }

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => void load(file(bytes), true)),
      { numRuns: 200 },
    );
  });

  it('random bytes after a UTF-8 BOM, a UTF-16 BOM or an opening brace', () => {
    const prefix = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x7b], []);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 500 }), (head, bytes) => {
        load(file(Buffer.concat([Buffer.from(head), bytes])));
      }),
      { numRuns: 200 },
    );
  });

  it('JSON with a BOM, in UTF-16 with either byte order, cut short, or with NUL bytes', () => {
    fc.assert(
      fc.property(fc.oneof(configLike, fc.jsonValue()), fc.nat(), (raw, cut) => {
        const text = JSON.stringify(raw) ?? 'null';
        const utf16le = Buffer.from(text, 'utf16le');
        // A UTF-8 BOM (Notepad's "UTF-8 with BOM") changes nothing.
        expect(load(file(`\ufeff${text}`), true)).toEqual(parseConfig(JSON.parse(text)).config);
        load(file(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])));
        load(file(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])));
        // UTF-16 without a BOM: NUL bytes between the characters.
        load(file(utf16le));
        load(file(Buffer.from(text).subarray(0, cut % (Buffer.byteLength(text) + 1))));
        load(file(text.replace(/,/g, ',\u0000')));
        load(file(`${text}\u0000\u0000`));
      }),
      // Seven files a run: 700 files in all.
      { numRuns: 100 },
    );
  });

  it('valid JSON with one invalid UTF-8 sequence put in', () => {
    const invalid = fc.constantFrom(
      [0xff],
      [0xc0, 0xaf], // overlong "/"
      [0xe0, 0x80, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0x80], // a lone continuation byte
      [0xe2, 0x82], // cut short
    );
    fc.assert(
      fc.property(configLike, invalid, fc.nat(), (raw, bad, at) => {
        const bytes = Buffer.from(JSON.stringify(raw));
        const index = at % (bytes.length + 1);
        const path = file(
          Buffer.concat([bytes.subarray(0, index), Buffer.from(bad), bytes.subarray(index)]),
        );
        expect(load(path)).toBe(DEFAULT_CONFIG);
        expect(loadConfigFile(path).errors).toEqual([
          {
            field: FILE_FIELD,
            message: 'the config file is not UTF-8 text; save it as UTF-8 — using all defaults',
          },
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('deep nesting, empty and blank files, NUL bytes, and files over the size limit', () => {
    const cases: (string | Uint8Array)[] = [
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
      Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0x7d]),
      '['.repeat(100_000),
      '{"a":'.repeat(100_000),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}`,
      `{"idleSeconds": ${'['.repeat(50_000)}1${']'.repeat(50_000)}}`,
      `{"languages": ${'['.repeat(50_000)}${']'.repeat(50_000)}, "defaultLanguage": "en"}`,
      '',
      ' \n\t\r ',
      '\ufeff',
      '\ufeff \n',
      '\u0000',
      Buffer.alloc(4096),
      '\u0000{}',
      '{}\u0000',
      `{"printer": "${'x'.repeat(DEFAULT_MAX_CONFIG_BYTES)}"}`,
      `{}${' '.repeat(DEFAULT_MAX_CONFIG_BYTES)}`,
      Buffer.alloc(DEFAULT_MAX_CONFIG_BYTES + 1, 0x20),
      `{"a": ${'1'.repeat(DEFAULT_MAX_CONFIG_BYTES - 10)}}`,
      `{"idleSeconds": 1${'0'.repeat(400)}}`,
      `{"idleSeconds": 1e999999, "logMaxBytes": -1e999999}`,
    ];
    for (const content of cases) {
      expect(load(file(content))).toMatchObject({ logMaxBytes: DEFAULT_CONFIG.logMaxBytes });
    }
  });

  it('a valid file always comes back exactly, with no problems', () => {
    const layout = fc.constantFrom('pretty', 'compact', 'bom', 'crlf', 'upper-case PIN');
    fc.assert(
      fc.property(validConfig, layout, (config, how) => {
        const raw = asFileObject(config, how === 'upper-case PIN');
        const text =
          how === 'compact'
            ? JSON.stringify(raw)
            : JSON.stringify(raw, null, how === 'crlf' ? '\t' : 2);
        const content =
          how === 'bom' ? `\ufeff${text}` : how === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
        const loaded = loadConfigFile(file(content));
        expect(loaded).toEqual({ config, errors: [], source: 'file' });
      }),
      { numRuns: 200 },
    );
  });

  it('a valid file with only shipped languages comes through loadKioskSetup unchanged', () => {
    const shippedConfig = validConfig.map((config) => ({
      ...config,
      languages: config.defaultLanguage === 'en' ? ['en', 'nl'] : ['nl', 'en'],
      defaultLanguage: config.defaultLanguage === 'en' ? 'en' : 'nl',
    }));
    fc.assert(
      fc.property(shippedConfig, (config) => {
        const path = file(JSON.stringify(asFileObject(config, false)));
        expect(loadKioskSetup(path, shippedLocales)).toEqual({
          configPath: path,
          source: 'file',
          config,
          errors: [],
        });
      }),
      { numRuns: 100 },
    );
  });
});
