// Where the windows go for the displays attached. Not presenting: the patient's window on the
// kiosk's own display, which a display plugged in never takes. Presenting: the patient's screen
// fullscreen on the larger (or external) display, the physio's on another, or windowed over the
// one display there is.

/** The size of a windowed-mode window: a physio's laptop, not the whole screen. */
export const WINDOWED_SIZE = Object.freeze({ width: 1280, height: 800 });

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** The operating system's primary display: on a laptop, usually its own screen. */
  primary: boolean;
  /** The display reports touch support (a touchscreen kiosk panel). */
  touch: boolean;
}

/**
 * The config's `kioskDisplay`: "auto" is the display with touch support, else the primary one;
 * "primary" the primary one; a number the display of that id (as the log lists them).
 */
export type KioskDisplayPreference = 'auto' | 'primary' | number;

export interface WindowPlacement {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
  /** Kept above the other windows: a presenter view (or a swapped audience) over a full screen. */
  onTop: boolean;
}

export interface Placement {
  audience: WindowPlacement;
  presenter: WindowPlacement;
}

const area = (display: DisplayInfo): number => display.bounds.width * display.bounds.height;

/** Larger first; of equal size, the external (non-primary) one first; then by id, so it is stable. */
function byAudiencePreference(a: DisplayInfo, b: DisplayInfo): number {
  return area(b) - area(a) || Number(a.primary) - Number(b.primary) || a.id - b.id;
}

export const fullscreenOn = (display: DisplayInfo): WindowPlacement => ({
  displayId: display.id,
  bounds: { ...display.bounds },
  fullscreen: true,
  onTop: false,
});

/** A window of 60 % of the work area (at least 960×600 where it fits), at its right edge. */
function windowedOver(display: DisplayInfo): WindowPlacement {
  const { x, y, width, height } = display.workArea;
  const w = Math.min(width, Math.max(960, Math.round(width * 0.6)));
  const h = Math.min(height, Math.max(600, Math.round(height * 0.6)));
  return {
    displayId: display.id,
    bounds: { x: x + width - w, y: y + Math.round((height - h) / 2), width: w, height: h },
    fullscreen: false,
    onTop: true,
  };
}

/** An ordinary window of `size`, centred in the display's work area (never larger than it). */
export function windowedOn(
  display: DisplayInfo,
  size: { width: number; height: number },
): WindowPlacement {
  const { x, y, width, height } = display.workArea;
  const w = Math.min(width, size.width);
  const h = Math.min(height, size.height);
  return {
    displayId: display.id,
    bounds: {
      x: x + Math.round((width - w) / 2),
      y: y + Math.round((height - h) / 2),
      width: w,
      height: h,
    },
    fullscreen: false,
    onTop: false,
  };
}

/**
 * The kiosk's own display: the current one while it is attached (a display plugged in never
 * takes the kiosk off its touchscreen), else the one the preference names, else touch, else
 * the primary, else the first.
 */
export function chooseKioskDisplay(
  displays: readonly DisplayInfo[],
  preference: KioskDisplayPreference,
  current?: number,
): DisplayInfo | undefined {
  const byId = (id: number | undefined) => displays.find((display) => display.id === id);
  const primary = displays.find((display) => display.primary);
  const touch = displays.find((display) => display.touch);
  return (
    byId(current) ??
    (typeof preference === 'number' ? byId(preference) : undefined) ??
    (preference === 'primary' ? primary : undefined) ??
    touch ??
    primary ??
    displays[0]
  );
}

/**
 * `swapped` is the staff panel's "swap screens": with two or more displays the windows trade
 * displays; with one, the presenter view takes the whole screen and the audience a window.
 */
export function placeWindows(displays: readonly DisplayInfo[], swapped = false): Placement | null {
  if (displays.length === 0) return null;
  const ranked = [...displays].sort(byAudiencePreference);
  const largest = ranked[0]!;
  if (ranked.length === 1) {
    return swapped
      ? { audience: windowedOver(largest), presenter: fullscreenOn(largest) }
      : { audience: fullscreenOn(largest), presenter: windowedOver(largest) };
  }
  // The physio's screen: the primary display (the laptop's own) unless that is the audience's.
  const others = ranked.slice(1);
  const second = others.find((display) => display.primary) ?? others[0]!;
  const [audience, presenter] = swapped ? [second, largest] : [largest, second];
  return { audience: fullscreenOn(audience), presenter: fullscreenOn(presenter) };
}
