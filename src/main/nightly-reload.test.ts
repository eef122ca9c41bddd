import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { msUntilNext, parseClockTime, scheduleNightlyReload } from './nightly-reload';
import { createFakeTimers } from './test-support/fake-timers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Local wall-clock times, whatever the machine's zone.
const at = (day: number, hours: number, minutes = 0, seconds = 0): Date =>
  new Date(2025, 5, day, hours, minutes, seconds);

describe('parseClockTime', () => {
  it.each([
    ['00:00', { hours: 0, minutes: 0 }],
    ['03:30', { hours: 3, minutes: 30 }],
    ['23:59', { hours: 23, minutes: 59 }],
  ])('reads %s', (text, expected) => expect(parseClockTime(text)).toEqual(expected));

  it.each(['off', '', '3:30', '24:00', '12:60', '03:30:00', ' 03:30', 'noon'])(
    'refuses %j',
    (text) => expect(parseClockTime(text)).toBeNull(),
  );
});

describe('msUntilNext', () => {
  it('is null for off', () => expect(msUntilNext('off', at(10, 12))).toBeNull());

  it('picks later today when the time is still ahead', () => {
    expect(msUntilNext('03:30', at(10, 1, 0))).toBe(2 * HOUR + 30 * MINUTE);
  });

  it('picks tomorrow when the time has passed today', () => {
    expect(msUntilNext('03:30', at(10, 4, 0))).toBe(23 * HOUR + 30 * MINUTE);
  });

  it('picks tomorrow when it is exactly that time now', () => {
    expect(msUntilNext('03:30', at(10, 3, 30))).toBe(DAY);
  });

  it('counts seconds: one second before is one second', () => {
    expect(msUntilNext('03:30', at(10, 3, 29, 59))).toBe(1000);
  });

  it('wraps over midnight and the end of a month', () => {
    expect(msUntilNext('00:15', new Date(2025, 5, 30, 23, 50))).toBe(25 * MINUTE);
  });

  it('always lands on the wanted local time', () => {
    for (const start of [at(1, 0), at(1, 3, 29), at(1, 3, 31), at(1, 23, 59, 59)]) {
      const next = new Date(start.getTime() + (msUntilNext('03:30', start) ?? 0));
      expect([next.getHours(), next.getMinutes(), next.getSeconds()]).toEqual([3, 30, 0]);
    }
  });

  describe('across a daylight-saving change (Europe/Amsterdam)', () => {
    const originalTz = process.env['TZ'];
    beforeAll(() => {
      process.env['TZ'] = 'Europe/Amsterdam';
    });
    afterAll(() => {
      if (originalTz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = originalTz;
    });

    it('keeps the local time when the clocks go forward (a 23-hour night)', () => {
      // 29 → 30 March 2025: 02:00 became 03:00.
      const now = new Date(2025, 2, 29, 4, 0);
      expect(now.getTimezoneOffset()).toBe(-60);
      const delay = msUntilNext('04:00', now) ?? 0;
      expect(delay).toBe(23 * HOUR);
      expect(new Date(now.getTime() + delay).getHours()).toBe(4);
    });

    it('keeps the local time when the clocks go back (a 25-hour night)', () => {
      // 25 → 26 October 2025: 03:00 became 02:00.
      const now = new Date(2025, 9, 25, 4, 0);
      const delay = msUntilNext('04:00', now) ?? 0;
      expect(delay).toBe(25 * HOUR);
      expect(new Date(now.getTime() + delay).getHours()).toBe(4);
    });

    it('on the morning of the change, the next day is still the same local time', () => {
      const now = new Date(2025, 2, 30, 5, 0);
      const delay = msUntilNext('02:30', now) ?? 0;
      const next = new Date(now.getTime() + delay);
      expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([31, 2, 30]);
    });
  });
});

describe('scheduleNightlyReload', () => {
  function setup(start: Date) {
    const timers = createFakeTimers(0);
    const origin = start.getTime();
    const wallClock = () => new Date(origin + timers.now());
    const reload = vi.fn();
    const log = { info: vi.fn() };
    return { timers, reload, log, wallClock };
  }

  it('does nothing when off', () => {
    const { timers, reload, log, wallClock } = setup(at(10, 12));
    scheduleNightlyReload('off', { reload, log, timers, wallClock });
    expect(timers.pendingDelays()).toEqual([]);
    timers.advance(7 * DAY);
    expect(reload).not.toHaveBeenCalled();
    expect(log.info).not.toHaveBeenCalled();
  });

  it('reloads at the time, then every night again at that time, logging each', () => {
    const { timers, reload, log, wallClock } = setup(at(10, 1, 0));
    scheduleNightlyReload('03:30', { reload, log, timers, wallClock });
    expect(timers.pendingDelays()).toEqual([2 * HOUR + 30 * MINUTE]);
    timers.advance(2 * HOUR + 30 * MINUTE - 1);
    expect(reload).not.toHaveBeenCalled();
    timers.advance(1);
    expect(reload).toHaveBeenCalledOnce();
    expect(timers.pendingDelays()).toEqual([DAY]);
    timers.advance(DAY);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(log.info).toHaveBeenCalledWith('nightly reload', { at: '03:30' });
  });

  it('a timer that fires a little early still reloads only once that night', () => {
    const { timers, reload, log } = setup(at(10, 1, 0));
    const origin = at(10, 1, 0).getTime();
    // Right when scheduling, 2 s slow by the time the timer fires: it fires "at 03:29:58".
    const drifting = () => new Date(origin + timers.now() - (timers.now() > 0 ? 2000 : 0));
    scheduleNightlyReload('03:30', { reload, log, timers, wallClock: drifting });
    timers.advance(2 * HOUR + 30 * MINUTE);
    expect(reload).toHaveBeenCalledOnce();
    timers.advance(HOUR);
    expect(reload).toHaveBeenCalledOnce();
    const [next] = timers.pendingDelays();
    expect(next).toBeGreaterThan(DAY - 2 * HOUR);
  });

  it('can be cancelled', () => {
    const { timers, reload, log, wallClock } = setup(at(10, 1, 0));
    const cancel = scheduleNightlyReload('03:30', { reload, log, timers, wallClock });
    cancel();
    timers.advance(2 * DAY);
    expect(reload).not.toHaveBeenCalled();
  });
});
