import { describe, expect, it, vi } from 'vitest';

import {
  attachRecovery,
  BACKOFF_MAX_MS,
  backoffDelay,
  STABLE_RESET_MS,
  UNRESPONSIVE_GRACE_MS,
} from './recovery';
import { createFakeTimers } from './test-support/fake-timers';

type Listener = (...args: unknown[]) => void;

function setup() {
  const listeners = new Map<string, Listener>();
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    forcefullyCrashRenderer: vi.fn(),
  };
  const timers = createFakeTimers(50_000);
  const reload = vi.fn();
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const recovery = attachRecovery(contents as never, { reload, log, timers });
  const emit = (event: string, ...args: unknown[]): void => {
    const listener = listeners.get(event);
    if (listener === undefined) throw new Error(`no listener for ${event}`);
    listener({}, ...args);
  };
  const gone = (reason: string, exitCode = 1): void =>
    emit('render-process-gone', { reason, exitCode });
  const failLoad = (errorCode = -6, isMainFrame = true): void =>
    emit('did-fail-load', errorCode, 'ERR_FILE_NOT_FOUND', 'app://kiosk/index.html', isMainFrame);
  // Runs the timers just short of `ms`, checks nothing reloaded, then reaches `ms`.
  const expectReloadAfter = (ms: number): void => {
    const before = reload.mock.calls.length;
    timers.advance(ms - 1);
    expect(reload).toHaveBeenCalledTimes(before);
    timers.advance(1);
    expect(reload).toHaveBeenCalledTimes(before + 1);
  };
  return {
    contents,
    listeners,
    timers,
    reload,
    log,
    recovery,
    emit,
    gone,
    failLoad,
    expectReloadAfter,
  };
}

describe('backoffDelay', () => {
  it('doubles from 1 s and stops at 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20, 1000].map(backoffDelay)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
    expect(BACKOFF_MAX_MS).toBe(60_000);
  });
});

