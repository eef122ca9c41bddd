// Brings the kiosk back by itself: a renderer that crashed, was killed, ran out of memory or
// hangs, or whose page failed to load or to start, is reloaded after a back-off delay (1 s, 2 s,
// 4 s … at most 60 s) so that a broken build does not loop hot. Five quiet minutes reset the
// delay. After three failed loads in a row it stops trying in front of the patient: it shows the
// out-of-order page, which tries the start page again by itself now and then.

import type { WebContents } from 'electron';

import type { RotatingLog } from '../../node/rotating-log';
import { systemTimers, type TimerHandle, type Timers } from '../../node/timers';

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;
export const STABLE_RESET_MS = 5 * 60_000;
export const UNRESPONSIVE_GRACE_MS = 10_000;
export const FAILED_LOADS_BEFORE_OUT_OF_ORDER = 3;
export const OUT_OF_ORDER_RETRY_BASE_SECONDS = 30;
export const OUT_OF_ORDER_RETRY_MAX_SECONDS = 600;
// Chromium's ERR_ABORTED: a load replaced by another one, not a failure.
const ERR_ABORTED = -3;

/** The delay before reload number `attempt` (0-based) of a series of failures. */
export function backoffDelay(attempt: number): number {
  const exponent = Math.max(0, Math.min(Math.floor(attempt), 16));
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
}

/** How long the out-of-order page waits between its tries, the `shown`-th time it is shown. */
export function outOfOrderRetrySeconds(shown: number): number {
  const exponent = Math.max(0, Math.min(Math.floor(shown) - 1, 16));
  return Math.min(OUT_OF_ORDER_RETRY_BASE_SECONDS * 2 ** exponent, OUT_OF_ORDER_RETRY_MAX_SECONDS);
}

export type RecoverableContents = Pick<WebContents, 'on' | 'forcefullyCrashRenderer' | 'getURL'>;

export type RecoveryOptions = {
  /** Loads the start page again. */
  reload(): void;
  /** Loads the out-of-order page, which tries the start page again every `retrySeconds`. */
  showOutOfOrder(retrySeconds: number): void;
  /** Resolves whether the page that just loaded has started (see start-check.ts). */
  checkStarted(): Promise<boolean>;
  isStartPage(url: string): boolean;
  log: Pick<RotatingLog, 'info' | 'warn' | 'error'>;
  timers?: Timers;
  unresponsiveGraceMs?: number;
};

export type Recovery = {
  /** An immediate reload on purpose (staff, nightly); counts as a new first load. */
  reloadNow(reason: string): void;
  dispose(): void;
};

type Fields = Record<string, unknown>;

