import { beforeEach, describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../../node/test-support/fake-timers';
import { IpcChannel, STAFF_ACTIONS } from '../../shared/ipc';
import { DEFAULT_CONFIG } from '../../shared/settings/kiosk-settings';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn),
  },
}));

const { InvalidPayloadError, registerIpcHandlers, UntrustedSenderError } =
  await import('./register-ipc');
const { createOriginCheck } = await import('../security/trusted-origin');
const { createKioskService } = await import('../../node/kiosk/kiosk-service');
const { createStaffSession, STAFF_SESSION_MS } = await import('../../node/kiosk/staff-session');
const { createSettingsStore } = await import('../../node/config/settings-store');
const { createPatientSession } = await import('../../node/kiosk/patient-session');
const { createPrintAllowance } = await import('../../node/kiosk/print-allowance');
const { createStaffUnlock } = await import('../../node/kiosk/staff-unlock');
const { hashPin } = await import('../../node/kiosk/pin');
const { createPresentationRelay } = await import('./presentation-relay');

const APP_URL = 'app://kiosk/index.html';
const FOREIGN_URLS = ['https://evil.example/', 'file:///tmp/x.html', 'app://other/', '', undefined];
const info = { name: 'physio-kiosk', version: '0.1.0', languages: ['en', 'nl'], electron: '45' };
const STAFF_PIN = hashPin('482613', Buffer.alloc(24, 3));
const diagnostics = {
  version: '0.1.0',
  contentVersion: '1',
  uptimeSeconds: 5,
  memoryMB: 100,
  configPath: '/tmp/kiosk-config.json',
  configErrors: [],
  logTail: [],
};

const AUDIENCE_ID = 1;
const PRESENTER_ID = 2;
const eventFrom = (url: string | undefined, senderId = AUDIENCE_ID, parent: unknown = null) => ({
  sender: { id: senderId },
  senderFrame: url === undefined ? null : { url, parent },
});

// Registers the real handlers with fakes around them, on a clock the test moves.
function register() {
  const timers = createFakeTimers(1_000_000);
  const controls = { quit: vi.fn(), reload: vi.fn(), setMode: vi.fn(), swapScreens: vi.fn() };
  const print = vi.fn(() => Promise.resolve(true));
  const log = { info: vi.fn(), warn: vi.fn() };
  const session = createStaffSession({ timers });
  const relay = createPresentationRelay(log);
  const delivered: unknown[] = [];
  const window = (id: number) => ({
    id,
    send: (_channel: string, message: unknown) => delivered.push([id, message]),
    isDestroyed: () => false,
  });
  relay.attach('audience', window(AUDIENCE_ID));
  relay.attach('presenter', window(PRESENTER_ID));
  const store = createSettingsStore({ ...DEFAULT_CONFIG, staffPin: STAFF_PIN, printer: 'P' }, [], {
    printerReady: true,
    presenterMode: true,
  });
  registerIpcHandlers(
    createKioskService({
      appInfo: () => info,
      store,
      unlock: createStaffUnlock({ staffPin: STAFF_PIN, now: timers.now }),
      session,
      patient: createPatientSession(() => session.close()),
      controls,
      diagnostics: () => diagnostics,
      allowance: createPrintAllowance({ perSession: 2, perHour: 20 }, timers.now),
      print,
      log,
      relay,
    }),
    {
      isTrustedUrl: createOriginCheck(undefined),
      isOurContents: (id) => id === AUDIENCE_ID || id === PRESENTER_ID,
    },
  );
  const callFrom = (senderId: number, channel: string, ...args: unknown[]): unknown => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(eventFrom(APP_URL, senderId), ...args);
  };
  const call = (channel: string, ...args: unknown[]): unknown =>
    callFrom(AUDIENCE_ID, channel, ...args);
  return {
    call,
    callFrom,
    controls,
    print,
    delivered,
    store,
    advance: (ms: number) => timers.advance(ms),
  };
}

// One valid call per channel, so that refusing it proves the check runs before the handler.
const VALID_ARGS: Record<string, unknown[]> = {
  [IpcChannel.appInfo]: [],
  [IpcChannel.kioskSettings]: [],
  [IpcChannel.unlockStaff]: ['482613'],
  [IpcChannel.staffAction]: ['reload'],
  [IpcChannel.setDefaultLanguage]: ['en'],
  [IpcChannel.diagnostics]: [],
  [IpcChannel.printHandout]: [],
  [IpcChannel.reportPatientSession]: ['idle'],
  [IpcChannel.sendPresentation]: [{ kind: 'audience-hello' }],
};

