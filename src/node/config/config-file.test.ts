import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';
import { configPath, loadConfigFile } from './config-file';

const HASH = '0f'.repeat(32);
const SALT = 'c3'.repeat(24);

type FileCase = {
  name: string;
  content: string | Buffer;
  maxBytes?: number;
  config?: Partial<KioskConfig>;
  errorFields: string[];
  source: 'defaults' | 'file';
  message?: RegExp;
};

const json = (value: unknown): string => JSON.stringify(value, null, 2);

const FULL_VALID_FILE = {
  mode: 'windowed',
  defaultLanguage: 'en',
  languages: ['nl', 'en'],
  idleSeconds: 120,
  idleWarningSeconds: 45,
  staffPinHash: HASH,
  staffPinSalt: SALT,
  printer: 'HP LaserJet Balie',
  printsPerSession: 1,
  printsPerHour: 30,
  nightlyReload: '03:30',
  presenterMode: true,
  logMaxBytes: 2 * 1024 * 1024,
};

const FULL_VALID_FILE_FOR_CUT = { mode: 'windowed', idleSeconds: 120, printer: 'HP LaserJet' };

const FILE_LEVEL_CASES: FileCase[] = [
  { name: 'empty', content: '', errorFields: ['(file)'], source: 'defaults', message: /is empty/ },
  {
    name: 'whitespace only',
    content: ' \n\t\r\n ',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /is empty/,
  },
  {
    name: 'not JSON',
    content: '{ idleSeconds: 90 }',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /^the config file is not valid JSON: .+ — using all defaults$/,
  },
  {
    name: 'JSON with a trailing comma',
    content: '{ "idleSeconds": 90, }',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /not valid JSON: /,
  },
  {
    name: 'a JSON array',
    content: '[{"idleSeconds": 120}]',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /must contain one JSON object .*\(got a list\) — using all defaults$/,
  },
  {
    name: 'null',
    content: 'null',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /\(got null\)/,
  },
  {
    name: 'a bare string',
    content: '"kiosk"',
    errorFields: ['(file)'],
    source: 'defaults',
    message: /\(got text\)/,
  },
  {
    name: 'over the size cap',
    content: `{"idleSeconds": 120}${' '.repeat(2000)}`,
    maxBytes: 1024,
    errorFields: ['(file)'],
    source: 'defaults',
    message: /^the config file is too large \(2 KiB; the limit is 1 KiB\) — using all defaults$/,
  },
  {
    name: 'over the default 256 KiB cap',
    content: `{"idleSeconds": 120}${' '.repeat(256 * 1024)}`,
    errorFields: ['(file)'],
    source: 'defaults',
    message: /is too large \(257 KiB; the limit is 256 KiB\)/,
  },
  {
    name: 'exactly at the size cap',
    content: `{"idleSeconds": 120}${' '.repeat(1024 - 20)}`,
    maxBytes: 1024,
    config: { idleSeconds: 120 },
    errorFields: [],
    source: 'file',
  },
  {
    name: 'UTF-8 with a BOM',
    content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"mode": "windowed"}')]),
    config: { mode: 'windowed' },
    errorFields: [],
    source: 'file',
  },
  {
    name: 'UTF-16 (Notepad "Unicode")',
    content: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('{"mode":"windowed"}', 'utf16le'),
    ]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /saved as UTF-16; save it as UTF-8/,
  },
  {
    name: 'not UTF-8',
    content: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xfd, 0x22, 0x7d]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /is not UTF-8 text/,
  },
  {
    name: 'UTF-16 big-endian',
    content: Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('{"mode":"windowed"}', 'utf16le').swap16(),
    ]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /saved as UTF-16; save it as UTF-8/,
  },
  ...[
    ['an overlong UTF-8 encoding', [0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]],
    ['a UTF-8 encoded surrogate', [0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]],
    ['a UTF-8 sequence cut off at the end', [0x7b, 0x7d, 0xe2, 0x82]],
    [
      'Latin-1 text (é as one byte)',
      [0x7b, 0x22, 0x70, 0x72, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d],
    ],
  ].map(([name, bytes]): FileCase => ({
    name: String(name),
    content: Buffer.from(bytes as number[]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /^the config file is not UTF-8 text; save it as UTF-8 — using all defaults$/,
  })),
  {
    name: 'only a UTF-8 BOM',
    content: Buffer.from([0xef, 0xbb, 0xbf]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /is empty/,
  },
  {
    name: 'only NUL bytes',
    content: Buffer.alloc(64),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /not valid JSON/,
  },
  {
    name: 'JSON followed by NUL bytes (a half-written file)',
    content: Buffer.concat([Buffer.from('{"mode": "windowed"}'), Buffer.alloc(512)]),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /not valid JSON/,
  },
  {
    name: 'cut off in the middle',
    content: json(FULL_VALID_FILE_FOR_CUT).slice(0, 40),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /not valid JSON/,
  },
  {
    name: '100000 unclosed brackets',
    content: '['.repeat(100_000),
    errorFields: ['(file)'],
    source: 'defaults',
    message: /not valid JSON/,
  },
  {
    name: 'a list nested 100000 deep',
    content: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    errorFields: ['(file)'],
    source: 'defaults',
    message: /\(got a list\)/,
  },
  {
    name: 'a setting nested 50000 deep',
    content: `{"idleSeconds": ${'['.repeat(50_000)}${']'.repeat(50_000)}, "mode": "windowed"}`,
    config: { mode: 'windowed' },
    errorFields: ['idleSeconds'],
    source: 'file',
    message: /^idleSeconds: must be a whole number from 30 to 3600 \(got .{1,70}\); using 90$/,
  },
];

const FIELD_CASES: FileCase[] = [
  { name: 'an empty object', content: '{}', errorFields: [], source: 'file' },
  {
    name: 'a full valid file',
    content: json(FULL_VALID_FILE),
    config: {
      mode: 'windowed',
      defaultLanguage: 'en',
      languages: ['nl', 'en'],
      idleSeconds: 120,
      idleWarningSeconds: 45,
      staffPin: { hash: HASH, salt: SALT },
      printer: 'HP LaserJet Balie',
      printsPerSession: 1,
      printsPerHour: 30,
      nightlyReload: '03:30',
      presenterMode: true,
      logMaxBytes: 2 * 1024 * 1024,
    },
    errorFields: [],
    source: 'file',
  },
  {
    name: 'wrong types for every field',
    content: json({
      mode: 1,
      defaultLanguage: 2,
      languages: 'nl,en',
      idleSeconds: '90',
      idleWarningSeconds: true,
      staffPinHash: 123,
      staffPinSalt: [SALT],
      printer: 42,
      printsPerSession: '2',
      printsPerHour: -1,
      nightlyReload: 330,
      presenterMode: 'false',
      logMaxBytes: '1MB',
    }),
    errorFields: [
      'mode',
      'languages',
      'idleSeconds',
      'idleWarningSeconds',
      'printer',
      'printsPerSession',
      'printsPerHour',
      'nightlyReload',
      'presenterMode',
      'logMaxBytes',
      'defaultLanguage',
      'staffPinHash',
      'staffPinSalt',
    ],
    source: 'file',
  },
  ...[-5, 0, 10_000_000, 90.5, '90', '', null].map((idleSeconds): FileCase => ({
    name: `idleSeconds ${JSON.stringify(idleSeconds)} next to a valid mode`,
    content: json({ idleSeconds, mode: 'windowed' }),
    config: { mode: 'windowed' },
    errorFields: ['idleSeconds'],
    source: 'file',
    message: /^idleSeconds: must be a whole number from 30 to 3600 \(got .+\); using 90$/,
  })),
  ...[-1, 0, 19, 301, 25.5, '30'].map((idleWarningSeconds): FileCase => ({
    name: `idleWarningSeconds ${JSON.stringify(idleWarningSeconds)}`,
    content: json({ idleWarningSeconds, idleSeconds: 60 }),
    config: { idleSeconds: 60 },
    errorFields: ['idleWarningSeconds'],
    source: 'file',
    message: /^idleWarningSeconds: must be a whole number from 20 to 300 .*; using 30$/,
  })),
  {
    name: 'unknown keys',
    content: json({ idleSecs: 100, kioskMode: true, presenterMode: true }),
    config: { presenterMode: true },
    errorFields: ['idleSecs', 'kioskMode'],
    source: 'file',
    message: /^unknown setting "\w+" \(ignored\)/,
  },
  {
    name: 'a PIN hash of the wrong length',
    content: json({ staffPinHash: HASH.slice(2), staffPinSalt: SALT, presenterMode: true }),
    config: { presenterMode: true },
    errorFields: ['staffPinHash'],
    source: 'file',
  },
  {
    name: 'a PIN hash that is not hex',
    content: json({ staffPinHash: 'z'.repeat(64), staffPinSalt: SALT }),
    errorFields: ['staffPinHash'],
    source: 'file',
  },
  {
    name: 'a PIN salt that is not hex',
    content: json({ staffPinHash: HASH, staffPinSalt: 'salt-salt-salt-salt-salt-salt-12' }),
    errorFields: ['staffPinSalt'],
    source: 'file',
  },
  {
    name: 'only the PIN hash',
    content: json({ staffPinHash: HASH }),
    errorFields: ['staffPinSalt'],
    source: 'file',
    message: /must be set together/,
  },
  {
    name: 'only the PIN salt',
    content: json({ staffPinSalt: SALT }),
    errorFields: ['staffPinHash'],
    source: 'file',
    message: /must be set together/,
  },
  {
    name: 'defaultLanguage not in languages',
    content: json({ languages: ['en', 'de'], defaultLanguage: 'nl' }),
    config: { languages: ['en', 'de'], defaultLanguage: 'en' },
    errorFields: ['defaultLanguage'],
    source: 'file',
  },
  {
    name: 'the retired printing and attractCycleSeconds',
    content: json({ printing: true, attractCycleSeconds: 8, idleSeconds: 60 }),
    config: { idleSeconds: 60 },
    errorFields: ['printing', 'attractCycleSeconds'],
    source: 'file',
    message:
      /^(printing: replaced by "printer" .*|attractCycleSeconds: no longer used: .*) \(ignored\)$/,
  },
  {
    name: 'the retired printing next to a printer',
    content: json({ printing: false, printer: 'Brother HL-L2350DW' }),
    config: { printer: 'Brother HL-L2350DW' },
    errorFields: ['printing'],
    source: 'file',
  },
  {
    name: 'no printer (null)',
    content: json({ printer: null, printsPerSession: 1 }),
    config: { printer: null, printsPerSession: 1 },
    errorFields: [],
    source: 'file',
  },
  ...['HP\u0007LaserJet', 'HP\r\nLaserJet', '', 'x'.repeat(201), '\u202eHP'].map(
    (printer): FileCase => ({
      name: `printer ${JSON.stringify(printer.slice(0, 20))} (${printer.length} characters)`,
      content: json({ printer, presenterMode: true }),
      config: { presenterMode: true },
      errorFields: ['printer'],
      source: 'file',
      message: /^printer: must be the printer's name as the computer lists it, .*; using null$/,
    }),
  ),
  {
    name: 'a printer name of 200 characters',
    content: json({ printer: 'x'.repeat(200) }),
    config: { printer: 'x'.repeat(200) },
    errorFields: [],
    source: 'file',
  },
  ...(
    [
      ['printsPerSession', 0],
      ['printsPerSession', 11],
      ['printsPerSession', 2.5],
      ['printsPerHour', 0],
      ['printsPerHour', 201],
      ['printsPerHour', '20'],
    ] as const
  ).map(([field, value]): FileCase => ({
    name: `${field} ${JSON.stringify(value)}`,
    content: json({ [field]: value, printer: 'HP' }),
    config: { printer: 'HP' },
    errorFields: [field],
    source: 'file',
    message: new RegExp(`^${field}: must be a whole number from 1 to (10|200) .*; using (2|20)$`),
  })),
  {
    name: 'a PIN salt from the older hash-pin.mjs (32 characters)',
    content: json({ staffPinHash: HASH, staffPinSalt: 'c3'.repeat(16), presenterMode: true }),
    config: { presenterMode: true, staffPin: null },
    errorFields: ['staffPinSalt'],
    source: 'file',
    message:
      /^staffPinSalt: made by an older hash-pin\.mjs that allowed PINs shorter than 6 digits/,
  },
  {
    name: 'weird keys: __proto__, constructor, toString',
    content: '{"__proto__": {"mode": "windowed"}, "constructor": 1, "toString": "x"}',
    errorFields: ['__proto__', 'constructor', 'toString'],
    source: 'file',
    message: /^unknown setting "(__proto__|constructor|toString)" \(ignored\)$/,
  },
  {
    name: 'duplicate languages',
    content: json({ languages: ['nl', 'en', 'nl'], defaultLanguage: 'en' }),
    config: { defaultLanguage: 'en' },
    errorFields: ['languages'],
    source: 'file',
  },
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-file-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeCase(name: string, content: string | Buffer): string {
  const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(path, content);
  return path;
}

function expectNamedErrors(errors: Array<{ field: string; message: string }>): void {
  for (const { field, message } of errors) {
    if (field === '(file)') expect(message).toMatch(/ — using all defaults$/);
    else expect(message).toContain(field);
  }
}

describe('loadConfigFile', () => {
  it.each([...FILE_LEVEL_CASES, ...FIELD_CASES])(
    '$name',
    ({ name, content, maxBytes, config, errorFields, source, message }) => {
      const result = loadConfigFile(writeCase(name, content), maxBytes);
      expect(result.config).toEqual({ ...DEFAULT_CONFIG, ...config });
      expect(result.errors.map((error) => error.field)).toEqual(errorFields);
      expect(result.source).toBe(source);
      expectNamedErrors(result.errors);
      if (message !== undefined) {
        for (const error of result.errors) expect(error.message).toMatch(message);
      }
    },
  );

  it('uses the defaults without complaint when the file is missing', () => {
    expect(loadConfigFile(join(dir, 'does-not-exist.json'))).toEqual({
      config: DEFAULT_CONFIG,
      errors: [],
      source: 'defaults',
    });
  });

  it('reports a folder where the file should be', () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect(loadConfigFile(folder)).toEqual({
      config: DEFAULT_CONFIG,
      errors: [
        {
          field: '(file)',
          message: 'the config file is a folder, not a file — using all defaults',
        },
      ],
      source: 'defaults',
    });
  });

  it('reports a path that runs through a file', () => {
    const result = loadConfigFile(join(writeCase('plain', '{}'), 'kiosk-config.json'));
    expect(result.source).toBe('defaults');
    expect(result.errors).toEqual([
      {
        field: '(file)',
        message: expect.stringMatching(/^the config file cannot be read \(.*ENOTDIR/),
      },
    ]);
  });

  it.skipIf(process.platform === 'win32')('reports a device that is not a regular file', () => {
    expect(loadConfigFile('/dev/null').errors).toEqual([
      { field: '(file)', message: 'the config file is not a regular file — using all defaults' },
    ]);
  });

  // root reads anything regardless of permissions.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'reports a file it may not read',
    () => {
      const path = writeCase('locked', '{}');
      chmodSync(path, 0o000);
      expect(loadConfigFile(path).errors).toEqual([
        {
          field: '(file)',
          message:
            'the config file cannot be read (permission denied, EACCES) — using all defaults',
        },
      ]);
    },
  );

  it('shows the parser message for invalid JSON', () => {
    const [error] = loadConfigFile(writeCase('broken', '{"mode": "kiosk"')).errors;
    expect(error?.message).toMatch(
      /^the config file is not valid JSON: \S.* — using all defaults$/,
    );
  });
});

describe('configPath', () => {
  it('uses KIOSK_CONFIG when it is set', () => {
    expect(configPath({ KIOSK_CONFIG: '/etc/kiosk/config.json' }, '/home/k/.config/app')).toBe(
      '/etc/kiosk/config.json',
    );
  });

  it('an installed (packaged) app ignores KIOSK_CONFIG: no shortcut can hand it another file', () => {
    expect(configPath({ KIOSK_CONFIG: '/tmp/evil.json' }, '/home/k/.config/app', true)).toBe(
      join('/home/k/.config/app', 'kiosk-config.json'),
    );
  });

  it.each([{}, { KIOSK_CONFIG: '' }, { KIOSK_CONFIG: '   ' }])(
    'falls back to kiosk-config.json in the user data folder for %j',
    (env) => {
      expect(configPath(env, '/home/k/.config/app')).toBe(
        join('/home/k/.config/app', 'kiosk-config.json'),
      );
    },
  );
});
