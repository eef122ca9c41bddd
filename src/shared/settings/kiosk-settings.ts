// The kiosk's settings as the running app holds them: what a config sets (with its defaults),
// what staff change while it runs, and the public projection the renderer sees (never the PIN
// hash). How a config *file* maps onto them, and its messages, is config-file-schema.ts.

import { isLanguageCode } from '../language-code';

export const KIOSK_MODES = ['kiosk', 'windowed'] as const;
/** Kiosk: fullscreen, locked down. Windowed: a normal window, for a physio's laptop. */
export type KioskMode = (typeof KIOSK_MODES)[number];

export type StaffPin = Readonly<{ hash: string; salt: string }>;

export type KioskConfig = Readonly<{
  mode: KioskMode;
  defaultLanguage: string;
  languages: readonly string[];
  idleSeconds: number;
  idleWarningSeconds: number;
  /** null: no PIN configured, so the staff panel refuses to open. */
  staffPin: StaffPin | null;
  /** The printer's name as the operating system lists it; null: no printing. */
  printer: string | null;
  printsPerSession: number;
  printsPerHour: number;
  /** 'off' or a 24-hour time "HH:MM". */
  nightlyReload: string;
  presenterMode: boolean;
  /** Presenter mode ends by itself after this long without a command from the presenter. */
  presenterIdleMinutes: number;
  /** Which display is the kiosk's own: "auto" (touch, else primary), "primary", or an id. */
  kioskDisplay: 'auto' | 'primary' | number;
  logMaxBytes: number;
  /** The "read aloud" button, where the computer has a voice for the language. */
  readAloud: boolean;
  /** 1 is the voice's normal speed. */
  speechRate: number;
}>;

export const KIB = 1024;
export const MIB = 1024 * KIB;

export const DEFAULT_CONFIG: KioskConfig = Object.freeze({
  mode: 'kiosk',
  defaultLanguage: 'nl',
  languages: Object.freeze(['nl', 'en']),
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
  logMaxBytes: MIB,
  readAloud: true,
  speechRate: 0.9,
});

/**
 * What the renderer may know of the kiosk's settings: the public projection of the config plus
 * what staff changed while it runs. Never the PIN hash, and only the number of config
 * problems: their details (file paths, values) are for unlocked staff.
 */
export interface KioskSettings {
  mode: KioskMode;
  defaultLanguage: string;
  languages: string[];
  idleSeconds: number;
  idleWarningSeconds: number;
  /** A printer is configured and was found: the print button is shown. */
  printing: boolean;
  presenterMode: boolean;
  staffPinConfigured: boolean;
  configProblems: number;
  /** Show "read aloud" where a local voice speaks the language. */
  readAloud: boolean;
  /** The calm reading speed; 1 is the voice's normal speed. */
  speechRate: number;
}

// The value checks both a config file and the renderer's incoming settings go through.

export function wholeNumber(min: number, max: number): (value: unknown) => value is number {
  return (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export const isKioskMode = (value: unknown): value is KioskMode =>
  (KIOSK_MODES as readonly unknown[]).includes(value);

export const isIdleSeconds = wholeNumber(30, 3600);
export const isIdleWarningSeconds = wholeNumber(20, 300);

export const isSpeechRate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0.5 && value <= 1.5;

export const isLanguageList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= 20 &&
  // Spread first: every() alone skips the holes of a sparse array.
  [...value].every(isLanguageCode) &&
  new Set(value).size === value.length;

/** What the running kiosk adds to the config: staff choices, the printer's availability. */
export type KioskRuntime = Readonly<{
  mode: KioskMode;
  presenterMode: boolean;
  defaultLanguage: string;
  /** The configured printer was found, and printing is not switched off for a problem. */
  printerReady: boolean;
}>;

export function initialRuntime(config: KioskConfig): KioskRuntime {
  return {
    mode: config.mode,
    presenterMode: config.presenterMode,
    defaultLanguage: config.defaultLanguage,
    printerReady: false,
  };
}

/** The public projection: what the renderer may know. No PIN hash, no problem details. */
export function publicSettings(
  config: KioskConfig,
  runtime: KioskRuntime,
  problemCount: number,
): KioskSettings {
  return {
    mode: runtime.mode,
    defaultLanguage: runtime.defaultLanguage,
    languages: [...config.languages],
    idleSeconds: config.idleSeconds,
    idleWarningSeconds: config.idleWarningSeconds,
    printing: config.printer !== null && runtime.printerReady,
    presenterMode: runtime.presenterMode,
    staffPinConfigured: config.staffPin !== null,
    configProblems: problemCount,
    readAloud: config.readAloud,
    speechRate: config.speechRate,
  };
}

export const DEFAULT_SETTINGS: KioskSettings = Object.freeze(
  publicSettings(DEFAULT_CONFIG, initialRuntime(DEFAULT_CONFIG), 0),
);

/**
 * Settings as they arrive from outside the renderer (the preview server's JSON, the bridge):
 * checked field by field; anything wrong becomes the default, printing never turns on.
 */
export function settingsFromUnknown(raw: unknown): KioskSettings {
  const value: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  const pick = <K extends keyof KioskSettings>(
    key: K,
    check: (item: unknown) => boolean,
  ): KioskSettings[K] =>
    (check(value[key]) ? value[key] : DEFAULT_SETTINGS[key]) as KioskSettings[K];
  const languages = pick('languages', isLanguageList);
  const defaultLanguage = pick(
    'defaultLanguage',
    (item) => typeof item === 'string' && languages.includes(item),
  );
  return {
    mode: pick('mode', isKioskMode),
    defaultLanguage: languages.includes(defaultLanguage) ? defaultLanguage : languages[0]!,
    languages: [...languages],
    idleSeconds: pick('idleSeconds', isIdleSeconds),
    idleWarningSeconds: pick('idleWarningSeconds', isIdleWarningSeconds),
    printing: value['printing'] === true,
    presenterMode: pick('presenterMode', isBoolean),
    staffPinConfigured: value['staffPinConfigured'] === true,
    configProblems: pick('configProblems', wholeNumber(0, 10_000)),
    readAloud: pick('readAloud', isBoolean),
    speechRate: pick('speechRate', isSpeechRate),
  };
}