export function attachRecovery(contents: RecoverableContents, options: RecoveryOptions): Recovery {
  const { log, timers = systemTimers, unresponsiveGraceMs = UNRESPONSIVE_GRACE_MS } = options;
  let attempt = 0;
  let lastFailureAt: number | null = null;
  let pendingReload: TimerHandle | null = null;
  let hangTimer: TimerHandle | null = null;
  let loadedSinceNavigation = false;
  // 'starting' from each load of the start page until it has started or failed.
  let phase: 'starting' | 'running' | 'out-of-order' = 'starting';
  let failedLoads = 0;
  let outOfOrderShown = 0;
  // Only the start check of the latest load may decide anything.
  let checkId = 0;
  // The renderer main stopped because it hung: its end is not a new failure.
  let killedOnPurpose = false;

  const cancelHangTimer = (): void => {
    if (hangTimer !== null) timers.clearTimeout(hangTimer);
    hangTimer = null;
  };

  const cancelPendingReload = (): void => {
    if (pendingReload !== null) timers.clearTimeout(pendingReload);
    pendingReload = null;
  };

  const reload = (reason: string): void => {
    loadedSinceNavigation = false;
    phase = 'starting';
    checkId += 1;
    cancelHangTimer();
    log.info('reloading the window', { reason });
    try {
      options.reload();
    } catch (error) {
      log.error('reload failed', { reason, error });
    }
  };

  const scheduleReload = (cause: string, fields: Fields): void => {
    const now = timers.now();
    if (lastFailureAt !== null && now - lastFailureAt >= STABLE_RESET_MS) attempt = 0;
    const delayMs = backoffDelay(attempt);
    attempt += 1;
    lastFailureAt = now;
    log.warn(`${cause}; reloading in ${delayMs / 1000} s`, { ...fields, attempt, delayMs });
    pendingReload = timers.setTimeout(() => {
      pendingReload = null;
      reload(cause);
    }, delayMs);
  };

  const showOutOfOrder = (cause: string, fields: Fields): void => {
    loadedSinceNavigation = false;
    phase = 'out-of-order';
    checkId += 1;
    cancelHangTimer();
    outOfOrderShown += 1;
    const retrySeconds = outOfOrderRetrySeconds(outOfOrderShown);
    const details = { ...fields, failedLoads, retrySeconds };
    if (outOfOrderShown === 1) {
      log.error(`${cause}; out of order after ${failedLoads} failed loads in a row`, details);
    } else {
      log.warn(`${cause}; still out of order`, details);
    }
    try {
      options.showOutOfOrder(retrySeconds);
    } catch (error) {
      log.error('could not show the out-of-order page', { error });
    }
  };

  const failed = (cause: string, fields: Fields): void => {
    if (pendingReload !== null) {
      log.warn(`${cause} (a reload is already scheduled)`, fields);
      return;
    }
    if (phase !== 'starting') {
      // The running app crashed, or the out-of-order page itself did: try the start page.
      scheduleReload(cause, fields);
      return;
    }
    failedLoads += 1;
    if (failedLoads >= FAILED_LOADS_BEFORE_OUT_OF_ORDER) showOutOfOrder(cause, fields);
    else scheduleReload(cause, { ...fields, failedLoads });
  };

  const started = (): void => {
    phase = 'running';
    if (outOfOrderShown > 0) log.info('back in order', { failedLoads });
    failedLoads = 0;
    outOfOrderShown = 0;
  };

  const checkStart = (): void => {
    const id = ++checkId;
    options.checkStarted().then(
      (ok) => {
        if (id !== checkId) return;
        if (ok) started();
        else failed('page did not start', {});
      },
      (error: unknown) => {
        if (id === checkId) failed('page did not start', { error });
      },
    );
  };

  contents.on('render-process-gone', (_event, details) => {
    cancelHangTimer();
    if (killedOnPurpose) {
      killedOnPurpose = false;
      log.info('hung renderer stopped', { reason: details.reason });
      return;
    }
    if (details.reason === 'clean-exit') {
      log.info('renderer exited cleanly', { exitCode: details.exitCode });
      return;
    }
    checkId += 1;
    failed('renderer gone', { reason: details.reason, exitCode: details.exitCode });
  });

  contents.on('unresponsive', () => {
    if (hangTimer !== null) return;
    log.warn(`renderer unresponsive; waiting ${unresponsiveGraceMs / 1000} s before reloading`);
    hangTimer = timers.setTimeout(() => {
      hangTimer = null;
      checkId += 1;
      // Stopped first, so that the page loaded next does not land in the renderer being killed.
      try {
        killedOnPurpose = true;
        contents.forcefullyCrashRenderer();
      } catch (error) {
        killedOnPurpose = false;
        log.error('could not stop the hung renderer', { error });
      }
      failed('renderer hung', { waitedMs: unresponsiveGraceMs });
    }, unresponsiveGraceMs);
  });

  contents.on('responsive', () => {
    if (hangTimer === null) return;
    cancelHangTimer();
    log.info('renderer responsive again');
  });

  // The out-of-order page going back to the start page by itself is a new load to watch.
  contents.on('did-start-navigation', (event) => {
    if (event.isMainFrame && !event.isSameDocument) loadedSinceNavigation = false;
  });

  contents.on('did-finish-load', () => {
    loadedSinceNavigation = true;
    killedOnPurpose = false;
    if (!options.isStartPage(contents.getURL())) return;
    if (phase === 'out-of-order') log.info('the out-of-order page tries the start page again');
    phase = 'starting';
    checkStart();
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || loadedSinceNavigation) return;
    if (options.isStartPage(url)) phase = 'starting';
    checkId += 1;
    failed('page failed to load', { errorCode, errorDescription });
  });

  return {
    reloadNow: (reason) => {
      cancelPendingReload();
      reload(reason);
    },
    dispose: () => {
      cancelPendingReload();
      cancelHangTimer();
      checkId += 1;
    },
  };
}
