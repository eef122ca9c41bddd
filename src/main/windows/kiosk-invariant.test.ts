// The kiosk invariant as a property: random days of presenter sessions, screen swaps, displays
// coming and going, staff unlocking and switching modes, idle resets, reloads and crashes, run
// through the real window placement, mode switch, staff session and settings store, with the
// invariant checked after every step. A failure shrinks to the shortest sequence that breaks it.

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { createSettingsStore } from '../../node/config/settings-store';
import { undoSessionChanges } from '../../node/kiosk/kiosk-service';
import { createStaffSession } from '../../node/kiosk/staff-session';
import { createFakeTimers } from '../../node/test-support/fake-timers';
import { chooseKioskDisplay } from '../../shared/presentation/display-placement';
import { DEFAULT_CONFIG, type KioskMode } from '../../shared/settings/kiosk-settings';
import { kioskInvariantBreach } from './kiosk-invariant';
import { createKioskWindows, displaysFrom } from './kiosk-windows';
import {
  asModeSwitchable,
  asPlaceable,
  fakeScreen,
  fakeWindow,
  type FakeDisplay,
  type FakeWindow,
} from './test-support/fake-displays';
import { applyWindowMode } from './window-mode';

function world(configuredMode: KioskMode, displays: FakeDisplay[]) {
  const timers = createFakeTimers();
  const screen = fakeScreen(displays);
  const store = createSettingsStore({ ...DEFAULT_CONFIG, mode: configuredMode }, []);
  const patient = fakeWindow(screen);
  applyWindowMode(asModeSwitchable(patient), configuredMode);
  const presenters: FakeWindow[] = [];
  const windows = createKioskWindows({
    screen,
    audience: () => asPlaceable(patient),
    createPresenter: () => {
      const presenter = fakeWindow(screen);
      presenters.push(presenter);
      return asPlaceable(presenter);
    },
    mode: () => store.runtime().mode,
    kioskDisplay: 'auto',
    onClosed: () => store.update({ presenterMode: false }),
    log: { info: vi.fn() },
  });
  // As index.ts wires them: a mode switch reshapes the window and puts it back in its place.
  const controls = {
    reload: () => undefined,
    setMode: (mode: KioskMode) => {
      applyWindowMode(asModeSwitchable(patient), mode);
      windows.restore();
    },
  };
  const session = createStaffSession({
    timers,
    onEnd: () => undoSessionChanges(store, controls),
  });
  store.subscribe((settings) => windows.setPresenting(settings.presenterMode));
  windows.restore();
  const openPresenter = () => presenters.find((window) => !window.destroyed);
  const breach = () =>
    kioskInvariantBreach({
      configuredMode,
      staffUnlocked: session.isOpen(),
      presenterOpen: openPresenter() !== undefined,
      kioskDisplay: chooseKioskDisplay(displaysFrom(screen), 'auto', windows.kioskDisplayId()),
      patient,
      others: presenters,
    });
  return { timers, screen, store, patient, windows, controls, session, openPresenter, breach };
}

type World = ReturnType<typeof world>;
type Step = { name: string; run(w: World): void };

let nextDisplayId = 100;

const step = (name: string, run: (w: World) => void): Step => ({ name, run });

