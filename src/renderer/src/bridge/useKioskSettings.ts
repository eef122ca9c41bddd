// The kiosk settings, read from one place: loaded once before the first render, then kept up
// to date by what the main process pushes.

import { useSyncExternalStore } from 'react';

import type { KioskSettings } from '@shared/ipc';
import { DEFAULT_SETTINGS } from '@shared/settings/kiosk-settings';

import { onSettingsChanged } from './kiosk-backend';

let current: KioskSettings = DEFAULT_SETTINGS;

/** Called once by the entry point with the settings it waited for. */
export function startSettings(initial: KioskSettings): void {
  current = initial;
  onSettingsChanged((settings) => {
    current = settings;
  });
}

function subscribe(notify: () => void): () => void {
  return onSettingsChanged(() => notify());
}

export function currentSettings(): KioskSettings {
  return current;
}

export function useKioskSettings(): KioskSettings {
  // The same on the server: the first screens rendered at build time use the defaults.
  return useSyncExternalStore(subscribe, currentSettings, currentSettings);
}
