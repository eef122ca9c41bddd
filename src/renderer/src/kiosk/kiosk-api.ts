// The renderer's way to the main process: the preload bridge in the app, and in a plain browser
// the preview server's small HTTP stand-in (settings and PIN only), so the UI runs anywhere.

import type { KioskSettings, UnlockResult } from '@shared/ipc';
import { DEFAULT_KIOSK_SETTINGS } from '@shared/kiosk-defaults';

export const DEFAULT_SETTINGS: KioskSettings = { ...DEFAULT_KIOSK_SETTINGS };

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