const steps: fc.Arbitrary<Step> = fc.oneof(
  fc.constant(step('presenter on', (w) => w.store.update({ presenterMode: true }))),
  fc.constant(step('stop presenting', (w) => w.store.update({ presenterMode: false }))),
  fc.constant(step('presenter window closed', (w) => w.openPresenter()?.close())),
  fc.constant(step('presenter timed out', (w) => w.store.update({ presenterMode: false }))),
  fc.constant(step('swap the screens', (w) => w.windows.swap())),
  fc
    .record({
      touch: fc.boolean(),
      width: fc.constantFrom(800, 1080, 1366, 1920, 3840),
      height: fc.constantFrom(600, 768, 1080, 1920, 2160),
    })
    .map(({ touch, width, height }) =>
      step(`plug in ${width}×${height}${touch ? ' touch' : ''}`, (w) => {
        const right = Math.max(...w.screen.list.map((d) => d.x + d.width), 0);
        w.screen.plug({ id: nextDisplayId++, x: right, width, height, touch });
      }),
    ),
  fc.nat({ max: 3 }).map((index) =>
    step(`pull out display #${index}`, (w) => {
      // An operating system always keeps one display.
      if (w.screen.list.length > 1)
        w.screen.unplug(w.screen.list[index % w.screen.list.length]!.id);
    }),
  ),
  fc.record({ index: fc.nat({ max: 3 }), larger: fc.boolean() }).map(({ index, larger }) =>
    step(`display #${index} ${larger ? 'larger' : 'smaller'}`, (w) => {
      const display = w.screen.list[index % w.screen.list.length]!;
      const factor = larger ? 1.5 : 0.75;
      w.screen.resize(display.id, Math.round(display.width * factor), display.height);
    }),
  ),
  fc.constant(step('staff unlock', (w) => w.session.open())),
  fc.constant(step('staff lock', (w) => w.session.close())),
  fc.constant(step('staff session times out', (w) => w.timers.advance(w.session.durationMs))),
  fc.constant(
    step('staff: windowed / kiosk', (w) => {
      // The staff panel's toggle, allowed only in an open session (kiosk-service.ts).
      if (!w.session.isOpen()) return;
      const mode = w.store.runtime().mode === 'kiosk' ? 'windowed' : 'kiosk';
      w.store.update({ mode });
      w.controls.setMode(mode);
    }),
  ),
  fc.constant(step('idle reset', (w) => w.session.close())),
  // The page reloads in the same window: nothing about windows changes, and nothing may.
  fc.constant(step('nightly reload', () => undefined)),
  fc.constant(step('renderer crash and reload', () => undefined)),
);

const startDisplays = fc.constantFrom<FakeDisplay[][]>(
  [{ id: 1, x: 0, width: 1920, height: 1080 }],
  [{ id: 1, x: 0, width: 1080, height: 1920, touch: true }],
  [
    { id: 1, x: 0, width: 1366, height: 768 },
    { id: 2, x: 1366, width: 1920, height: 1080 },
  ],
  [
    { id: 1, x: 0, width: 1920, height: 1080 },
    { id: 2, x: 1920, width: 1080, height: 1920, touch: true },
  ],
);

describe('the kiosk invariant', () => {
  it('holds after every step of 1,000 random sequences, in both configured modes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<KioskMode>('kiosk', 'windowed'),
        startDisplays,
        fc.array(steps, { minLength: 1, maxLength: 40 }),
        (mode, displays, sequence) => {
          const w = world(mode, structuredClone(displays));
          expect(w.breach()).toBeNull();
          const done: string[] = [];
          for (const { name, run } of sequence) {
            run(w);
            done.push(name);
            const breach = w.breach();
            if (breach !== null) throw new Error(`${breach}\nafter: ${done.join(' → ')}`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names what breaks it', () => {
    const display = {
      id: 1,
      bounds: { x: 0, y: 0, width: 10, height: 10 },
      workArea: { x: 0, y: 0, width: 10, height: 10 },
      primary: true,
      touch: false,
    };
    const kiosk = { destroyed: false, kiosk: true, fullscreen: true, onTop: false };
    const base = {
      configuredMode: 'kiosk' as const,
      staffUnlocked: false,
      presenterOpen: false,
      kioskDisplay: display,
      others: [],
    };
    expect(kioskInvariantBreach({ ...base, patient: { ...kiosk, bounds: display.bounds } })).toBe(
      null,
    );
    expect(
      kioskInvariantBreach({
        ...base,
        patient: { ...kiosk, kiosk: false, fullscreen: false, onTop: true, bounds: null },
      }),
    ).toMatch(/not a kiosk/);
    expect(
      kioskInvariantBreach({ ...base, patient: { ...kiosk, bounds: { ...display.bounds, x: 5 } } }),
    ).toMatch(/not over the kiosk's display/);
    expect(
      kioskInvariantBreach({
        ...base,
        patient: { ...kiosk, bounds: display.bounds },
        others: [{ ...kiosk, onTop: true, bounds: null }],
      }),
    ).toMatch(/another window/);
    // Staff at the kiosk, or a physio presenting: the rules are theirs for now.
    expect(kioskInvariantBreach({ ...base, staffUnlocked: true, patient: undefined })).toBeNull();
  });
});
