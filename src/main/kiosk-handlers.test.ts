import { describe, expect, it, vi } from 'vitest';

import type { KioskSettings, UnlockResult } from '../shared/ipc';
import { createKioskHandlers, type KioskHandlerDeps, type KioskRuntime } from './kiosk-handlers';

const SETTINGS: KioskSettings = {
  mode: 'kiosk',
  defaultLanguage: 'nl',
  languages: ['nl', 'en'],
  idleSeconds: 90,
  idleWarningSeconds: 30,
  attractCycleSeconds: 8,
  printing: true,
  presenterMode: false,
  staffPinConfigured: true,
  configErrors: [{ field: 'colour', message: 'unknown setting "colour" (ignored)' }],
};

function setup(overrides: Partial<KioskHandlerDeps> = {}) {
  let open = false;
  const runtime: KioskRuntime = { mode: 'kiosk', presenterMode: false };
  const session = {
    open: vi.fn(() => (open = true)),
    close: vi.fn(() => (open = false)),
    isOpen: () => open,
  };
  const unlock = {
    attempt: vi.fn((pin: string): UnlockResult =>
      pin === '1234' ? { ok: true } : { ok: false, reason: 'wrong-pin', attemptsLeft: 2 },
    ),
  };
  const controls = { quit: vi.fn(), reload: vi.fn(), setMode: vi.fn() };
  const log = { info: vi.fn(), warn: vi.fn() };
  const print = vi.fn(() => Promise.resolve(true));
  const diagnostics = vi.fn(() => ({
    version: '1',
    contentVersion: '1',
    uptimeSeconds: 1,
    memoryMB: 1,
    configPath: 'x',
    configErrors: [],
    logTail: [],
  }));
  const handlers = createKioskHandlers({
    appInfo: () => ({ name: 'k', version: '1', languages: [], electron: '45' }),
    settings: SETTINGS,
    runtime,
    unlock,
    session,
    controls,
    diagnostics,
    print,
    log,
    ...overrides,
  });
  return { handlers, runtime, session, controls, log, print, diagnostics };
}

describe('kiosk handlers', () => {
  it('answers settings from the config with the live mode and presenter mode', () => {
    const { handlers, runtime } = setup();
    expect(handlers.kioskSettings()).toEqual(SETTINGS);
    runtime.mode = 'windowed';
    runtime.presenterMode = true;
    expect(handlers.kioskSettings()).toMatchObject({ mode: 'windowed', presenterMode: true });
  });

  it('hands out copies, so the renderer cannot change what the next caller sees', () => {
    const { handlers } = setup();
    const first = handlers.kioskSettings();
    first.languages.push('xx');
    first.configErrors.length = 0;
    expect(handlers.kioskSettings()).toEqual(SETTINGS);
  });

  it('opens the staff session only on a right PIN, and never logs the PIN', () => {
    const { handlers, session, log } = setup();
    expect(handlers.unlockStaff('9876')).toMatchObject({ ok: false });
    expect(session.open).not.toHaveBeenCalled();
    expect(handlers.unlockStaff('1234')).toEqual({ ok: true });
    expect(session.open).toHaveBeenCalledOnce();
    const logged = JSON.stringify([...log.info.mock.calls, ...log.warn.mock.calls]);
    expect(logged).not.toContain('9876');
    expect(logged).not.toContain('1234');
  });

  it('refuses every staff action without an open session', () => {
    const { handlers, controls, runtime } = setup();
    for (const action of ['exit', 'reload', 'toggle-mode', 'presenter-on'] as const) {
      expect(handlers.staffAction(action)).toEqual({ ok: false });
    }
    expect(controls.quit).not.toHaveBeenCalled();
    expect(controls.reload).not.toHaveBeenCalled();
    expect(controls.setMode).not.toHaveBeenCalled();
    expect(runtime).toEqual({ mode: 'kiosk', presenterMode: false });
  });

  it('exit quits the app and closes the session', () => {
    const { handlers, controls, session } = setup();
    handlers.unlockStaff('1234');
    expect(handlers.staffAction('exit')).toEqual({ ok: true });
    expect(controls.quit).toHaveBeenCalledOnce();
    expect(session.isOpen()).toBe(false);
  });

  it('reload reloads the window and closes the session', () => {
    const { handlers, controls, session } = setup();
    handlers.unlockStaff('1234');
    expect(handlers.staffAction('reload')).toEqual({ ok: true });
    expect(controls.reload).toHaveBeenCalledOnce();
    expect(session.isOpen()).toBe(false);
  });

  it('toggle-mode switches the live window back and forth', () => {
    const { handlers, controls } = setup();
    handlers.unlockStaff('1234');
    handlers.staffAction('toggle-mode');
    expect(controls.setMode).toHaveBeenLastCalledWith('windowed');
    expect(handlers.kioskSettings().mode).toBe('windowed');
    handlers.staffAction('toggle-mode');
    expect(controls.setMode).toHaveBeenLastCalledWith('kiosk');
    expect(handlers.kioskSettings().mode).toBe('kiosk');
  });

  it('presenter-on and presenter-off change what kioskSettings reports', () => {
    const { handlers } = setup();
    handlers.unlockStaff('1234');
    handlers.staffAction('presenter-on');
    expect(handlers.kioskSettings().presenterMode).toBe(true);
    handlers.staffAction('presenter-off');
    expect(handlers.kioskSettings().presenterMode).toBe(false);
  });

  it('gives diagnostics only in an open session', () => {
    const { handlers, diagnostics } = setup();
    expect(handlers.diagnostics()).toBeNull();
    expect(diagnostics).not.toHaveBeenCalled();
    handlers.unlockStaff('1234');
    expect(handlers.diagnostics()).toMatchObject({ version: '1' });
  });

  describe('printHandout', () => {
    it('prints when printing is on', async () => {
      const { handlers, print } = setup();
      await expect(handlers.printHandout()).resolves.toEqual({ ok: true });
      expect(print).toHaveBeenCalledOnce();
    });

    it('refuses when printing is off in the config', async () => {
      const print = vi.fn(() => Promise.resolve(true));
      const { handlers } = setup({ settings: { ...SETTINGS, printing: false }, print });
      await expect(handlers.printHandout()).resolves.toEqual({ ok: false, reason: 'disabled' });
      expect(print).not.toHaveBeenCalled();
    });

    it('reports a cancelled or failed print', async () => {
      const { handlers } = setup({ print: () => Promise.resolve(false) });
      await expect(handlers.printHandout()).resolves.toEqual({ ok: false, reason: 'failed' });
    });

    it('reports a print that threw', async () => {
      const { handlers, log } = setup({ print: () => Promise.reject(new Error('spooler')) });
      await expect(handlers.printHandout()).resolves.toEqual({ ok: false, reason: 'failed' });
      expect(log.warn).toHaveBeenCalled();
    });
  });
});
