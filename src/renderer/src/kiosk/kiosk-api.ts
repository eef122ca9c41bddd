// The renderer's way to the main process: the preload bridge in the app, and in a plain browser
// the preview server's small HTTP stand-in (settings and PIN only), so the UI runs anywhere.

import type { KioskSettings, UnlockResult } from '@shared/ipc';

export const DEFAULT_SETTINGS: KioskSettings = {
  mode: 'kiosk',
  defaultLanguage: 'nl',
  languages: ['nl', 'en'],
  idleSeconds: 90,
  idleWarningSeconds: 30,
  attractCycleSeconds: 8,
  printing: true,
  presenterMode: false,
  staffPinConfigured: false,
  configErrors: [],
};

export async function fetchSettings(): Promise<KioskSettings> {
  try {
    if (window.kiosk) return await window.kiosk.kioskSettings();
    const response = await fetch('/__kiosk/settings.json');
    if (!response.ok) return DEFAULT_SETTINGS;
    return { ...DEFAULT_SETTINGS, ...((await response.json()) as Partial<KioskSettings>) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function unlockStaff(pin: string): Promise<UnlockResult> {
  if (window.kiosk) return window.kiosk.unlockStaff(pin);
  try {
    const response = await fetch('/__kiosk/unlock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pin }),
    });
    if (response.ok) return (await response.json()) as UnlockResult;
  } catch {
    // Falls through: without a server that checks PINs there is nothing to unlock.
  }
  return { ok: false, reason: 'no-pin-configured' };
}
