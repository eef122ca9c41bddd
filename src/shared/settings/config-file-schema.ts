// The config file's format: which fields it may set, what each must look like, and the
// plain-English message staff see when one is wrong. Each field is checked on its own: a bad
// value falls back to its default and every other valid field is kept, so one typo never throws
// away the whole file. Total: any input at all gives a config and a list of problems, never an
// exception. The settings themselves (types, defaults, projection) are kiosk-settings.ts.

import { isLanguageCode } from '../language-code';
import {
  DEFAULT_CONFIG,
  isBoolean,
  isIdleSeconds,
  isIdleWarningSeconds,
  isKioskMode,
  isLanguageList,
  isSpeechRate,
  KIB,
  type KioskConfig,
  MIB,
  type StaffPin,
  wholeNumber,
} from './kiosk-settings';

export type ConfigError = { field: string; message: string };

export const FILE_FIELD = '(file)';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// Printer names as operating systems show them: no control characters, a sensible length.
const PRINTER_NAME = /^[^\p{Cc}\p{Cf}]{1,200}$/u;
export const PIN_HASH_HEX_CHARS = 64;
// hash-pin.mjs makes 24-byte salts since it requires 6 digits; 16-byte ones came from the
// older tool that allowed 4-digit PINs, which the keypad no longer accepts.
export const PIN_SALT_HEX_CHARS = 48;
const OLD_PIN_SALT_HEX_CHARS = 32;

type FieldSpec<T> = { check(value: unknown): value is T; expectation: string };

type SimpleField = Exclude<keyof KioskConfig, 'defaultLanguage' | 'staffPin'>;

const SIMPLE_FIELDS: { [K in SimpleField]: FieldSpec<KioskConfig[K]> } = {
  mode: {
    check: isKioskMode,
    expectation: 'must be "kiosk" or "windowed"',
  },
  languages: {
    check: isLanguageList,
    expectation: 'must be a non-empty list of different language codes like ["nl", "en"]',
  },
  idleSeconds: {
    check: isIdleSeconds,
    expectation: 'must be a whole number from 30 to 3600',
  },
  idleWarningSeconds: {
    check: isIdleWarningSeconds,
    expectation: 'must be a whole number from 20 to 300',
  },
  printer: {
    check: (value): value is string | null =>
      value === null || (typeof value === 'string' && PRINTER_NAME.test(value)),
    expectation:
      'must be the printer\'s name as the computer lists it, like "HP LaserJet", or null',
  },
  printsPerSession: {
    check: wholeNumber(1, 10),
    expectation: 'must be a whole number from 1 to 10',
  },
  printsPerHour: {
    check: wholeNumber(1, 200),
    expectation: 'must be a whole number from 1 to 200',
  },
  nightlyReload: {
    check: (value): value is string =>
      value === 'off' || (typeof value === 'string' && CLOCK_TIME.test(value)),
    expectation: 'must be "off" or a 24-hour time like "03:30"',
  },
  presenterMode: { check: isBoolean, expectation: 'must be true or false' },
  presenterIdleMinutes: {
    check: wholeNumber(5, 240),
    expectation: 'must be a whole number of minutes from 5 to 240',
  },
  kioskDisplay: {
    check: (value): value is KioskConfig['kioskDisplay'] =>
      value === 'auto' ||
      value === 'primary' ||
      (typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        value >= 0 &&
        !Object.is(value, -0)),
    expectation:
      'must be "auto" (the touchscreen, else the primary display), "primary", or a display id from the log',
  },
  logMaxBytes: {
    check: wholeNumber(64 * KIB, 50 * MIB),
    expectation: 'must be a whole number from 65536 (64 KiB) to 52428800 (50 MiB)',
  },
  readAloud: { check: isBoolean, expectation: 'must be true or false' },
  speechRate: {
    check: isSpeechRate,
    expectation: "must be a number from 0.5 to 1.5 (1 is the voice's normal speed)",
  },
};

const PIN_FIELDS = {
  staffPinHash: { length: PIN_HASH_HEX_CHARS },
  staffPinSalt: { length: PIN_SALT_HEX_CHARS },
} as const;

type PinField = keyof typeof PIN_FIELDS;

