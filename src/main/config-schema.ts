// The kiosk config file's settings, their defaults, and plain-English errors for the staff who
// edit it. Each setting is checked on its own: a bad value falls back to its default and every
// other valid setting is kept, so one typo never throws away the whole file.

import { z } from 'zod';

export type StaffPin = Readonly<{ hash: string; salt: string }>;

export type KioskConfig = Readonly<{
  mode: 'kiosk' | 'windowed';
  defaultLanguage: string;
  languages: readonly string[];
  idleSeconds: number;
  idleWarningSeconds: number;
  /** 0 means the attract screen does not cycle. */
  attractCycleSeconds: number;
  /** null: no PIN configured, so the staff panel refuses to open. */
  staffPin: StaffPin | null;
  printing: boolean;
  /** 'off' or a 24-hour time "HH:MM". */
  nightlyReload: string;
  presenterMode: boolean;
  logMaxBytes: number;
}>;

export type ConfigError = { field: string; message: string };

export const FILE_FIELD = '(file)';

const KIB = 1024;
const MIB = 1024 * KIB;

export const DEFAULT_CONFIG: KioskConfig = Object.freeze({
  mode: 'kiosk',
  defaultLanguage: 'nl',
  languages: Object.freeze(['nl', 'en']),
  idleSeconds: 90,
  idleWarningSeconds: 30,
  attractCycleSeconds: 8,
  staffPin: null,
  printing: true,
  nightlyReload: 'off',
  presenterMode: false,
  logMaxBytes: MIB,
});

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PIN_HASH = /^[0-9a-f]{64}$/i;
const PIN_SALT = /^[0-9a-f]{32}$/i;

type FieldSpec<T> = { schema: z.ZodType<T>; expectation: string };

type SimpleField = Exclude<keyof KioskConfig, 'defaultLanguage' | 'staffPin'>;

function wholeNumber(min: number, max: number): z.ZodType<number> {
  return z.number().int().min(min).max(max);
}

const SIMPLE_FIELDS: { [K in SimpleField]: FieldSpec<KioskConfig[K]> } = {
  mode: { schema: z.enum(['kiosk', 'windowed']), expectation: 'must be "kiosk" or "windowed"' },
  languages: {
    schema: z
      .array(z.string().regex(LANGUAGE_CODE))
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length),
    expectation: 'must be a non-empty list of different language codes like ["nl", "en"]',
  },
  idleSeconds: {
    schema: wholeNumber(30, 3600),
    expectation: 'must be a whole number from 30 to 3600',
  },
  idleWarningSeconds: {
    schema: wholeNumber(20, 300),
    expectation: 'must be a whole number from 20 to 300',
  },
  attractCycleSeconds: {
    schema: z.union([z.literal(0), wholeNumber(3, 120)]),
    expectation: 'must be 0 (off) or a whole number from 3 to 120',
  },
  printing: { schema: z.boolean(), expectation: 'must be true or false' },
  nightlyReload: {
    schema: z.union([z.literal('off'), z.string().regex(CLOCK_TIME)]),
    expectation: 'must be "off" or a 24-hour time like "03:30"',
  },
  presenterMode: { schema: z.boolean(), expectation: 'must be true or false' },
  logMaxBytes: {
    schema: wholeNumber(64 * KIB, 50 * MIB),
    expectation: 'must be a whole number from 65536 (64 KiB) to 52428800 (50 MiB)',
  },
};

const PIN_FIELDS = {
  staffPinHash: { pattern: PIN_HASH, length: 64 },
  staffPinSalt: { pattern: PIN_SALT, length: 32 },
} as const;

type PinField = keyof typeof PIN_FIELDS;

const KNOWN_FIELDS: readonly string[] = [
  ...Object.keys(SIMPLE_FIELDS),
  'defaultLanguage',
  ...Object.keys(PIN_FIELDS),
];

type RawConfig = Record<string, unknown>;

export function parseConfig(raw: unknown): { config: KioskConfig; errors: ConfigError[] } {
  if (!isPlainObject(raw)) {
    return {
      config: DEFAULT_CONFIG,
      errors: [
        {
          field: FILE_FIELD,
          message: `the config file must contain one JSON object like {"idleSeconds": 90} (got ${kindOf(raw)}) — using all defaults`,
        },
      ],
    };
  }

  const errors: ConfigError[] = [];
  const simple = readSimpleFields(raw, errors);
  const config: KioskConfig = {
    ...simple,
    defaultLanguage: readDefaultLanguage(raw, simple.languages, errors),
    staffPin: readStaffPin(raw, errors),
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.includes(key)) errors.push(unknownFieldError(key));
  }
  return { config, errors };
}

