import { describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../../node/test-support/fake-timers';
import {
  attachRecovery,
  BACKOFF_MAX_MS,
  backoffDelay,
  outOfOrderRetrySeconds,
  STABLE_RESET_MS,
  UNRESPONSIVE_GRACE_MS,
} from './recovery';

type Listener = (...args: unknown[]) => void;

const START = 'app://kiosk/index.html';
const OUT_OF_ORDER = 'app://kiosk/out-of-order.html?lng=nl&retry=30';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const listeners = new Map<string, Listener>();
  let url = START;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    forcefullyCrashRenderer: vi.fn(),
    getURL: () => url,
  };
  const timers = createFakeTimers(50_000);
  const reload = vi.fn(() => (url = START));
  const showOutOfOrder = vi.fn((_retrySeconds: number) => (url = OUT_OF_ORDER));
  // The page starts unless a test says otherwise.
  const checkStarted = vi.fn(() => Promise.resolve(true));
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const recovery = attachRecovery(contents as never, {
    reload,
    showOutOfOrder,
    checkStarted,
    isStartPage: (candidate) => candidate.split('#')[0] === START,
    log,
    timers,
  });
  const emit = (event: string, ...args: unknown[]): void => {
    const listener = listeners.get(event);
    if (listener === undefined) throw new Error(`no listener for ${event}`);
    listener({}, ...args);
  };
  const gone = (reason: string, exitCode = 1): void =>
    emit('render-process-gone', { reason, exitCode });
  const failLoad = (errorCode = -6, isMainFrame = true, failedUrl = START): void =>
    emit('did-fail-load', errorCode, 'ERR_FILE_NOT_FOUND', failedUrl, isMainFrame);
  /** The page at hand finishes loading, and its start check answers. */
  const finishLoad = async (started = true): Promise<void> => {
    checkStarted.mockResolvedValueOnce(started);
    emit('did-finish-load');
    await flush();
  };
  /** The out-of-order page goes back to the start page by itself. */
  const retryFromOutOfOrder = (): void => {
    url = START;
    listeners.get('did-start-navigation')?.({
      url: START,
      isMainFrame: true,
      isSameDocument: false,
    });
  };
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
    showOutOfOrder,
    checkStarted,
    log,
    recovery,
    emit,
    gone,
    failLoad,
    finishLoad,
    retryFromOutOfOrder,
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

  it('backs off 1, 2, 4 … s over repeated crashes of the running app, capped at 60 s', async () => {
    const { gone, finishLoad, expectReloadAfter, showOutOfOrder } = setup();
    for (const delay of [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]) {
      await finishLoad();
      gone('crashed');
      expectReloadAfter(delay);
    }
    expect(showOutOfOrder).not.toHaveBeenCalled();
  });

  it('starts again at 1 s after five quiet minutes', async () => {
    const { gone, finishLoad, timers, expectReloadAfter } = setup();
    await finishLoad();
    gone('crashed');
    expectReloadAfter(1000);
    await finishLoad();
    gone('crashed');
    expectReloadAfter(2000);
    await finishLoad();
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
    it('reloads with back-off until the page loads', async () => {
      const { failLoad, finishLoad, expectReloadAfter, showOutOfOrder } = setup();
      failLoad();
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
      await finishLoad();
      expect(showOutOfOrder).not.toHaveBeenCalled();
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

  describe('three failed loads in a row', () => {
    it('shows the out-of-order page instead of a third reload, and logs it as an error', () => {
      const { failLoad, expectReloadAfter, timers, reload, showOutOfOrder, log } = setup();
      failLoad();
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
      failLoad();
      expect(showOutOfOrder).toHaveBeenCalledExactlyOnceWith(30);
      timers.advance(60 * 60_000);
      expect(reload).toHaveBeenCalledTimes(2);
      expect(log.error).toHaveBeenCalledWith(
        expect.stringContaining('out of order after 3 failed loads in a row'),
        expect.objectContaining({ failedLoads: 3, retrySeconds: 30, errorCode: -6 }),
      );
    });

    it('counts a page that loads but never starts (a script error before React mounts)', async () => {
      const { finishLoad, expectReloadAfter, showOutOfOrder, log } = setup();
      await finishLoad(false);
      expectReloadAfter(1000);
      await finishLoad(false);
      expectReloadAfter(2000);
      expect(showOutOfOrder).not.toHaveBeenCalled();
      await finishLoad(false);
      expect(showOutOfOrder).toHaveBeenCalledOnce();
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining('page did not start'),
        expect.objectContaining({ failedLoads: 1 }),
      );
    });

    it('counts a start check that fails, and a crash while starting', async () => {
      const { checkStarted, emit, gone, expectReloadAfter, failLoad, showOutOfOrder } = setup();
      checkStarted.mockRejectedValueOnce(new Error('page gone'));
      emit('did-finish-load');
      await flush();
      expectReloadAfter(1000);
      gone('crashed');
      expectReloadAfter(2000);
      failLoad();
      expect(showOutOfOrder).toHaveBeenCalledOnce();
    });

    it('starts counting again after a load that started', async () => {
      const { failLoad, finishLoad, gone, expectReloadAfter, showOutOfOrder } = setup();
      failLoad();
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
      await finishLoad();
      gone('crashed');
      expectReloadAfter(4000);
      failLoad();
      expectReloadAfter(8000);
      expect(showOutOfOrder).not.toHaveBeenCalled();
    });

    it('does not check the start of the out-of-order page itself', async () => {
      const { failLoad, expectReloadAfter, checkStarted, emit } = setup();
      failLoad();
      expectReloadAfter(1000);
      failLoad();
      expectReloadAfter(2000);
      failLoad();
      checkStarted.mockClear();
      emit('did-finish-load');
      await flush();
      expect(checkStarted).not.toHaveBeenCalled();
    });

    it('ignores the answer of a start check that a newer load overtook', async () => {
      const { checkStarted, emit, gone, expectReloadAfter, failLoad, showOutOfOrder } = setup();
      let answer: (started: boolean) => void = () => undefined;
      checkStarted.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
      emit('did-finish-load');
      gone('crashed');
      expectReloadAfter(1000);
      answer(false);
      await flush();
      failLoad();
      expectReloadAfter(2000);
      expect(showOutOfOrder).not.toHaveBeenCalled();
    });
  });

  describe('while out of order', () => {
    async function outOfOrder({ pageLoads = true } = {}) {
      const context = setup();
      for (const delay of [1000, 2000]) {
        context.failLoad();
        context.expectReloadAfter(delay);
      }
      context.failLoad();
      // The out-of-order page itself loads.
      if (pageLoads) context.emit('did-finish-load');
      await flush();
      return context;
    }

    it('shows the page again at once when its retry fails, waiting longer each time', async () => {
      const { retryFromOutOfOrder, finishLoad, failLoad, showOutOfOrder, reload, timers, log } =
        await outOfOrder();
      retryFromOutOfOrder();
      await finishLoad(false);
      expect(showOutOfOrder).toHaveBeenLastCalledWith(60);
      retryFromOutOfOrder();
      failLoad();
      expect(showOutOfOrder).toHaveBeenLastCalledWith(120);
      expect(showOutOfOrder).toHaveBeenCalledTimes(3);
      timers.advance(60 * 60_000);
      expect(reload).toHaveBeenCalledTimes(2);
      expect(log.error).toHaveBeenCalledOnce();
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining('still out of order'),
        expect.objectContaining({ retrySeconds: 120 }),
      );
    });

    it('is back in order when its retry starts the app, and counts afresh', async () => {
      const { retryFromOutOfOrder, finishLoad, gone, showOutOfOrder, log, timers, reload } =
        await outOfOrder();
      retryFromOutOfOrder();
      await finishLoad(true);
      expect(log.info).toHaveBeenCalledWith('back in order', { failedLoads: 3 });
      gone('crashed');
      timers.advance(60_000);
      expect(reload).toHaveBeenCalledTimes(3);
      expect(showOutOfOrder).toHaveBeenCalledOnce();
    });

    it('tries the start page after a back-off if the out-of-order page cannot be shown', async () => {
      const { failLoad, reload, timers } = await outOfOrder({ pageLoads: false });
      failLoad(-6, true, OUT_OF_ORDER);
      timers.advance(60_000);
      expect(reload).toHaveBeenCalledTimes(3);
    });
  });

  it("waits longer between the out-of-order page's tries, from 30 s up to 10 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100].map(outOfOrderRetrySeconds)).toEqual([
      30, 60, 120, 240, 480, 600, 600, 600,
    ]);
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
