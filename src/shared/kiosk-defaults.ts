// The kiosk settings when no config file says otherwise: what the main process derives from
// the default config, and what the renderer assumes before (or without) the main process.

import type { KioskSettings } from './ipc';

export const DEFAULT_KIOSK_SETTINGS: Readonly<KioskSettings> = Object.freeze({
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
});
