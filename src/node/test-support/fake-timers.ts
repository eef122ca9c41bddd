// A manual clock for tests of modules that take injectable Timers.

import type { TimerHandle, Timers } from '../timers';

type Pending = { id: number; at: number; callback: () => void };

export type FakeTimers = Timers & {
  /** Moves the clock on, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** Delays of the timers still pending, from now. */
  pendingDelays(): number[];
};

export function createFakeTimers(start = 0): FakeTimers {
  let now = start;
  let nextId = 1;
  let pending: Pending[] = [];
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.push({ id, at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout: (handle: TimerHandle) => {
      pending = pending.filter((timer) => timer.id !== handle);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = pending
          .filter((timer) => timer.at <= until)
          .sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (due === undefined) break;
        pending = pending.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
      }
      now = until;
    },
    pendingDelays: () => pending.map((timer) => timer.at - now),
  };
}
