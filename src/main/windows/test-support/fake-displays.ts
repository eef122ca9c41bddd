// Fake displays and windows for the window-placement tests: they behave as Electron's do where
// placement depends on it (kiosk and fullscreen cover the display the window is on).

import type { Rect } from '../../../shared/presentation/display-placement';
import type { DisplaySource, PlaceableWindow } from '../kiosk-windows';
import type { ModeSwitchable } from '../window-mode';

export type FakeDisplay = { id: number; x: number; width: number; height: number; touch?: boolean };

export function fakeScreen(displays: FakeDisplay[]) {
  const listeners = new Map<string, () => void>();
  const list = [...displays];
  const boundsOf = ({ x, width, height }: FakeDisplay): Rect => ({ x, y: 0, width, height });
  const screen = {
    list,
    boundsOf,
    getAllDisplays: () =>
      list.map((display) => ({
        id: display.id,
        bounds: boundsOf(display),
        workArea: { ...boundsOf(display), height: display.height - 40 },
        touchSupport: display.touch ? ('available' as const) : ('unavailable' as const),
      })),
    getPrimaryDisplay: () => ({ id: list[0]!.id }),
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    plug: (display: FakeDisplay) => {
      list.push(display);
      listeners.get('display-added')?.();
    },
    unplug: (id: number) => {
      const at = list.findIndex((display) => display.id === id);
      if (at >= 0) list.splice(at, 1);
      listeners.get('display-removed')?.();
    },
    resize: (id: number, width: number, height: number) => {
      const display = list.find((each) => each.id === id);
      if (display === undefined) return;
      display.width = width;
      display.height = height;
      // The operating system lays the displays out again: side by side, never overlapping.
      let right = -Infinity;
      for (const each of [...list].sort((a, b) => a.x - b.x)) {
        if (each.x < right) each.x = right;
        right = each.x + each.width;
      }
      listeners.get('display-metrics-changed')?.();
    },
  } satisfies DisplaySource & Record<string, unknown>;
  return screen;
}

export type FakeScreen = ReturnType<typeof fakeScreen>;

export function fakeWindow(screen?: FakeScreen) {
  const closed: (() => void)[] = [];
  // Kiosk and fullscreen cover the display the window's centre is on, as the OS does.
  const cover = () => {
    if (screen === undefined) return;
    const centre = w.bounds === null ? 0 : w.bounds.x + w.bounds.width / 2;
    const display =
      screen.list.find((each) => centre >= each.x && centre < each.x + each.width) ??
      screen.list[0];
    if (display !== undefined) w.bounds = screen.boundsOf(display);
  };
  const w = {
    kiosk: false,
    fullscreen: false,
    bounds: null as Rect | null,
    onTop: false,
    destroyed: false,
    moves: 0,
    isDestroyed: () => w.destroyed,
    isKiosk: () => w.kiosk,
    setKiosk: (on: boolean) => {
      w.kiosk = on;
      w.fullscreen = on;
      if (on) cover();
    },
    isFullScreen: () => w.fullscreen,
    setAlwaysOnTop: (on: boolean) => {
      w.onTop = on;
    },
    setFullScreen: (on: boolean) => {
      w.fullscreen = on;
      if (on) cover();
    },
    setBounds: (bounds: Rect) => {
      w.bounds = bounds;
      w.moves += 1;
    },
    close: () => {
      if (w.destroyed) return;
      w.destroyed = true;
      closed.forEach((listener) => listener());
    },
    once: (event: string, listener: () => void) => {
      if (event === 'closed') closed.push(listener);
      return w;
    },
    // What applyWindowMode needs besides.
    setMenuBarVisibility: () => undefined,
    setAutoHideMenuBar: () => undefined,
    setResizable: () => undefined,
    setMinimizable: () => undefined,
    setMaximizable: () => undefined,
    setClosable: () => undefined,
    setSize: (width: number, height: number) => {
      w.bounds = { x: w.bounds?.x ?? 0, y: w.bounds?.y ?? 0, width, height };
    },
    center: () => undefined,
    focus: () => undefined,
  };
  return w;
}

export type FakeWindow = ReturnType<typeof fakeWindow>;

export const asPlaceable = (window: FakeWindow): PlaceableWindow =>
  window as unknown as PlaceableWindow;
export const asModeSwitchable = (window: FakeWindow): ModeSwitchable =>
  window as unknown as ModeSwitchable;
