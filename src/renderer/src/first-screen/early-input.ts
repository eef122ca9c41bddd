// Input that arrives while the ready-made first screen is on show, before the app has started,
// is kept and then played to the app once it has: a key pressed, a tap or a swipe made in that
// moment does what it would have done a moment later, instead of nothing.

import { APP_STARTED_ATTRIBUTE } from '@shared/app-started';

const POINTER_TYPES = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'click'];
const KEPT_TYPES = ['keydown', 'keyup', ...POINTER_TYPES];
// A patient does not make more than this in the fraction of a second before the app is there.
const MOST_KEPT = 200;

type KeptEvent =
  | { kind: 'key'; type: string; init: KeyboardEventInit }
  | { kind: 'pointer'; type: string; init: PointerEventInit }
  | { kind: 'click'; type: string; init: MouseEventInit };

const DISPATCH = { bubbles: true, cancelable: true, composed: true } as const;

function describe(event: Event): KeptEvent | null {
  if (event instanceof KeyboardEvent) {
    const { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat } = event;
    const init = { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat, ...DISPATCH };
    return { kind: 'key', type: event.type, init };
  }
  if (!(event instanceof MouseEvent)) return null;
  const { clientX, clientY, screenX, screenY, button, buttons } = event;
  const mouse = { clientX, clientY, screenX, screenY, button, buttons, ...DISPATCH };
  if (event.type === 'click') return { kind: 'click', type: 'click', init: mouse };
  if (!(event instanceof PointerEvent)) return null;
  const { pointerId, pointerType, isPrimary, width, height, pressure } = event;
  const init = { ...mouse, pointerId, pointerType, isPrimary, width, height, pressure };
  return { kind: 'pointer', type: event.type, init };
}

function play(kept: KeptEvent, doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  if (kept.kind === 'key') {
    (doc.activeElement ?? doc.body).dispatchEvent(new win.KeyboardEvent(kept.type, kept.init));
    return;
  }
  const target = doc.elementFromPoint(kept.init.clientX ?? 0, kept.init.clientY ?? 0) ?? doc.body;
  target.dispatchEvent(
    kept.kind === 'pointer'
      ? new win.PointerEvent(kept.type, kept.init)
      : new win.MouseEvent(kept.type, kept.init),
  );
}

/**
 * Runs one replayed event and everything the app does about it (React's `flushSync`), so the next
 * one meets the app as a real next event would, and nothing sees the steps in between.
 */
export type Deliver = (dispatch: () => void) => void;

// A touch that began on the ready-made screen stays aimed at the element it began on (touch
// pointers are captured), which the app has since replaced: until it lifts, its events are passed
// on to what is now under the finger, and so is the click that follows it.
const TRAILING_CLICK_MS = 500;
const LONGEST_FOLLOW_MS = 10_000;

function followOpenTouches(win: Window, open: Set<number>, deliver: Deliver): void {
  const doc = win.document;
  const root = doc.getElementById('root');
  const inApp = (target: EventTarget | null) =>
    target instanceof Element && target !== root && root?.contains(target) === true;
  const stop = (): void => {
    for (const type of POINTER_TYPES) win.removeEventListener(type, pass, { capture: true });
  };
  let stopping: ReturnType<typeof setTimeout> | undefined;
  function pass(event: Event): void {
    if (inApp(event.target)) return;
    if (event.type === 'click') {
      if (open.size > 0 || stopping === undefined) return;
    } else if (!(event instanceof PointerEvent) || !open.has(event.pointerId)) {
      return;
    } else if (event.type === 'pointerup' || event.type === 'pointercancel') {
      open.delete(event.pointerId);
    }
    const described = describe(event);
    if (!described) return;
    event.stopPropagation();
    deliver(() => play(described, doc));
    if (open.size === 0 && stopping === undefined) stopping = setTimeout(stop, TRAILING_CLICK_MS);
  }
  for (const type of POINTER_TYPES) win.addEventListener(type, pass, { capture: true });
  setTimeout(stop, LONGEST_FOLLOW_MS);
}

/** Starts keeping input; the function returned stops keeping it and plays what was kept. */
export function holdEarlyInput(win: Window): (deliver: Deliver) => void {
  const kept: KeptEvent[] = [];
  const open = new Set<number>();
  const keep = (event: Event): void => {
    if (event instanceof PointerEvent && event.type !== 'click') {
      if (event.type === 'pointerdown') open.add(event.pointerId);
      else if (event.type === 'pointerup' || event.type === 'pointercancel')
        open.delete(event.pointerId);
    }
    const described = kept.length < MOST_KEPT ? describe(event) : null;
    if (described) kept.push(described);
  };
  for (const type of KEPT_TYPES) win.addEventListener(type, keep, { capture: true });
  return (deliver) => {
    for (const type of KEPT_TYPES) win.removeEventListener(type, keep, { capture: true });
    for (const event of kept.splice(0)) deliver(() => play(event, win.document));
    if (open.size > 0) followOpenTouches(win, open, deliver);
  };
}

/** Resolves once the app has mounted and marked <html> (see MarkStarted). */
export function whenAppStarted(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const root = doc.documentElement;
    if (root.hasAttribute(APP_STARTED_ATTRIBUTE)) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.hasAttribute(APP_STARTED_ATTRIBUTE)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: [APP_STARTED_ATTRIBUTE] });
  });
}
