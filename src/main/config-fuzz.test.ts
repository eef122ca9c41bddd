// Generated hostile config files: whatever a clinic's editor, a disk error or a prank leaves in
// kiosk-config.json, reading it gives a usable config and a list of problems, never an
// exception, and what it gives passes its own checks.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, type KioskConfig, parseConfig } from '../shared/kiosk-config';
import { DEFAULT_MAX_CONFIG_BYTES, loadConfigFile } from './config-file';
import { loadKioskSetup } from './kiosk-setup';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-fuzz-'));
const locales = join(dir, 'locales');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNumber = 0;
function file(content: string | Uint8Array): string {
  fileNumber += 1;
  const path = join(dir, `config-${fileNumber}.json`);
  writeFileSync(path, content);
  return path;
}

const FIELDS = [
  'mode',
  'defaultLanguage',
  'languages',
  'idleSeconds',
  'idleWarningSeconds',
  'printer',
  'printsPerSession',
  'printsPerHour',
  'nightlyReload',
  'presenterMode',
  'logMaxBytes',
  'readAloud',
  'speechRate',
  'staffPinHash',
  'staffPinSalt',
  'attractCycleSeconds',
  'printing',
  '__proto__',
  'constructor',
  'toString',
];

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308, 0.1, '\u0000', '\ud800', '\u202e'),
  fc.array(fc.jsonValue(), { maxLength: 50 }),
);

const configLike = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), hostileValue, {
  maxKeys: 30,
});

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { idleSeconds: value };
  return value;
}

/** Every field of a config is one its own parser accepts without a problem. */
function expectValid(config: KioskConfig): void {
  const { staffPin, ...rest } = config;
  const asFile = {
    ...rest,
    ...(staffPin === null ? {} : { staffPinHash: staffPin.hash, staffPinSalt: staffPin.salt }),
  };
  expect(parseConfig(JSON.parse(JSON.stringify(asFile)))).toEqual({ config, errors: [] });
}

describe('parseConfig on generated input', () => {
  it('never throws, and always gives a config that passes its own checks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), configLike, fc.jsonValue()), (raw) => {
        const { config, errors } = parseConfig(raw);
        expectValid(config);
        expect(Array.isArray(errors)).toBe(true);
        for (const error of errors) {
          expect(typeof error.field).toBe('string');
          expect(error.message.length).toBeLessThan(1000);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('survives values JSON cannot even write: BigInt, cycles, symbols', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const field of FIELDS) {
      for (const value of [10n, cyclic, Symbol('x'), () => 1]) {
        const { config, errors } = parseConfig({ [field]: value });
        expectValid(config);
        expect(errors.length).toBeGreaterThan(0);
      }
    }
  });

  it('survives values nested thousands deep in every field', () => {
    for (const field of FIELDS) {
      const { config } = parseConfig({ [field]: nested(5_000) });
      expectValid(config);
    }
  });
});

describe('loadConfigFile and loadKioskSetup on generated files', () => {
  const load = (path: string): KioskConfig => {
    const setup = loadKioskSetup(path, locales);
    const loaded = loadConfigFile(path);
    expectValid(loaded.config);
    expect(setup.config.languages.length).toBeGreaterThan(0);
    return loaded.config;
  };

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        load(file(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('JSON with a BOM, in UTF-16 with either byte order, cut short, or with NUL bytes', () => {
    fc.assert(
      fc.property(configLike, fc.nat(), (raw, cut) => {
        const text = JSON.stringify(raw);
        load(file(`\ufeff${text}`));
        load(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
        load(
          file(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])),
        );
        load(file(text.slice(0, cut % (text.length + 1))));
        load(file(text.replace(/,/g, ',\u0000')));
      }),
      { numRuns: 100 },
    );
  });

  it('invalid UTF-8, deep nesting, an empty or blank file, and one over the size limit', () => {
    const cases: (string | Uint8Array)[] = [
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
      Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0x7d]),
      '['.repeat(100_000),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"idleSeconds": ${'['.repeat(50_000)}1${']'.repeat(50_000)}}`,
      '',
      ' \n\t\r ',
      '\u0000\u0000',
      `{"printer": "${'x'.repeat(DEFAULT_MAX_CONFIG_BYTES)}"}`,
    ];
    for (const content of cases) {
      expect(load(file(content))).toEqual(
        expect.objectContaining({ logMaxBytes: DEFAULT_CONFIG.logMaxBytes }),
      );
    }
  });

  it('a valid file always comes back exactly, with no problems', () => {
    const validConfig = fc.record({
      mode: fc.constantFrom('kiosk', 'windowed'),
      languages: fc.constantFrom(['nl', 'en'], ['en', 'nl'], ['nl'], ['en']),
      idleSeconds: fc.integer({ min: 30, max: 3600 }),
      idleWarningSeconds: fc.integer({ min: 20, max: 300 }),
      printer: fc.option(fc.constantFrom('HP LaserJet Balie', 'Brother HL-L2350DW'), {
        nil: null,
      }),
      printsPerSession: fc.integer({ min: 1, max: 10 }),
      printsPerHour: fc.integer({ min: 1, max: 200 }),
      nightlyReload: fc.constantFrom('off', '00:00', '03:30', '23:59'),
      presenterMode: fc.boolean(),
      logMaxBytes: fc.integer({ min: 64 * 1024, max: 50 * 1024 * 1024 }),
      readAloud: fc.boolean(),
      speechRate: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
    });
    fc.assert(
      fc.property(validConfig, (config) => {
        const loaded = loadConfigFile(file(JSON.stringify(config, null, 2)));
        expect(loaded.errors).toEqual([]);
        expect(loaded.config).toEqual({
          ...config,
          defaultLanguage: config.languages[0],
          staffPin: null,
        });
      }),
      { numRuns: 150 },
    );
  });
});
