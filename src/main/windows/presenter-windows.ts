// Presenter mode's second window: opened and closed with presenter mode, and with the audience
// window placed on the displays attached (again whenever a display comes or goes).

import type { BrowserWindow, Display } from 'electron';

import type { RotatingLog } from '../../node/rotating-log';
import {
  placeWindows,
  type DisplayInfo,
  type WindowPlacement,
} from '../../shared/presentation/display-placement';

export type DisplaySource = {
  getAllDisplays(): Pick<Display, 'id' | 'bounds' | 'workArea'>[];
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
  return screen.getAllDisplays().map(({ id, bounds, workArea }) => ({
    id,
    bounds: { ...bounds },
    workArea: { ...workArea },
    primary: id === primary,
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
  window.setAlwaysOnTop(!placement.fullscreen);
  window.setBounds(placement.bounds);
  if (!placement.fullscreen) return;
  if (kiosk) window.setKiosk(true);
  else window.setFullScreen(true);
}

export interface PresenterWindowDeps {
  screen: DisplaySource;
  audience(): PlaceableWindow | undefined;
  /** Creates the presenter window (secure preferences, `#/presenter`); shown when ready. */
  createPresenter(): PlaceableWindow;
  isKioskMode(): boolean;
  /** The presenter window closed, whoever closed it. */
  onClosed(): void;
  log: Pick<RotatingLog, 'info'>;
}

export interface PresenterWindows {
  setPresenting(on: boolean): void;
  swap(): void;
}

export function createPresenterWindows(deps: PresenterWindowDeps): PresenterWindows {
  let presenter: PlaceableWindow | undefined;
  let swapped = false;
  let placed = '';

  const place = (): void => {
    const placement = placeWindows(displaysFrom(deps.screen), presenter !== undefined && swapped);
    // Metrics change often (a taskbar appears); only a real move is worth leaving fullscreen for.
    const key = JSON.stringify([placement, presenter !== undefined, deps.isKioskMode()]);
    if (placement === null || key === placed) return;
    placed = key;
    const audience = deps.audience();
    if (presenter === undefined) {
      // Not presenting: a kiosk simply stays fullscreen on the best display left.
      if (audience !== undefined && deps.isKioskMode())
        applyPlacement(audience, placement.audience, true);
      return;
    }
    if (audience !== undefined) applyPlacement(audience, placement.audience, deps.isKioskMode());
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
          if (presenter === window) presenter = undefined;
          placed = '';
          deps.log.info('presenter window closed');
          deps.onClosed();
        });
        deps.log.info('presenter window opened');
        place();
      } else if (!on && presenter !== undefined) {
        // The audience window stays where it is: the patient's screen does not jump.
        if (!presenter.isDestroyed()) presenter.close();
      }
    },
    swap: () => {
      swapped = !swapped;
      place();
    },
  };
}
