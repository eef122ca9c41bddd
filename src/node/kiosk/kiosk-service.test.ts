import { describe, expect, it, vi } from 'vitest';

import type { KioskSettings } from '../../shared/ipc';
import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';
import { createSettingsStore } from '../config/settings-store';
import { createFakeTimers } from '../test-support/fake-timers';
import { createKioskService, type KioskServiceDeps, undoSessionChanges } from './kiosk-service';
import { createPatientSession } from './patient-session';
import { createPrintAllowance } from './print-allowance';
import { createStaffSession } from './staff-session';

const CONFIG: KioskConfig = {
  ...DEFAULT_CONFIG,
  printer: 'Balie',
  staffPin: { hash: 'a'.repeat(64), salt: 'b'.repeat(48) },
};

function setup(overrides: Partial<KioskServiceDeps> = {}, config: KioskConfig = CONFIG) {
  const timers = createFakeTimers();
  const store = createSettingsStore(config, [{ field: 'colour', message: 'unknown setting' }], {
    printerReady: true,
  });
  const controls = { quit: vi.fn(), reload: vi.fn(), setMode: vi.fn(), swapScreens: vi.fn() };
  const ended = vi.fn();
  const session = createStaffSession({
    timers,
    onEnd: () => {
      ended();
      undoSessionChanges(store, controls);
    },
  });
  const allowance = createPrintAllowance({ perSession: 2, perHour: 20 }, timers.now);
  const patient = createPatientSession(() => {
    session.close();
    allowance.newPatientSession();
  });
  const log = { info: vi.fn(), warn: vi.fn() };
  const print = vi.fn(() => Promise.resolve(true));
  const diagnostics = vi.fn(() => ({
    version: '1',
    contentVersion: '1',
    uptimeSeconds: 1,
    memoryMB: 1,
    configPath: '/home/kiosk/.config/physio-kiosk/kiosk-config.json',
    configErrors: store.problems(),
    logTail: [],
  }));
  const handlers = createKioskService({
    appInfo: () => ({ name: 'k', version: '1', languages: [], electron: '45' }),
    store,
    unlock: {
      attempt: (pin) =>
        pin === '123456' ? { ok: true } : { ok: false, reason: 'wrong-pin', attemptsLeft: 2 },
    },
    session,
    patient,
    controls,
    diagnostics,
    allowance,
    print,
    log,
    relay: { relay: vi.fn(() => true) },
    ...overrides,
  });
  const pushed: KioskSettings[] = [];
  store.subscribe((settings) => pushed.push(settings));
  return { handlers, store, session, controls, log, print, diagnostics, timers, ended, pushed };
}

