import { describe, expect, it } from 'vitest';

import { chooseKioskDisplay, placeWindows, type DisplayInfo } from './display-placement';

function display(
  id: number,
  x: number,
  width: number,
  height: number,
  primary = false,
  touch = false,
): DisplayInfo {
  const bounds = { x, y: 0, width, height };
  return { id, bounds, workArea: { ...bounds, height: height - 40 }, primary, touch };
}

const laptop = display(1, 0, 1366, 768, true);
const wallScreen = display(2, 1366, 1920, 1080);
const fourK = display(3, 3286, 3840, 2160);

describe('placeWindows', () => {
  it('has nowhere to go without a display', () => {
    expect(placeWindows([])).toBeNull();
  });

  it('with one display: the audience fullscreen, the presenter windowed over it', () => {
    const placement = placeWindows([laptop])!;
    expect(placement.audience).toEqual({
      displayId: 1,
      bounds: laptop.bounds,
      fullscreen: true,
      onTop: false,
    });
    expect(placement.presenter.fullscreen).toBe(false);
    expect(placement.presenter.displayId).toBe(1);
    const { x, y, width, height } = placement.presenter.bounds;
    expect(width).toBeGreaterThanOrEqual(960);
    expect(x + width).toBeLessThanOrEqual(1366);
    expect(y + height).toBeLessThanOrEqual(728);
    expect(x).toBeGreaterThanOrEqual(0);
  });

  it('with one display, swapped: the presenter takes the screen', () => {
    const placement = placeWindows([laptop], true)!;
    expect(placement.presenter.fullscreen).toBe(true);
    expect(placement.audience.fullscreen).toBe(false);
  });

  it('with two displays: the audience on the larger, the presenter on the laptop', () => {
    expect(placeWindows([laptop, wallScreen])).toEqual({
      audience: { displayId: 2, bounds: wallScreen.bounds, fullscreen: true, onTop: false },
      presenter: { displayId: 1, bounds: laptop.bounds, fullscreen: true, onTop: false },
    });
  });

  it('with two displays, swapped: they trade places', () => {
    const placement = placeWindows([laptop, wallScreen], true)!;
    expect(placement.audience.displayId).toBe(1);
    expect(placement.presenter.displayId).toBe(2);
  });

  it('with two displays of the same size: the audience on the external one', () => {
    const twin = display(5, 1366, 1366, 768);
    expect(placeWindows([laptop, twin])!.audience.displayId).toBe(5);
    expect(placeWindows([twin, laptop])!.audience.displayId).toBe(5);
  });

  it('with three displays: the audience on the largest, the presenter on the primary', () => {
    const placement = placeWindows([wallScreen, laptop, fourK])!;
    expect(placement.audience.displayId).toBe(3);
    expect(placement.presenter.displayId).toBe(1);
  });

  it('with three displays where the largest is primary: the presenter on the next largest', () => {
    const primaryFourK = { ...fourK, primary: true };
    const external = { ...laptop, primary: false };
    const placement = placeWindows([external, wallScreen, primaryFourK])!;
    expect(placement.audience.displayId).toBe(3);
    expect(placement.presenter.displayId).toBe(2);
  });
});

describe('chooseKioskDisplay', () => {
  const touchPanel = display(4, -1080, 1080, 1920, false, true);

  it('auto: the touchscreen, else the primary display', () => {
    expect(chooseKioskDisplay([laptop, wallScreen, touchPanel], 'auto')?.id).toBe(4);
    expect(chooseKioskDisplay([wallScreen, laptop], 'auto')?.id).toBe(1);
  });

  it('keeps the current display while it is attached: a larger or touch display never takes it', () => {
    expect(chooseKioskDisplay([laptop, fourK, touchPanel], 'auto', 1)?.id).toBe(1);
  });

  it('chooses again only when the current display is gone', () => {
    expect(chooseKioskDisplay([laptop, wallScreen], 'auto', 4)?.id).toBe(1);
  });

  it('follows a display id or "primary" from the config, else falls back', () => {
    expect(chooseKioskDisplay([laptop, wallScreen, touchPanel], 2)?.id).toBe(2);
    expect(chooseKioskDisplay([laptop, wallScreen, touchPanel], 'primary')?.id).toBe(1);
    expect(chooseKioskDisplay([wallScreen, touchPanel], 99)?.id).toBe(4);
    expect(chooseKioskDisplay([], 'auto')).toBeUndefined();
  });
});
