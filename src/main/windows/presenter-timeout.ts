// Presenter mode ends by itself when the physio has left: after a set time without a command
// from the presenter window, so that a forgotten presenter view does not keep the kiosk from its
// idle reset (and the next patient from a clean screen) for the rest of the day.

import type { Timers, TimerHandle } from '../../node/timers';

export interface PresenterTimeout {
  /** Presenter mode as the settings say now: the time starts when it goes on, stops when off. */
  setPresenting(on: boolean): void;
  /** The presenter sent a command: the time starts afresh. */
  touch(): void;
}

export function createPresenterTimeout(options: {
  timers: Timers;
  ms: number;
  onTimeout(): void;
}): PresenterTimeout {
  const { timers, ms, onTimeout } = options;
  let handle: TimerHandle | undefined;
  const stop = (): void => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
  };
  const touch = (): void => {
    stop();
    handle = timers.setTimeout(() => {
      handle = undefined;
      onTimeout();
    }, ms);
  };
  return {
    setPresenting: (on) => {
      if (!on) stop();
      else if (handle === undefined) touch();
    },
    touch,
  };
}
