// Brings the kiosk back by itself: a renderer that crashed, was killed, ran out of memory or
// hangs, or whose page failed to load, is reloaded after a back-off delay (1 s, 2 s, 4 s …
// at most 60 s) so that a broken build does not loop hot. Five quiet minutes reset the delay.

import type { WebContents } from 'electron';

import type { RotatingLog } from './rotating-log';
import { systemTimers, type TimerHandle, type Timers } from './timers';

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;
export const STABLE_RESET_MS = 5 * 60_000;
export const UNRESPONSIVE_GRACE_MS = 10_000;
// Chromium's ERR_ABORTED: a load replaced by another one, not a failure.
const ERR_ABORTED = -3;

/** The delay before reload number `attempt` (0-based) of a series of failures. */
export function backoffDelay(attempt: number): number {
  const exponent = Math.max(0, Math.min(Math.floor(attempt), 16));
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
}

export type RecoverableContents = Pick<WebContents, 'on' | 'forcefullyCrashRenderer'>;

export type RecoveryOptions = {
  /** Loads the start page again. */
  reload(): void;
  log: Pick<RotatingLog, 'info' | 'warn' | 'error'>;
  timers?: Timers;
  unresponsiveGraceMs?: number;
};

export type Recovery = {
  /** An immediate reload on purpose (staff, nightly); counts as a new first load. */
  reloadNow(reason: string): void;
  dispose(): void;
};

export function attachRecovery(contents: RecoverableContents, options: RecoveryOptions): Recovery {
  const { log, timers = systemTimers, unresponsiveGraceMs = UNRESPONSIVE_GRACE_MS } = options;
  let attempt = 0;
  let lastFailureAt: number | null = null;
  let pendingReload: TimerHandle | null = null;
  let hangTimer: TimerHandle | null = null;
  let loadedSinceReload = false;

  const cancelHangTimer = (): void => {
    if (hangTimer !== null) timers.clearTimeout(hangTimer);
    hangTimer = null;
  };

  const reload = (reason: string): void => {
    loadedSinceReload = false;
    cancelHangTimer();
    log.info('reloading the window', { reason });
    try {
      options.reload();
    } catch (error) {
      log.error('reload failed', { reason, error });
    }
  };

  const scheduleReload = (cause: string, fields: Record<string, unknown>): void => {
    if (pendingReload !== null) {
      log.warn(`${cause} (a reload is already scheduled)`, fields);
      return;
    }
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

  contents.on('render-process-gone', (_event, details) => {
    cancelHangTimer();
    if (details.reason === 'clean-exit') {
      log.info('renderer exited cleanly', { exitCode: details.exitCode });
      return;
    }
    scheduleReload('renderer gone', { reason: details.reason, exitCode: details.exitCode });
  });

  contents.on('unresponsive', () => {
    if (hangTimer !== null) return;
    log.warn(`renderer unresponsive; waiting ${unresponsiveGraceMs / 1000} s before reloading`);
    hangTimer = timers.setTimeout(() => {
      hangTimer = null;
      scheduleReload('renderer hung', { waitedMs: unresponsiveGraceMs });
      try {
        contents.forcefullyCrashRenderer();
      } catch (error) {
        log.error('could not stop the hung renderer', { error });
      }
    }, unresponsiveGraceMs);
  });

  contents.on('responsive', () => {
    if (hangTimer === null) return;
    cancelHangTimer();
    log.info('renderer responsive again');
  });

  contents.on('did-finish-load', () => {
    loadedSinceReload = true;
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || loadedSinceReload) return;
    scheduleReload('page failed to load', { errorCode, errorDescription });
  });

  return {
    reloadNow: (reason) => {
      if (pendingReload !== null) timers.clearTimeout(pendingReload);
      pendingReload = null;
      reload(reason);
    },
    dispose: () => {
      if (pendingReload !== null) timers.clearTimeout(pendingReload);
      pendingReload = null;
      cancelHangTimer();
    },
  };
}
