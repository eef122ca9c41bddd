// The renderer's way to the main process: the preload bridge in the app, and in a plain browser
// the preview server's small HTTP stand-in, so the UI runs anywhere. Whatever arrives is
// checked before use; without either, features that need the main process say so.

import type {
  Diagnostics,
  KioskSettings,
  PatientSessionState,
  PrintResult,
  StaffAction,
  UnlockResult,
} from '@shared/ipc';
import { DEFAULT_SETTINGS, settingsFromUnknown } from '@shared/settings/kiosk-settings';

type Listener<T> = (value: T) => void;

const settingsListeners = new Set<Listener<KioskSettings>>();
const sessionEndListeners = new Set<() => void>();

function publish(settings: KioskSettings): void {
  for (const listener of settingsListeners) listener(settings);
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`/__kiosk/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

export async function loadSettings(): Promise<KioskSettings> {
  try {
    if (window.kiosk) return settingsFromUnknown(await window.kiosk.kioskSettings());
    const response = await fetch('/__kiosk/settings.json');
    return response.ok ? settingsFromUnknown(await response.json()) : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

let bridgeWired = false;

/** Settings pushed by the main process (or returned by a preview staff action). */
export function onSettingsChanged(listener: Listener<KioskSettings>): () => void {
  if (window.kiosk && !bridgeWired) {
    bridgeWired = true;
    window.kiosk.onSettingsChanged((settings) => publish(settingsFromUnknown(settings)));
    window.kiosk.onStaffSessionEnded(() => sessionEndListeners.forEach((end) => end()));
  }
  settingsListeners.add(listener);
  return () => settingsListeners.delete(listener);
}

export function onStaffSessionEnded(listener: () => void): () => void {
  sessionEndListeners.add(listener);
  return () => sessionEndListeners.delete(listener);
}

export async function unlockStaff(pin: string): Promise<UnlockResult> {
  try {
    if (window.kiosk) return await window.kiosk.unlockStaff(pin);
    return (await post('unlock', { pin })) as UnlockResult;
  } catch {
    // Without a server that checks PINs there is nothing to unlock.
    return { ok: false, reason: 'no-pin-configured' };
  }
}

type PreviewAnswer = { ok: boolean; settings?: unknown };

async function previewAction(body: unknown): Promise<boolean> {
  const answer = (await post('action', body)) as PreviewAnswer;
  if (answer.settings !== undefined) publish(settingsFromUnknown(answer.settings));
  return answer.ok === true;
}

/** Resolves whether the main process carried the action out; the settings follow by push. */
export async function staffAction(action: StaffAction): Promise<boolean> {
  try {
    if (window.kiosk) return (await window.kiosk.staffAction(action)).ok;
    if (action === 'exit') return false;
    const ok = await previewAction({ action });
    if (ok && action === 'reload') window.location.reload();
    return ok;
  } catch {
    return false;
  }
}

export async function setDefaultLanguage(language: string): Promise<boolean> {
  try {
    if (window.kiosk) return (await window.kiosk.setDefaultLanguage(language)).ok;
    return await previewAction({ defaultLanguage: language });
  } catch {
    return false;
  }
}

export async function diagnostics(): Promise<Diagnostics | null> {
  try {
    if (window.kiosk) return await window.kiosk.diagnostics();
    const response = await fetch('/__kiosk/diagnostics.json');
    return response.ok ? ((await response.json()) as Diagnostics) : null;
  } catch {
    return null;
  }
}

/** In a browser the page prints through the browser's own dialog. */
export async function printHandout(): Promise<PrintResult> {
  if (!window.kiosk) {
    window.print();
    return { ok: true };
  }
  try {
    return await window.kiosk.printHandout();
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

export function reportPatientSession(state: PatientSessionState): void {
  const sent = window.kiosk ? window.kiosk.reportPatientSession(state) : post('patient', { state });
  sent.catch(() => undefined);
}
