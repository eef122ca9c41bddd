import type { KioskApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Present in the Electron app; absent in a plain browser (preview server, tests). */
    kiosk?: KioskApi;
  }
}
