// The one contract between the main process, the preload and the renderer.

export const IpcChannel = {
  appInfo: 'kiosk:app-info',
  kioskSettings: 'kiosk:settings',
  unlockStaff: 'kiosk:unlock-staff',
  staffAction: 'kiosk:staff-action',
  diagnostics: 'kiosk:diagnostics',
  printHandout: 'kiosk:print-handout',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

export interface AppInfo {
  name: string;
  version: string;
  languages: string[];
  electron: string;
}

export interface ConfigProblem {
  field: string;
  message: string;
}

/** What the renderer needs of the config file (never the PIN hash). */
export interface KioskSettings {
  mode: 'kiosk' | 'windowed';
  defaultLanguage: string;
  languages: string[];
  idleSeconds: number;
  idleWarningSeconds: number;
  attractCycleSeconds: number;
  printing: boolean;
  presenterMode: boolean;
  staffPinConfigured: boolean;
  configErrors: ConfigProblem[];
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; secondsLeft: number }
  | { ok: false; reason: 'no-pin-configured' };

export const STAFF_ACTIONS = [
  'exit',
  'reload',
  'toggle-mode',
  'presenter-on',
  'presenter-off',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export interface Diagnostics {
  version: string;
  contentVersion: string;
  uptimeSeconds: number;
  memoryMB: number;
  configPath: string;
  configErrors: ConfigProblem[];
  logTail: string[];
}

export type PrintResult = { ok: true } | { ok: false; reason: 'disabled' | 'failed' };

/** Everything the renderer may ask of the main process: one method per message. */
export interface KioskApi {
  appInfo(): Promise<AppInfo>;
  kioskSettings(): Promise<KioskSettings>;
  unlockStaff(pin: string): Promise<UnlockResult>;
  /** Only after a successful unlock (main keeps the staff session for a short while). */
  staffAction(action: StaffAction): Promise<{ ok: boolean }>;
  diagnostics(): Promise<Diagnostics | null>;
  printHandout(): Promise<PrintResult>;
}