describe('IPC', () => {
  beforeEach(() => handlers.clear());

  it('answers appInfo to the app itself', () => {
    const { call } = register();
    expect(call(IpcChannel.appInfo)).toEqual(info);
  });

  it('registers a handler for every channel of the contract and nothing else', () => {
    register();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
    expect(Object.keys(VALID_ARGS).sort()).toEqual(Object.values(IpcChannel).sort());
  });

  describe.each(Object.values(IpcChannel))('channel %s', (channel) => {
    it.each(FOREIGN_URLS)('refuses a sender at %j before doing anything', (url) => {
      const { controls, print } = register();
      const handler = handlers.get(channel);
      expect(() => handler?.(eventFrom(url), ...(VALID_ARGS[channel] ?? []))).toThrow(
        UntrustedSenderError,
      );
      expect(controls.reload).not.toHaveBeenCalled();
      expect(print).not.toHaveBeenCalled();
    });

    it('refuses a frame of our own origin inside the page, and a web contents not ours', () => {
      const { controls } = register();
      const args = VALID_ARGS[channel] ?? [];
      const handler = handlers.get(channel);
      expect(() => handler?.(eventFrom(APP_URL, AUDIENCE_ID, { url: APP_URL }), ...args)).toThrow(
        UntrustedSenderError,
      );
      expect(() => handler?.(eventFrom(APP_URL, 99), ...args)).toThrow(UntrustedSenderError);
      expect(controls.reload).not.toHaveBeenCalled();
    });

    it('refuses a sender that is a subframe of another origin', () => {
      register();
      const event = { senderFrame: { url: 'https://ads.example/frame.html' } };
      expect(() => handlers.get(channel)?.(event, ...(VALID_ARGS[channel] ?? []))).toThrow(
        UntrustedSenderError,
      );
    });

    it('refuses an extra argument', () => {
      const { call } = register();
      expect(() => call(channel, ...(VALID_ARGS[channel] ?? []), 'extra')).toThrow(
        InvalidPayloadError,
      );
    });
  });

  describe('payloads', () => {
    it.each([[[]], [[1234]], [[null]], [[{ pin: '1234' }]], [[['1234']]], [[undefined]]])(
      'unlockStaff refuses the arguments %j with a clear error',
      (args) => {
        const { call } = register();
        expect(() => call(IpcChannel.unlockStaff, ...args)).toThrow(/PIN as text/);
      },
    );

    it('unlockStaff counts a string that is not a PIN as a wrong PIN', () => {
      const { call } = register();
      expect(call(IpcChannel.unlockStaff, 'DROP TABLE')).toEqual({
        ok: false,
        reason: 'wrong-pin',
        attemptsLeft: 2,
      });
    });

    it.each([[[]], [['shutdown']], [['EXIT']], [[0]], [[null]], [[{ action: 'exit' }]]])(
      'staffAction refuses the arguments %j',
      (args) => {
        const { call, controls } = register();
        call(IpcChannel.unlockStaff, '482613');
        expect(() => call(IpcChannel.staffAction, ...args)).toThrow(InvalidPayloadError);
        expect(controls.quit).not.toHaveBeenCalled();
      },
    );

    it.each(STAFF_ACTIONS)('staffAction accepts %s', (action) => {
      const { call } = register();
      call(IpcChannel.unlockStaff, '482613');
      expect(call(IpcChannel.staffAction, action)).toEqual({ ok: true });
    });
  });

  describe('payloads of the newer channels', () => {
    it.each([[[]], [['EN']], [['nl; rm -rf']], [[42]], [['en', 'nl']]])(
      'setDefaultLanguage refuses %j',
      (args) => {
        const { call } = register();
        call(IpcChannel.unlockStaff, '482613');
        expect(() => call(IpcChannel.setDefaultLanguage, ...args)).toThrow(InvalidPayloadError);
      },
    );

    it.each([[[]], [['busy']], [[true]], [['idle', 'active']]])(
      'reportPatientSession refuses %j',
      (args) => {
        const { call } = register();
        expect(() => call(IpcChannel.reportPatientSession, ...args)).toThrow(InvalidPayloadError);
      },
    );

    it.each([
      [[]],
      [[{ kind: 'command', command: { type: 'reload' } }]],
      [[{ kind: 'state', state: { route: { screen: 'slide', index: -1 } } }]],
      [['hello']],
      [[{ kind: 'hello' }, { kind: 'bye' }]],
    ])('sendPresentation refuses %j', (args) => {
      const { call, delivered } = register();
      expect(() => call(IpcChannel.sendPresentation, ...args)).toThrow(InvalidPayloadError);
      expect(delivered).toEqual([]);
    });

    it('sendPresentation carries commands from the presenter window only', () => {
      const { call, callFrom, delivered } = register();
      const command = { kind: 'command', command: { type: 'go', index: 2 } };
      call(IpcChannel.sendPresentation, command);
      expect(delivered).toEqual([]);
      callFrom(PRESENTER_ID, IpcChannel.sendPresentation, command);
      expect(delivered).toEqual([[AUDIENCE_ID, command]]);
    });

    it("the presenter's goodbye ends presenter mode; the audience's does not", () => {
      const { call, callFrom, store } = register();
      call(IpcChannel.sendPresentation, { kind: 'bye' });
      expect(store.runtime().presenterMode).toBe(true);
      callFrom(PRESENTER_ID, IpcChannel.sendPresentation, { kind: 'bye' });
      expect(store.runtime().presenterMode).toBe(false);
    });

    it('an idle reset ends the staff session', () => {
      const { call } = register();
      call(IpcChannel.unlockStaff, '482613');
      call(IpcChannel.reportPatientSession, 'active');
      call(IpcChannel.reportPatientSession, 'idle');
      expect(call(IpcChannel.diagnostics)).toBeNull();
    });
  });

  describe('staff PIN and session', () => {
    it('locks the keypad for 60 s after three wrong PINs', () => {
      const { call, advance } = register();
      expect(call(IpcChannel.unlockStaff, '000000')).toMatchObject({ attemptsLeft: 2 });
      expect(call(IpcChannel.unlockStaff, '111111')).toMatchObject({ attemptsLeft: 1 });
      expect(call(IpcChannel.unlockStaff, '222222')).toEqual({
        ok: false,
        reason: 'locked',
        secondsLeft: 60,
      });
      advance(45_000);
      expect(call(IpcChannel.unlockStaff, '482613')).toEqual({
        ok: false,
        reason: 'locked',
        secondsLeft: 15,
      });
      expect(call(IpcChannel.diagnostics)).toBeNull();
      advance(15_000);
      expect(call(IpcChannel.unlockStaff, '482613')).toEqual({ ok: true, sessionSeconds: 120 });
    });

    it('refuses staff actions and diagnostics before an unlock', () => {
      const { call, controls } = register();
      expect(call(IpcChannel.staffAction, 'exit')).toEqual({ ok: false });
      expect(call(IpcChannel.diagnostics)).toBeNull();
      call(IpcChannel.unlockStaff, '999999');
      expect(call(IpcChannel.staffAction, 'exit')).toEqual({ ok: false });
      expect(controls.quit).not.toHaveBeenCalled();
    });

    it('allows them for two minutes after the right PIN, then refuses again', () => {
      const { call, controls, advance } = register();
      expect(call(IpcChannel.unlockStaff, '482613')).toEqual({ ok: true, sessionSeconds: 120 });
      expect(call(IpcChannel.diagnostics)).toEqual(diagnostics);
      advance(STAFF_SESSION_MS - 1);
      expect(call(IpcChannel.staffAction, 'toggle-mode')).toEqual({ ok: true });
      expect(controls.setMode).toHaveBeenCalledWith('windowed');
      advance(1);
      expect(call(IpcChannel.staffAction, 'toggle-mode')).toEqual({ ok: false });
      expect(call(IpcChannel.diagnostics)).toBeNull();
      expect(controls.setMode).toHaveBeenCalledTimes(1);
    });

    it('kioskSettings never carries the PIN hash', () => {
      const { call } = register();
      const answer = JSON.stringify(call(IpcChannel.kioskSettings));
      expect(answer).not.toContain(STAFF_PIN.hash);
      expect(answer).not.toContain(STAFF_PIN.salt);
    });
  });
});