function readSimpleFields(
  raw: RawConfig,
  errors: ConfigError[],
): { [K in SimpleField]: KioskConfig[K] } {
  return {
    mode: readSimpleField(raw, 'mode', errors),
    languages: readSimpleField(raw, 'languages', errors),
    idleSeconds: readSimpleField(raw, 'idleSeconds', errors),
    idleWarningSeconds: readSimpleField(raw, 'idleWarningSeconds', errors),
    attractCycleSeconds: readSimpleField(raw, 'attractCycleSeconds', errors),
    printing: readSimpleField(raw, 'printing', errors),
    nightlyReload: readSimpleField(raw, 'nightlyReload', errors),
    presenterMode: readSimpleField(raw, 'presenterMode', errors),
    logMaxBytes: readSimpleField(raw, 'logMaxBytes', errors),
  };
}

function readSimpleField<K extends SimpleField>(
  raw: RawConfig,
  field: K,
  errors: ConfigError[],
): KioskConfig[K] {
  const fallback = DEFAULT_CONFIG[field];
  if (!Object.hasOwn(raw, field)) return fallback;
  const value = raw[field];
  const { schema, expectation }: FieldSpec<KioskConfig[K]> = SIMPLE_FIELDS[field];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const got = describeValue(value) + quotedValueHint(schema, value);
  errors.push({
    field,
    message: `${field}: ${expectation} (got ${got}); using ${describeValue(fallback)}`,
  });
  return fallback;
}

// Staff often type "90" for 90 or "true" for true; say so, rather than only "must be a number".
function quotedValueHint(schema: z.ZodType, value: unknown): string {
  if (typeof value !== 'string') return '';
  const unquoted = unquote(value);
  if (unquoted === undefined || !schema.safeParse(unquoted).success) return '';
  return `, which is text — write it without quotes: ${String(unquoted)}`;
}

function unquote(text: string): number | boolean | undefined {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === '' || !Number.isFinite(Number(trimmed))) return undefined;
  return Number(trimmed);
}

// The first listed language is the default unless defaultLanguage names another listed one.
function readDefaultLanguage(
  raw: RawConfig,
  languages: readonly string[],
  errors: ConfigError[],
): string {
  const fallback = languages[0] ?? DEFAULT_CONFIG.defaultLanguage;
  if (!Object.hasOwn(raw, 'defaultLanguage')) return fallback;
  const value = raw.defaultLanguage;
  if (typeof value === 'string' && languages.includes(value)) return value;
  const expectation =
    typeof value === 'string' && LANGUAGE_CODE.test(value)
      ? `must be one of languages (${languages.map((code) => `"${code}"`).join(', ')})`
      : 'must be a language code like "nl" or "en"';
  errors.push({
    field: 'defaultLanguage',
    message: `defaultLanguage: ${expectation} (got ${describeValue(value)}); using "${fallback}"`,
  });
  return fallback;
}

function readStaffPin(raw: RawConfig, errors: ConfigError[]): StaffPin | null {
  const hash = readPinField(raw, 'staffPinHash', errors);
  const salt = readPinField(raw, 'staffPinSalt', errors);
  if (hash === 'absent' && salt === 'absent') return null;
  if (hash === 'absent' || salt === 'absent') {
    const [missing, present] =
      hash === 'absent' ? ['staffPinHash', 'staffPinSalt'] : ['staffPinSalt', 'staffPinHash'];
    errors.push({
      field: missing,
      message: `${missing}: missing — ${present} and ${missing} must be set together (make both with "node scripts/hash-pin.mjs <PIN>"); no staff PIN is active`,
    });
    return null;
  }
  if (hash === 'invalid' || salt === 'invalid') return null;
  return { hash, salt };
}

function readPinField(
  raw: RawConfig,
  field: PinField,
  errors: ConfigError[],
): string | 'absent' | 'invalid' {
  if (!Object.hasOwn(raw, field)) return 'absent';
  const value = raw[field];
  const { pattern, length } = PIN_FIELDS[field];
  if (typeof value === 'string' && pattern.test(value)) return value.toLowerCase();
  // Never echo the value: someone may have typed the PIN itself here.
  const got = typeof value === 'string' ? `${value.length} characters` : kindOf(value);
  errors.push({
    field,
    message: `${field}: must be ${length} hexadecimal characters (0-9, a-f) as printed by "node scripts/hash-pin.mjs <PIN>" (got ${got}); no staff PIN is active`,
  });
  return 'invalid';
}

function unknownFieldError(key: string): ConfigError {
  const suggestion = closestKnownField(key);
  const hint = suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;
  return { field: key, message: `unknown setting "${key}" (ignored)${hint}` };
}

function closestKnownField(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of KNOWN_FIELDS) {
    const candidate = field.toLowerCase();
    const isPrefix =
      lower.length >= 4 && (candidate.startsWith(lower) || lower.startsWith(candidate));
    const distance = isPrefix ? 0 : editDistance(lower, candidate);
    if (distance <= 3 && (best === undefined || distance < best.distance)) {
      best = { field, distance };
    }
  }
  return best?.field;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isPlainObject(value: unknown): value is RawConfig {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const MAX_SHOWN_CHARS = 60;

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN_CHARS ? `${json.slice(0, MAX_SHOWN_CHARS)}…` : json;
}
