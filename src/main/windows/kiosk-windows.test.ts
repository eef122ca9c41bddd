import { describe, expect, it, vi } from 'vitest';

import {
  applyPlacement,
  createKioskWindows,
  type KioskWindowDeps,
  type PlaceableWindow,
} from './kiosk-windows';
import {
  asPlaceable,
  fakeScreen,
  fakeWindow,
  type FakeDisplay,
} from './test-support/fake-displays';

const laptop = { id: 1, x: 0, width: 1366, height: 768 };
const wall = { id: 2, x: 1366, width: 1920, height: 1080 };

function setup(
  displays: FakeDisplay[] = [laptop, wall],
  kiosk = true,
  kioskDisplay: KioskWindowDeps['kioskDisplay'] = 'auto',
) {
  const screen = fakeScreen(displays);
  const audience = fakeWindow(screen);
  audience.setKiosk(kiosk);
  const presenter = fakeWindow(screen);
  const onClosed = vi.fn();
  const windows = createKioskWindows({
    screen,
    audience: () => asPlaceable(audience),
    createPresenter: () => asPlaceable(presenter),
    mode: () => (kiosk ? 'kiosk' : 'windowed'),
    kioskDisplay,
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

  it('closes the presenter window and puts the kiosk back on its own display', () => {
    const { audience, presenter, onClosed, windows } = setup();
    windows.setPresenting(true);
    expect(audience.bounds?.x).toBe(1366);
    windows.setPresenting(false);
    expect(presenter.destroyed).toBe(true);
    expect(onClosed).toHaveBeenCalledTimes(1);
    // No touchscreen: the primary display (the laptop) is the kiosk's own.
    expect(audience).toMatchObject({ kiosk: true, fullscreen: true, onTop: false });
    expect(audience.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
  });

  // Finding 1 of issue 19: a frameless 60 % window, always on top, desktop beside it.
  it('swap, then stop presenting on one display: the kiosk is a kiosk again, not a 60 % window', () => {
    const { audience, presenter, windows } = setup([laptop]);
    windows.setPresenting(true);
    windows.swap();
    expect(audience).toMatchObject({ kiosk: false, onTop: true });
    presenter.close();
    expect(audience).toMatchObject({ kiosk: true, fullscreen: true, onTop: false });
    expect(audience.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
    // The swap was for that presentation only.
    windows.setPresenting(true);
    expect(audience.kiosk).toBe(true);
  });

  // Finding 2 of issue 19: a cable plugged in took the kiosk off its touchscreen.
  it('keeps the kiosk on its touchscreen when a larger display is plugged in', () => {
    const panel = { id: 7, x: -1080, width: 1080, height: 1920, touch: true };
    const { screen, audience, windows } = setup([laptop, panel]);
    windows.restore();
    expect(audience.bounds).toEqual({ x: -1080, y: 0, width: 1080, height: 1920 });
    const moves = audience.moves;
    screen.plug({ id: 9, x: 5000, width: 3840, height: 2160 });
    expect(audience.moves).toBe(moves);
    expect(audience.bounds).toEqual({ x: -1080, y: 0, width: 1080, height: 1920 });
  });

  it('follows kioskDisplay from the config, and moves only when that display is pulled out', () => {
    const { screen, audience, windows } = setup([laptop, wall], true, 2);
    windows.restore();
    expect(audience.bounds?.x).toBe(1366);
    screen.unplug(2);
    expect(audience.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
    expect(audience.kiosk).toBe(true);
  });

  it('does not swap when nobody presents', () => {
    const { audience, windows } = setup([laptop]);
    windows.restore();
    windows.swap();
    expect(audience).toMatchObject({ kiosk: true, onTop: false });
  });

  it('opens one presenter window, however often presenter mode is switched on', () => {
    const create = vi.fn(() => fakeWindow() as unknown as PlaceableWindow);
    const windows = createKioskWindows({
      screen: fakeScreen([laptop]),
      audience: () => undefined,
      createPresenter: create,
      mode: () => 'windowed',
      kioskDisplay: 'auto',
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
      {
        displayId: 1,
        bounds: { x: 0, y: 0, width: 10, height: 10 },
        fullscreen: true,
        onTop: false,
      },
      false,
    );
    expect(calls).toEqual(['fullscreen false', 'move', 'fullscreen true']);
  });
});
