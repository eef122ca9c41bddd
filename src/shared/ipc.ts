// The one contract between the main process, the preload and the renderer.

import type { PresentationMessage } from './presentation/presentation-messages';
import type { KioskSettings } from './settings/kiosk-settings';

export type { KioskSettings };

/** Renderer → main: one channel per request of KioskApi, each answered by one handler. */
export const IpcChannel = {
  appInfo: 'kiosk:app-info',
  kioskSettings: 'kiosk:settings',
  unlockStaff: 'kiosk:unlock-staff',
  staffAction: 'kiosk:staff-action',
  setDefaultLanguage: 'kiosk:set-default-language',
  diagnostics: 'kiosk:diagnostics',
  printHandout: 'kiosk:print-handout',
  reportPatientSession: 'kiosk:patient-session',
  sendPresentation: 'kiosk:presentation',
} as const satisfies Record<KioskRequest, string>;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Main → renderer: pushed to the window; the preload turns each into an `on…` subscription. */
export const IpcEvent = {
  settingsChanged: 'kiosk:settings-changed',
  staffSessionEnded: 'kiosk:staff-session-ended',
  presentation: 'kiosk:presentation-message',
} as const;

export type IpcEventName = (typeof IpcEvent)[keyof typeof IpcEvent];

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

/** 'active' once a patient leaves the untouched start screen; 'idle' after every reset. */
export type PatientSessionState = 'active' | 'idle';

export type UnlockResult =
  | { ok: true; sessionSeconds: number }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; secondsLeft: number }
  | { ok: false; reason: 'no-pin-configured' };

export const STAFF_ACTIONS = [
  'exit',
  'reload',
  'toggle-mode',
  'presenter-on',
  'presenter-off',
  'swap-screens',
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

export type PrintResult = { ok: true } | { ok: false; reason: 'disabled' | 'limit' | 'failed' };

/** Everything the renderer may ask of the main process: one method per message. */
export interface KioskApi {
  appInfo(): Promise<AppInfo>;
  kioskSettings(): Promise<KioskSettings>;
  unlockStaff(pin: string): Promise<UnlockResult>;
  /** Only in an open staff session; the new settings arrive through onSettingsChanged. */
  staffAction(action: StaffAction): Promise<{ ok: boolean }>;
  /** Staff only: the language every idle reset returns to, one of `settings.languages`. */
  setDefaultLanguage(language: string): Promise<{ ok: boolean }>;
  diagnostics(): Promise<Diagnostics | null>;
  printHandout(): Promise<PrintResult>;
  reportPatientSession(state: PatientSessionState): Promise<void>;
  /**
   * To the other window of a presentation (audience ↔ presenter), through the main process,
   * which knows which window is which and drops a message the sender's role may not send.
   */
  sendPresentation(message: PresentationMessage): Promise<void>;
  /** Returns the unsubscribe function. */
  onSettingsChanged(listener: (settings: KioskSettings) => void): () => void;
  onStaffSessionEnded(listener: () => void): () => void;
  onPresentation(listener: (message: PresentationMessage) => void): () => void;
}

/** The requests of KioskApi: every method but the `on…` subscriptions. */
export type KioskRequest = Exclude<keyof KioskApi, `on${string}`>;

type HandlerOf<F> = F extends (...args: infer A) => Promise<infer R>
  ? (...args: A) => R | Promise<R>
  : never;

/**
 * The main process's side of KioskApi: one handler per request, given the payload already
 * checked. A request without a handler is a type error. Behind IPC in the app, behind HTTP in
 * the preview server.
 */
export type KioskHandlers = Omit<
  { [K in KioskRequest]: HandlerOf<KioskApi[K]> },
  'sendPresentation'
> & {
  /** `senderId`: the web contents the message came from, which decides the sender's role. */
  sendPresentation(message: PresentationMessage, senderId: number): void;
};