/** Fields earlier versions documented: named, so staff learn what replaced them. */
export const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  attractCycleSeconds: 'no longer used: the start screen does not cycle (ignored)',
  printing:
    'replaced by "printer" (the printer\'s name as the computer lists it); without it the print button is not shown (ignored)',
};

/** Every field a config file may set, in the order problems are reported. */
export const CONFIG_FILE_FIELDS: readonly string[] = [
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
    if (CONFIG_FILE_FIELDS.includes(key)) continue;
    const retired = Object.hasOwn(RETIRED_FIELDS, key) ? RETIRED_FIELDS[key] : undefined;
    errors.push(
      retired !== undefined
        ? { field: key, message: `${key}: ${retired}` }
        : unknownFieldError(key),
    );
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
    printer: readSimpleField(raw, 'printer', errors),
    printsPerSession: readSimpleField(raw, 'printsPerSession', errors),
    printsPerHour: readSimpleField(raw, 'printsPerHour', errors),
    nightlyReload: readSimpleField(raw, 'nightlyReload', errors),
    presenterMode: readSimpleField(raw, 'presenterMode', errors),
    presenterIdleMinutes: readSimpleField(raw, 'presenterIdleMinutes', errors),
    kioskDisplay: readSimpleField(raw, 'kioskDisplay', errors),
    logMaxBytes: readSimpleField(raw, 'logMaxBytes', errors),
    readAloud: readSimpleField(raw, 'readAloud', errors),
    speechRate: readSimpleField(raw, 'speechRate', errors),
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
  const { check, expectation }: FieldSpec<KioskConfig[K]> = SIMPLE_FIELDS[field];
  if (check(value))
    return (Array.isArray(value) ? Object.freeze([...value]) : value) as KioskConfig[K];
  const got = describeValue(value) + quotedValueHint(check, value);
  errors.push({
    field,
    message: `${field}: ${expectation} (got ${got}); using ${describeValue(fallback)}`,
  });
  return fallback;
}

// Staff often type "90" for 90 or "true" for true; say so, rather than only "must be a number".
function quotedValueHint(check: (value: unknown) => boolean, value: unknown): string {
  if (typeof value !== 'string') return '';
  const unquoted = unquote(value);
  if (unquoted === undefined || !check(unquoted)) return '';
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
  const value = raw['defaultLanguage'];
  if (typeof value === 'string' && languages.includes(value)) return value;
  const expectation = isLanguageCode(value)
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
      message: `${missing}: missing — ${present} and ${missing} must be set together (make both with "node scripts/hash-pin.mjs <PIN of 6 or more digits>"); no staff PIN is active`,
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
  const { length } = PIN_FIELDS[field];
  const isHex = typeof value === 'string' && /^[0-9a-f]*$/i.test(value);
  if (isHex && value.length === length) return value.toLowerCase();
  if (field === 'staffPinSalt' && isHex && value.length === OLD_PIN_SALT_HEX_CHARS) {
    errors.push({
      field,
      message: `${field}: made by an older hash-pin.mjs that allowed PINs shorter than 6 digits; make a new pair with "node scripts/hash-pin.mjs <PIN of 6 or more digits>"; no staff PIN is active`,
    });
    return 'invalid';
  }
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
  return { field: key, message: `unknown setting "${describeKey(key)}" (ignored)${hint}` };
}

function describeKey(key: string): string {
  return shorten(JSON.stringify(key).slice(1, -1));
}

/** At most MAX_SHOWN_CHARS, never cutting a character (a surrogate pair) in two. */
function shorten(text: string): string {
  if (text.length <= MAX_SHOWN_CHARS) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_SHOWN_CHARS - 1] ?? '')
    ? MAX_SHOWN_CHARS - 1
    : MAX_SHOWN_CHARS;
  return `${text.slice(0, end)}…`;
}

function closestKnownField(key: string): string | undefined {
  // Long keys cannot be near a field name; skip the quadratic distance for them.
  if (key.length > 64) return undefined;
  const lower = key.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of CONFIG_FILE_FIELDS) {
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

/** Never throws, whatever the value (huge, deeply nested, BigInt, cyclic). */
function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = kindOf(value);
  }
  return shorten(json);
}
