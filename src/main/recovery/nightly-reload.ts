// The optional nightly reload at a configured local time ("HH:MM") keeps weeks-long uptimes
// fresh. The wall clock is read every minute rather than turned into one long timer at start:
// a clock corrected after boot, or a machine waking from suspend, must not move the reload to
// another hour of the day. It never interrupts a patient: it waits for the next idle reset.

import type { RotatingLog } from '../../node/rotating-log';
import { systemTimers, type TimerHandle, type Timers } from '../../node/timers';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const CHECK_EVERY_MS = 60_000;
// A late timer or a short suspend still reloads that night; a clock that jumps far past the
// time skips a night rather than reloading at an hour nobody chose.
export const DUE_WINDOW_MS = 5 * 60_000;

export function parseClockTime(time: string): { hours: number; minutes: number } | null {
  const match = CLOCK_TIME.exec(time);
  if (!match) return null;
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/**
 * Today's reload time, as a local date, when `now` lies in the few minutes from it; else null.
 * (On the night the clocks go forward a time that does not exist falls an hour later.)
 */
export function dueReloadTime(clock: { hours: number; minutes: number }, now: Date): Date | null {
  const today = new Date(now.getTime());
  today.setHours(clock.hours, clock.minutes, 0, 0);
  const since = now.getTime() - today.getTime();
  return since >= 0 && since < DUE_WINDOW_MS ? today : null;
}

// The local calendar date of a reload time: one reload per date, also when the clocks go back
// and the same local time comes round twice.
function dateKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export type NightlyReloadOptions = {
  reload(): void;
  log: Pick<RotatingLog, 'info'>;
  /** True while a patient (or a presenting physio) uses the kiosk; by default nobody does. */
  isPatientActive?: () => boolean;
  timers?: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
  wallClock?: () => Date;
};

export type NightlyReload = {
  /** The kiosk went back to its start screen: a reload that was waiting happens now. */
  idleReset(): void;
  cancel(): void;
};

/** Reloads every night at `time`, or at the first idle moment after it; 'off' does nothing. */
export function scheduleNightlyReload(time: string, options: NightlyReloadOptions): NightlyReload {
  const {
    timers = systemTimers,
    wallClock = () => new Date(),
    isPatientActive = () => false,
    log,
  } = options;
  const clock = parseClockTime(time);
  if (clock === null) return { idleReset: () => undefined, cancel: () => undefined };
  let handle: TimerHandle | null = null;
  let lastReloadDate: string | null = null;
  let waiting = false;

  const reload = (): void => {
    waiting = false;
    log.info('nightly reload', { at: time });
    options.reload();
  };

  const tryReload = (): void => {
    if (!isPatientActive()) reload();
    else if (!waiting) {
      waiting = true;
      log.info('nightly reload waits for the next idle reset', { at: time });
    }
  };

  const check = (): void => {
    handle = timers.setTimeout(check, CHECK_EVERY_MS);
    const due = dueReloadTime(clock, wallClock());
    if (due !== null && dateKey(due) !== lastReloadDate) {
      lastReloadDate = dateKey(due);
      tryReload();
    } else if (waiting) {
      tryReload();
    }
  };

  log.info('nightly reload scheduled', { at: time });
  // Started within the minutes after the time: this night's reload would only repeat the start.
  const dueAtStart = dueReloadTime(clock, wallClock());
  if (dueAtStart !== null) lastReloadDate = dateKey(dueAtStart);
  handle = timers.setTimeout(check, CHECK_EVERY_MS);

  return {
    idleReset: () => {
      if (waiting) reload();
    },
    cancel: () => {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      waiting = false;
    },
  };
}
