// Whether the page that just loaded has started: the renderer marks <html> once React has
// mounted. A script error before that leaves a blank page that loaded "fine"; main asks the page
// a few times a second until the mark is there, or gives up after a while and calls it failed.

import type { WebContents } from 'electron';

import { systemTimers, type TimerHandle, type Timers } from '../../node/timers';
import { APP_STARTED_ATTRIBUTE } from '../../shared/app-started';

export const START_TIMEOUT_MS = 10_000;
export const START_POLL_MS = 250;
const PROBE = `document.documentElement.hasAttribute(${JSON.stringify(APP_STARTED_ATTRIBUTE)})`;

export type StartCheckContents = Pick<WebContents, 'executeJavaScript' | 'isDestroyed'>;

export type StartCheckOptions = {
  timers?: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
  timeoutMs?: number;
  pollMs?: number;
};

/** Resolves true as soon as the page has started, false if it has not within the time. */
export function createStartCheck(
  contents: StartCheckContents,
  options: StartCheckOptions = {},
): () => Promise<boolean> {
  const { timers = systemTimers, timeoutMs = START_TIMEOUT_MS, pollMs = START_POLL_MS } = options;
  return () =>
    new Promise<boolean>((resolve) => {
      let settled = false;
      let nextPoll: TimerHandle | null = null;
      const settle = (started: boolean): void => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(deadline);
        if (nextPoll !== null) timers.clearTimeout(nextPoll);
        resolve(started);
      };
      const deadline = timers.setTimeout(() => settle(false), timeoutMs);
      const pollLater = (): void => {
        if (!settled) nextPoll = timers.setTimeout(poll, pollMs);
      };
      function poll(): void {
        nextPoll = null;
        if (settled) return;
        if (contents.isDestroyed()) return settle(false);
        // A hung page never answers: the deadline still settles the check.
        contents
          .executeJavaScript(PROBE)
          .then((started: unknown) => (started === true ? settle(true) : pollLater()), pollLater);
      }
      poll();
    });
}