describe('kiosk handlers', () => {
  it('answers the public settings: no PIN material, only the number of config problems', () => {
    const { handlers } = setup();
    const settings = handlers.kioskSettings();
    expect(settings).toMatchObject({ mode: 'kiosk', printing: true, configProblems: 1 });
    expect(JSON.stringify(settings)).not.toMatch(/aaaa|bbbb|colour|kiosk-config\.json/);
  });

  it('opens the staff session only on a right PIN, says for how long, and never logs the PIN', () => {
    const { handlers, session, log } = setup();
    expect(handlers.unlockStaff('987654')).toMatchObject({ ok: false });
    expect(session.isOpen()).toBe(false);
    expect(handlers.unlockStaff('123456')).toEqual({ ok: true, sessionSeconds: 120 });
    expect(session.isOpen()).toBe(true);
    const logged = JSON.stringify([...log.info.mock.calls, ...log.warn.mock.calls]);
    expect(logged).not.toContain('987654');
    expect(logged).not.toContain('123456');
  });

  it('refuses every staff action and language change without an open session', () => {
    const { handlers, controls, pushed } = setup();
    for (const action of ['exit', 'reload', 'toggle-mode', 'presenter-on'] as const) {
      expect(handlers.staffAction(action)).toEqual({ ok: false });
    }
    expect(handlers.setDefaultLanguage('en')).toEqual({ ok: false });
    expect(controls.quit).not.toHaveBeenCalled();
    expect(controls.reload).not.toHaveBeenCalled();
    expect(controls.setMode).not.toHaveBeenCalled();
    expect(pushed).toEqual([]);
  });

  it('exit quits the app and ends the session', () => {
    const { handlers, controls, session, ended } = setup();
    handlers.unlockStaff('123456');
    expect(handlers.staffAction('exit')).toEqual({ ok: true });
    expect(controls.quit).toHaveBeenCalledOnce();
    expect(session.isOpen()).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('where there is nothing to quit or swap (a browser tab), refuses both and stays open', () => {
    const { handlers, session, log } = setup({
      controls: { reload: vi.fn(), setMode: vi.fn() },
    });
    handlers.unlockStaff('123456');
    expect(handlers.staffAction('exit')).toEqual({ ok: false });
    expect(handlers.staffAction('swap-screens')).toEqual({ ok: false });
    expect(session.isOpen()).toBe(true);
    expect(log.warn).toHaveBeenCalledWith('staff action not available here', { action: 'exit' });
    expect(handlers.staffAction('presenter-on')).toEqual({ ok: true });
  });

  it('reload reloads the window and ends the session', () => {
    const { handlers, controls, session } = setup();
    handlers.unlockStaff('123456');
    expect(handlers.staffAction('reload')).toEqual({ ok: true });
    expect(controls.reload).toHaveBeenCalledOnce();
    expect(session.isOpen()).toBe(false);
  });

  it('presenter mode changes only through main, and each change is pushed', () => {
    const { handlers, pushed } = setup();
    handlers.unlockStaff('123456');
    handlers.staffAction('presenter-on');
    expect(handlers.kioskSettings().presenterMode).toBe(true);
    expect(pushed.at(-1)?.presenterMode).toBe(true);
    handlers.staffAction('presenter-off');
    expect(pushed.map((settings) => settings.presenterMode)).toEqual([true, false]);
  });

  it('the default language is one of the configured languages, set by staff only', () => {
    const { handlers, pushed } = setup();
    handlers.unlockStaff('123456');
    expect(handlers.setDefaultLanguage('de')).toEqual({ ok: false });
    expect(handlers.setDefaultLanguage('en')).toEqual({ ok: true });
    expect(pushed.at(-1)?.defaultLanguage).toBe('en');
  });

  describe('windowed mode lasts only as long as the staff session', () => {
    it('goes back to kiosk mode when the session times out', () => {
      const { handlers, controls, timers, ended } = setup();
      handlers.unlockStaff('123456');
      handlers.staffAction('toggle-mode');
      expect(controls.setMode).toHaveBeenLastCalledWith('windowed');
      expect(handlers.kioskSettings().mode).toBe('windowed');
      timers.advance(120_000);
      expect(ended).toHaveBeenCalledOnce();
      expect(controls.setMode).toHaveBeenLastCalledWith('kiosk');
      expect(handlers.kioskSettings().mode).toBe('kiosk');
    });

    it('goes back to kiosk mode at an idle reset', () => {
      const { handlers, controls } = setup();
      handlers.unlockStaff('123456');
      handlers.reportPatientSession('active');
      handlers.staffAction('toggle-mode');
      handlers.reportPatientSession('idle');
      expect(controls.setMode).toHaveBeenLastCalledWith('kiosk');
      expect(handlers.staffAction('presenter-on')).toEqual({ ok: false });
    });

    it('stays windowed when the config asks for windowed mode', () => {
      const { handlers, controls, timers } = setup({}, { ...CONFIG, mode: 'windowed' });
      handlers.unlockStaff('123456');
      timers.advance(120_000);
      expect(controls.setMode).not.toHaveBeenCalled();
      expect(handlers.kioskSettings().mode).toBe('windowed');
    });
  });

  it('gives diagnostics, with the config problems, only in an open session', () => {
    const { handlers, diagnostics } = setup();
    expect(handlers.diagnostics()).toBeNull();
    expect(diagnostics).not.toHaveBeenCalled();
    handlers.unlockStaff('123456');
    expect(handlers.diagnostics()).toMatchObject({ configErrors: [{ field: 'colour' }] });
  });

  describe('printHandout', () => {
    it('prints when a printer is ready', async () => {
      const { handlers, print } = setup();
      await expect(handlers.printHandout()).resolves.toEqual({ ok: true });
      expect(print).toHaveBeenCalledOnce();
    });

    it('refuses without a configured printer, whatever the renderer asks', async () => {
      const print = vi.fn(() => Promise.resolve(true));
      const { handlers } = setup({ print }, { ...CONFIG, printer: null });
      await expect(handlers.printHandout()).resolves.toEqual({ ok: false, reason: 'disabled' });
      expect(print).not.toHaveBeenCalled();
    });

    it('allows two prints per patient, then again after the idle reset', async () => {
      const { handlers, print } = setup();
      handlers.reportPatientSession('active');
      const results = [];
      for (let i = 0; i < 3; i += 1) results.push(await handlers.printHandout());
      expect(results).toEqual([{ ok: true }, { ok: true }, { ok: false, reason: 'limit' }]);
      expect(print).toHaveBeenCalledTimes(2);
      handlers.reportPatientSession('idle');
      await expect(handlers.printHandout()).resolves.toEqual({ ok: true });
    });

    it('reports a failed print, and one that threw', async () => {
      await expect(
        setup({ print: () => Promise.resolve(false) }).handlers.printHandout(),
      ).resolves.toEqual({ ok: false, reason: 'failed' });
      const failing = setup({ print: () => Promise.reject(new Error('spooler')) });
      await expect(failing.handlers.printHandout()).resolves.toEqual({
        ok: false,
        reason: 'failed',
      });
      expect(failing.log.warn).toHaveBeenCalled();
    });
  });
});