describe('attachRecovery', () => {
  it.each([
    'abnormal-exit',
    'killed',
    'crashed',
    'oom',
    'launch-failed',
    'integrity-failure',
    'memory-eviction',
  ])('reloads 1 s after the renderer is gone (%s), and logs it', (reason) => {
    const { gone, expectReloadAfter, log } = setup();
    gone(reason);
    expectReloadAfter(1000);
    expect(log.warn).toHaveBeenCalledWith(
      expect.stringContaining('renderer gone'),
      expect.objectContaining({ reason, delayMs: 1000, attempt: 1 }),
    );
    expect(log.info).toHaveBeenCalledWith('reloading the window', { reason: 'renderer gone' });
  });

  it('does not reload after a clean exit', () => {
    const { gone, timers, reload, log } = setup();
    gone('clean-exit', 0);
    timers.advance(10 * 60_000);
    expect(reload).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith('renderer exited cleanly', { exitCode: 0 });
  });

  it('backs off 1, 2, 4 … s over repeated crashes, capped at 60 s', () => {
    const { gone, expectReloadAfter } = setup();
    for (const delay of [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]) {
      gone('crashed');
      expectReloadAfter(delay);
    }
  });

  it('starts again at 1 s after five quiet minutes', () => {
    const { gone, timers, expectReloadAfter } = setup();
    gone('crashed');
    expectReloadAfter(1000);
    gone('crashed');
    expectReloadAfter(2000);
    timers.advance(STABLE_RESET_MS - 2000);
    gone('oom');
    expectReloadAfter(1000);
  });

  it('keeps backing off when crashes come sooner than five minutes apart', () => {
    const { gone, timers, expectReloadAfter } = setup();
    gone('crashed');
    expectReloadAfter(1000);
    timers.advance(STABLE_RESET_MS - 1000 - 1);
    gone('crashed');
    expectReloadAfter(2000);
  });

  it('schedules one reload for several events about the same failure', () => {
    const { gone, failLoad, timers, reload, log } = setup();
    gone('crashed');
    gone('killed');
    failLoad();
    timers.advance(BACKOFF_MAX_MS);
    expect(reload).toHaveBeenCalledOnce();
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  describe('a hung renderer', () => {
    it(`waits ${UNRESPONSIVE_GRACE_MS / 1000} s, then stops it and reloads after the back-off`, () => {
      const { emit, timers, contents, expectReloadAfter, log } = setup();
      emit('unresponsive');
      timers.advance(UNRESPONSIVE_GRACE_MS - 1);
      expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
      timers.advance(1);
      expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
      expectReloadAfter(1000);
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining('renderer hung'),
        expect.objectContaining({ waitedMs: UNRESPONSIVE_GRACE_MS }),
      );
    });

    it('does nothing when it answers again in time', () => {
      const { emit, timers, reload, contents, log } = setup();
      emit('unresponsive');
      timers.advance(UNRESPONSIVE_GRACE_MS - 1);
      emit('responsive');
      timers.advance(10 * 60_000);
      expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
      expect(reload).not.toHaveBeenCalled();
      expect(log.info).toHaveBeenCalledWith('renderer responsive again');
    });

    it('counts from the first unresponsive event, not from repeats', () => {
      const { emit, timers, contents } = setup();
      emit('unresponsive');
      timers.advance(5000);
      emit('unresponsive');
      timers.advance(UNRESPONSIVE_GRACE_MS - 5000);
      expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    });

    it('reloads only once when stopping it reports the renderer gone', () => {
      const { emit, timers, contents, gone, reload } = setup();
      contents.forcefullyCrashRenderer.mockImplementation(() => gone('killed'));
      emit('unresponsive');
      timers.advance(UNRESPONSIVE_GRACE_MS + BACKOFF_MAX_MS);
      expect(reload).toHaveBeenCalledOnce();
    });
  });

  describe('a failed first load', () => {
    it('reloads with back-off until the page loads', () => {
      const { failLoad, expectReloadAfter } = setup();
      failLoad();
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
      failLoad();
      expectReloadAfter(4000);
    });

    it('logs the error code', () => {
      const { failLoad, log } = setup();
      failLoad(-6);
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining('page failed to load'),
        expect.objectContaining({ errorCode: -6, errorDescription: 'ERR_FILE_NOT_FOUND' }),
      );
    });

    it('ignores a subframe, an aborted load, and anything after the page has loaded', () => {
      const { failLoad, emit, timers, reload } = setup();
      failLoad(-6, false);
      failLoad(-3, true);
      emit('did-finish-load');
      failLoad(-6, true);
      timers.advance(10 * 60_000);
      expect(reload).not.toHaveBeenCalled();
    });

    it('watches the load after each recovery reload again', () => {
      const { gone, failLoad, emit, expectReloadAfter } = setup();
      emit('did-finish-load');
      gone('crashed');
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
    });
  });

  it('reloadNow reloads at once, cancels a pending reload, and watches the next load', () => {
    const { gone, recovery, timers, reload, failLoad, emit, expectReloadAfter } = setup();
    emit('did-finish-load');
    gone('crashed');
    recovery.reloadNow('staff');
    expect(reload).toHaveBeenCalledOnce();
    timers.advance(1000);
    expect(reload).toHaveBeenCalledOnce();
    failLoad();
    expectReloadAfter(2000);
  });

  it('logs a reload that throws and keeps going', () => {
    const { gone, timers, reload, log } = setup();
    reload.mockImplementation(() => {
      throw new Error('window destroyed');
    });
    gone('crashed');
    expect(() => timers.advance(1000)).not.toThrow();
    expect(log.error).toHaveBeenCalledWith('reload failed', expect.anything());
  });

  it('dispose cancels pending timers', () => {
    const { gone, emit, recovery, timers, reload, contents } = setup();
    gone('crashed');
    recovery.dispose();
    emit('unresponsive');
    recovery.dispose();
    timers.advance(10 * 60_000);
    expect(reload).not.toHaveBeenCalled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(timers.pendingDelays()).toEqual([]);
  });
});
