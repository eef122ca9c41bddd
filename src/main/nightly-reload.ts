// The optional nightly reload at a configured local time ("HH:MM") keeps weeks-long uptimes
// fresh. Times are local wall-clock times: 03:30 stays 03:30 across a daylight-saving change.

import type { RotatingLog } from './rotating-log';
import { systemTimers, type Timers } from './timers';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// A timer may fire a little early; never schedule the same night's reload twice.
const MIN_GAP_MS = 60_000;

export function parseClockTime(time: string): { hours: number; minutes: number } | null {
  const match = CLOCK_TIME.exec(time);
  if (!match) return null;
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/**
 * Milliseconds from `now` to the next local `time` strictly after `now` (today if still ahead,
 * else tomorrow); null for 'off' or anything that is not "HH:MM".
 */
export function msUntilNext(time: string, now: Date): number | null {
  const clock = parseClockTime(time);
  if (clock === null) return null;
  const next = new Date(now.getTime());
  next.setHours(clock.hours, clock.minutes, 0, 0);
  if (next.getTime() <= now.getTime()) {
    next.setDate(next.getDate() + 1);
    // setHours moves a time that does not exist today (spring forward) an hour on, and
    // setDate keeps that shifted time: set the wanted time again on the new day.
    next.setHours(clock.hours, clock.minutes, 0, 0);
  }
  return next.getTime() - now.getTime();
}

export type NightlyReloadOptions = {
  reload(): void;
  log: Pick<RotatingLog, 'info'>;
  timers?: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
  wallClock?: () => Date;
};

/** Schedules the reload every night at `time`; returns a cancel function. 'off' does nothing. */
export function scheduleNightlyReload(time: string, options: NightlyReloadOptions): () => void {
  const { timers = systemTimers, wallClock = () => new Date() } = options;
  let handle: unknown = null;
  let cancelled = false;

  const scheduleFrom = (earliest: Date): void => {
    const delay = msUntilNext(time, earliest);
    if (delay === null || cancelled) return;
    const now = wallClock();
    const wait = earliest.getTime() - now.getTime() + delay;
    handle = timers.setTimeout(
      () => {
        handle = null;
        options.log.info('nightly reload', { at: time });
        options.reload();
        scheduleFrom(new Date(wallClock().getTime() + MIN_GAP_MS));
      },
      Math.max(0, wait),
    );
  };

  if (parseClockTime(time) !== null) {
    options.log.info('nightly reload scheduled', { at: time });
    scheduleFrom(wallClock());
  }
  return () => {
    cancelled = true;
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
}
