// Where our windows are: the patient's window on the kiosk's own display in the configured mode,
// and, while a physio presents, the presenter window beside it (or over it, on one display).
// Every change of displays, mode or presenting goes through `place()`, so the kiosk invariant
// (kiosk-invariant.ts) holds again after each one.

import type { BrowserWindow, Display } from 'electron';

import type { RotatingLog } from '../../node/rotating-log';
import {
  chooseKioskDisplay,
  type DisplayInfo,
  fullscreenOn,
  type KioskDisplayPreference,
  placeWindows,
  type WindowPlacement,
  WINDOWED_SIZE,
  windowedOn,
} from '../../shared/presentation/display-placement';
import type { KioskMode } from '../../shared/settings/kiosk-settings';

export type DisplaySource = {
  getAllDisplays(): Pick<Display, 'id' | 'bounds' | 'workArea' | 'touchSupport'>[];
  getPrimaryDisplay(): Pick<Display, 'id'>;
  on(
    event: 'display-added' | 'display-removed' | 'display-metrics-changed',
    listener: () => void,
  ): unknown;
};

export type PlaceableWindow = Pick<
  BrowserWindow,
  | 'isDestroyed'
  | 'isKiosk'
  | 'setKiosk'
  | 'isFullScreen'
  | 'setFullScreen'
  | 'setBounds'
  | 'setAlwaysOnTop'
  | 'close'
  | 'once'
>;

export function displaysFrom(screen: DisplaySource): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map(({ id, bounds, workArea, touchSupport }) => ({
    id,
    bounds: { ...bounds },
    workArea: { ...workArea },
    primary: id === primary,
    touch: touchSupport === 'available',
  }));
}

/**
 * A fullscreen or kiosk window has to leave that state before it can move to another display.
 * A window placed over a fullscreen one on the same display stays on top of it.
 */
export function applyPlacement(
  window: PlaceableWindow,
  placement: WindowPlacement,
  kiosk: boolean,
): void {
  if (window.isDestroyed()) return;
  if (window.isKiosk()) window.setKiosk(false);
  if (window.isFullScreen()) window.setFullScreen(false);
  window.setAlwaysOnTop(placement.onTop);
  window.setBounds(placement.bounds);
  if (!placement.fullscreen) return;
  if (!kiosk) {
    window.setFullScreen(true);
    return;
  }
  window.setKiosk(true);
  // Kiosk implies fullscreen on Windows and Linux; said outright, it holds everywhere.
  if (!window.isFullScreen()) window.setFullScreen(true);
}

export interface KioskWindowDeps {
  screen: DisplaySource;
  audience(): PlaceableWindow | undefined;
  /** Creates the presenter window (secure preferences, `#/presenter`); shown when ready. */
  createPresenter(): PlaceableWindow;
  /** The mode the patient's window is in now: the config's, or staff's while unlocked. */
  mode(): KioskMode;
  kioskDisplay: KioskDisplayPreference;
  /** The presenter window closed, whoever closed it. */
  onClosed(): void;
  log: Pick<RotatingLog, 'info'>;
}

export interface KioskWindows {
  setPresenting(on: boolean): void;
  swap(): void;
  /** Puts the patient's window back on its display in the current mode (a mode switch). */
  restore(): void;
  /** The kiosk's own display, once there is one. */
  kioskDisplayId(): number | undefined;
}

export function createKioskWindows(deps: KioskWindowDeps): KioskWindows {
  let presenter: PlaceableWindow | undefined;
  let swapped = false;
  let kioskDisplay: number | undefined;
  let placed = '';

  const patientPlacement = (display: DisplayInfo, mode: KioskMode): WindowPlacement =>
    mode === 'kiosk' ? fullscreenOn(display) : windowedOn(display, WINDOWED_SIZE);

  const place = (force = false): void => {
    const displays = displaysFrom(deps.screen);
    const own = chooseKioskDisplay(displays, deps.kioskDisplay, kioskDisplay);
    if (own === undefined) return;
    if (own.id !== kioskDisplay) deps.log.info('kiosk display', { id: own.id });
    kioskDisplay = own.id;
    const mode = deps.mode();
    const audience = deps.audience();
    if (presenter === undefined) {
      const placement = patientPlacement(own, mode);
      // Metrics change often (a taskbar appears); only a real change is worth a move. A window
      // in windowed mode is the physio's to move: displays changing leave it where it is.
      const key = JSON.stringify([placement, mode]);
      if (!force && (key === placed || mode === 'windowed')) return;
      placed = key;
      if (audience !== undefined) applyPlacement(audience, placement, mode === 'kiosk');
      return;
    }
    const placement = placeWindows(displays, swapped);
    const key = JSON.stringify([placement, mode, 'presenting']);
    if (placement === null || (!force && key === placed)) return;
    placed = key;
    if (audience !== undefined) applyPlacement(audience, placement.audience, mode === 'kiosk');
    applyPlacement(presenter, placement.presenter, false);
  };

  for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
    deps.screen.on(event, () => {
      deps.log.info('displays changed', { event, displays: deps.screen.getAllDisplays().length });
      place();
    });
  }

  return {
    setPresenting: (on) => {
      if (on && presenter === undefined) {
        const window = deps.createPresenter();
        presenter = window;
        window.once('closed', () => {
          if (presenter !== window) return;
          presenter = undefined;
          // Presenting is over: the patient's window goes back where a kiosk belongs, and a
          // swap made for this presentation does not carry over to the next.
          swapped = false;
          deps.log.info('presenter window closed');
          place(true);
          deps.onClosed();
        });
        deps.log.info('presenter window opened');
        place(true);
      } else if (!on && presenter !== undefined) {
        if (!presenter.isDestroyed()) presenter.close();
      }
    },
    swap: () => {
      // Only a presentation has two windows to trade.
      if (presenter === undefined) return;
      swapped = !swapped;
      place(true);
    },
    restore: () => place(true),
    kioskDisplayId: () => kioskDisplay,
  };
}
