// The kiosk invariant, stated once: whenever no presenter view is open and no staff session is
// unlocked, the patient's window is in the configured mode on the kiosk's own display (kiosk:
// kiosk and fullscreen over the whole display, not merely on top), and no other window of ours
// is left showing. Pure, so a property test can check it after every step of a random day.

import type { DisplayInfo, Rect } from '../../shared/presentation/display-placement';
import type { KioskMode } from '../../shared/settings/kiosk-settings';

export interface WindowState {
  destroyed: boolean;
  kiosk: boolean;
  fullscreen: boolean;
  onTop: boolean;
  bounds: Rect | null;
}

export interface KioskWorld {
  configuredMode: KioskMode;
  staffUnlocked: boolean;
  presenterOpen: boolean;
  kioskDisplay: DisplayInfo | undefined;
  patient: WindowState | undefined;
  /** Every other window of ours (presenter views, closed or not). */
  others: readonly WindowState[];
}

const sameRect = (a: Rect | null, b: Rect): boolean =>
  a !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** What breaks the invariant, in words for a failing test; null when it holds (or is not due). */
export function kioskInvariantBreach(world: KioskWorld): string | null {
  if (world.presenterOpen || world.staffUnlocked) return null;
  const { patient, kioskDisplay } = world;
  if (patient === undefined || patient.destroyed) return "the patient's window is gone";
  if (world.others.some((window) => !window.destroyed)) return 'another window of ours is open';
  if (world.configuredMode === 'windowed') {
    return patient.kiosk || patient.fullscreen || patient.onTop
      ? 'windowed mode, but the window is kiosk, fullscreen or on top'
      : null;
  }
  if (!patient.kiosk || !patient.fullscreen) return 'kiosk mode, but the window is not a kiosk';
  if (patient.onTop) return 'kiosk mode, but the window is merely always on top';
  if (kioskDisplay === undefined) return 'no display for the kiosk';
  if (!sameRect(patient.bounds, kioskDisplay.bounds))
    return `kiosk window at ${JSON.stringify(patient.bounds)}, not over the kiosk's display ${kioskDisplay.id}`;
  return null;
}
