// Lockdown of the page's input: in kiosk mode the browser and window-manager shortcuts that
// would close, reload, zoom, print, open dev tools or leave the page do nothing, and pinch
// zoom is off in every mode.

import type { WebContents } from 'electron';

export type KeyInput = {
  type: string;
  key: string;
  code: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
};

// Keys that are escapes whatever the modifiers. Plain F5 is not among them: with no menu there
// is no reload accelerator, and presenter remotes send F5 / Shift+F5 for "start" (the page
// handles it); Ctrl+F5 is blocked below.
const ALWAYS_BLOCKED = new Set(['F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh']);
// With Ctrl (Cmd on a Mac), lower-cased key: close, quit, reload, print, hide, minimise.
const COMMAND_KEYS = new Set(['w', 'q', 'r', 'p', 'h', 'm', 'f4', 'f5']);
// With Ctrl+Shift (Cmd+Alt on a Mac): dev tools, console, element picker.
const COMMAND_SHIFT_KEYS = new Set(['i', 'j', 'c']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

export function isBlockedShortcut(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key)) return true;
  const command = input.control || input.meta;
  const key = input.key.toLowerCase();
  if (input.alt && !command && (key === 'f4' || key === 'arrowleft' || key === 'arrowright')) {
    return true;
  }
  if (!command) return false;
  if ((input.shift || input.alt) && COMMAND_SHIFT_KEYS.has(key)) return true;
  return COMMAND_KEYS.has(key) || ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code);
}

export type InputSource = Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>;

/** Shortcuts are blocked while `isKioskMode()` is true, so a staff mode switch applies at once. */
export function lockDownInput(contents: InputSource, isKioskMode: () => boolean): void {
  contents.on('before-input-event', (event, input) => {
    if (isKioskMode() && isBlockedShortcut(input)) event.preventDefault();
  });
  const noPinchZoom = (): void => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => {
      // The page is gone; the next load sets the limits again.
    });
  };
  noPinchZoom();
  contents.on('did-finish-load', noPinchZoom);
}
