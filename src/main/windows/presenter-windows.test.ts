import { describe, expect, it, vi } from 'vitest';

import {
  applyPlacement,
  createPresenterWindows,
  type DisplaySource,
  type PlaceableWindow,
} from './presenter-windows';

type Rect = { x: number; y: number; width: number; height: number };

function fakeWindow() {
  const closed: (() => void)[] = [];
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
    },
    isFullScreen: () => w.fullscreen,
    setAlwaysOnTop: (on: boolean) => {
      w.onTop = on;
    },
    setFullScreen: (on: boolean) => {
      w.fullscreen = on;
    },
    setBounds: (bounds: Rect) => {
      w.bounds = bounds;
      w.moves += 1;
    },
    close: () => {
      w.destroyed = true;
      closed.forEach((listener) => listener());
    },
    once: (event: string, listener: () => void) => {
      if (event === 'closed') closed.push(listener);
      return w;
    },
  };
  return w;
}

function fakeScreen(displays: { id: number; width: number; height: number; x: number }[]) {
  const listeners = new Map<string, () => void>();
  const list = [...displays];
  const screen: DisplaySource & { plug(d: (typeof list)[number]): void; unplug(id: number): void } =
    {
      getAllDisplays: () =>
        list.map(({ id, width, height, x }) => ({
          id,
          bounds: { x, y: 0, width, height },
          workArea: { x, y: 0, width, height: height - 40 },
        })),
      getPrimaryDisplay: () => ({ id: list[0]!.id }),
      on: (event, listener) => listeners.set(event, listener),
      plug: (display) => {
        list.push(display);
        listeners.get('display-added')?.();
      },
      unplug: (id) => {
        list.splice(
          list.findIndex((display) => display.id === id),
          1,
        );
        listeners.get('display-removed')?.();
      },
    };
  return screen;
}

const laptop = { id: 1, x: 0, width: 1366, height: 768 };
const wall = { id: 2, x: 1366, width: 1920, height: 1080 };

function setup(displays = [laptop, wall], kiosk = true) {
  const screen = fakeScreen(displays);
  const audience = fakeWindow();
  audience.setKiosk(kiosk);
  const presenter = fakeWindow();
  const onClosed = vi.fn();
  const windows = createPresenterWindows({
    screen,
    audience: () => audience as unknown as PlaceableWindow,
    createPresenter: () => presenter as unknown as PlaceableWindow,
    isKioskMode: () => kiosk,
    onClosed,
    log: { info: vi.fn() },
  });
  return { screen, audience, presenter, onClosed, windows };
}

describe('presenter windows', () => {
  it('puts the audience fullscreen on the wall screen and the presenter on the laptop', () => {
    const { audience, presenter, windows } = setup();
    windows.setPresenting(true);
    expect(audience.bounds).toEqual({ x: 1366, y: 0, width: 1920, height: 1080 });
    expect(audience.kiosk).toBe(true);
    expect(presenter.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
    expect(presenter.fullscreen).toBe(true);
    expect(presenter.kiosk).toBe(false);
  });

  it('swaps the two on request', () => {
    const { audience, presenter, windows } = setup();
    windows.setPresenting(true);
    windows.swap();
    expect(audience.bounds?.x).toBe(0);
    expect(presenter.bounds?.x).toBe(1366);
  });

  it('with one display, opens the presenter windowed over the audience', () => {
    const { audience, presenter, windows } = setup([laptop]);
    windows.setPresenting(true);
    expect(audience.kiosk).toBe(true);
    expect(presenter.fullscreen).toBe(false);
    expect(presenter.bounds!.width).toBeLessThan(1366);
    // Over the kiosk window, not hidden behind it.
    expect(presenter.onTop).toBe(true);
    expect(audience.onTop).toBe(false);
  });

  it('moves the windows when a display is plugged in or pulled out', () => {
    const { screen, audience, presenter, windows } = setup([laptop]);
    windows.setPresenting(true);
    screen.plug(wall);
    expect(audience.bounds?.x).toBe(1366);
    expect(presenter.fullscreen).toBe(true);
    expect(presenter.onTop).toBe(false);
    screen.unplug(2);
    expect(audience.bounds?.x).toBe(0);
    expect(audience.kiosk).toBe(true);
    expect(presenter.fullscreen).toBe(false);
  });

  it('does not move anything when nothing about the displays changed', () => {
    const { screen, audience, windows } = setup();
    windows.setPresenting(true);
    const moves = audience.moves;
    screen.plug({ id: 3, x: 9999, width: 800, height: 600 });
    expect(audience.moves).toBe(moves);
  });

  it('closes the presenter window and leaves the audience where it is', () => {
    const { audience, presenter, onClosed, windows } = setup();
    windows.setPresenting(true);
    const where = audience.bounds;
    windows.setPresenting(false);
    expect(presenter.destroyed).toBe(true);
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(audience.bounds).toBe(where);
  });

  it('opens one presenter window, however often presenter mode is switched on', () => {
    const create = vi.fn(() => fakeWindow() as unknown as PlaceableWindow);
    const windows = createPresenterWindows({
      screen: fakeScreen([laptop]),
      audience: () => undefined,
      createPresenter: create,
      isKioskMode: () => false,
      onClosed: vi.fn(),
      log: { info: vi.fn() },
    });
    windows.setPresenting(true);
    windows.setPresenting(true);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('applyPlacement', () => {
  it('leaves fullscreen before moving, then enters it again', () => {
    const window = fakeWindow();
    window.setFullScreen(true);
    const calls: string[] = [];
    const spy = {
      ...window,
      setFullScreen: (on: boolean) => calls.push(`fullscreen ${on}`),
      setBounds: () => calls.push('move'),
      setAlwaysOnTop: () => undefined,
      isFullScreen: () => true,
    };
    applyPlacement(
      spy as unknown as PlaceableWindow,
      { displayId: 1, bounds: { x: 0, y: 0, width: 10, height: 10 }, fullscreen: true },
      false,
    );
    expect(calls).toEqual(['fullscreen false', 'move', 'fullscreen true']);
  });
});
