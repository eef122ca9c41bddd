import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../../node/test-support/fake-timers';
import {
  CHECK_EVERY_MS,
  DUE_WINDOW_MS,
  dueReloadTime,
  parseClockTime,
  scheduleNightlyReload,
} from './nightly-reload';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Local wall-clock times, whatever the machine's zone.
const at = (day: number, hours: number, minutes = 0, seconds = 0): Date =>
  new Date(2025, 5, day, hours, minutes, seconds);
const hhmm = (date: Date): string =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

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

describe('dueReloadTime', () => {
  const clock = { hours: 3, minutes: 30 };

  it('is due from the time itself for a few minutes', () => {
    expect(dueReloadTime(clock, at(10, 3, 29, 59))).toBeNull();
    expect(dueReloadTime(clock, at(10, 3, 30))).toEqual(at(10, 3, 30));
    expect(dueReloadTime(clock, new Date(at(10, 3, 30).getTime() + DUE_WINDOW_MS - 1))).toEqual(
      at(10, 3, 30),
    );
    expect(dueReloadTime(clock, new Date(at(10, 3, 30).getTime() + DUE_WINDOW_MS))).toBeNull();
    expect(dueReloadTime(clock, at(10, 15, 0))).toBeNull();
  });
});

describe('scheduleNightlyReload', () => {
  /** A wall clock that runs with the fake timers and can be set, as NTP or a suspend does. */
  function setup(start: Date, patient = { active: false }) {
    const timers = createFakeTimers(0);
    let offset = start.getTime();
    const wallClock = () => new Date(offset + timers.now());
    const setWallClock = (date: Date): void => {
      offset = date.getTime() - timers.now();
    };
    const reload = vi.fn(() => reloads.push(hhmm(wallClock())));
    const reloads: string[] = [];
    const log = { info: vi.fn() };
    const options = { reload, log, timers, wallClock, isPatientActive: () => patient.active };
    return { timers, reload, reloads, log, wallClock, setWallClock, options, patient };
  }

  it('does nothing when off', () => {
    const { timers, reload, log, options } = setup(at(10, 12));
    scheduleNightlyReload('off', options);
    expect(timers.pendingDelays()).toEqual([]);
    timers.advance(7 * DAY);
    expect(reload).not.toHaveBeenCalled();
    expect(log.info).not.toHaveBeenCalled();
  });

  it('checks the wall clock every minute', () => {
    const { timers, options } = setup(at(10, 1, 0));
    scheduleNightlyReload('03:30', options);
    expect(timers.pendingDelays()).toEqual([CHECK_EVERY_MS]);
    timers.advance(CHECK_EVERY_MS);
    expect(timers.pendingDelays()).toEqual([CHECK_EVERY_MS]);
  });

  it('reloads at the time, once, then every night again at that time, logging each', () => {
    const { timers, reloads, log, options } = setup(at(10, 1, 0, 20));
    scheduleNightlyReload('03:30', options);
    timers.advance(2 * HOUR + 29 * MINUTE);
    expect(reloads).toEqual([]);
    timers.advance(MINUTE);
    expect(reloads).toEqual(['03:30']);
    timers.advance(DUE_WINDOW_MS + HOUR);
    expect(reloads).toEqual(['03:30']);
    timers.advance(DAY);
    expect(reloads).toEqual(['03:30', '03:30']);
    expect(log.info).toHaveBeenCalledWith('nightly reload', { at: '03:30' });
  });

  it('follows a clock set back after boot: still at 03:30, not hours later', () => {
    // Booted with a clock four hours fast; NTP corrects it an hour later.
    const { timers, reloads, setWallClock, wallClock, options } = setup(at(10, 5, 0));
    scheduleNightlyReload('03:30', options);
    timers.advance(HOUR);
    setWallClock(new Date(wallClock().getTime() - 4 * HOUR));
    timers.advance(DAY);
    expect(reloads).toEqual(['03:30']);
  });

  it('follows a clock set forward after boot: never in the middle of the day', () => {
    // Booted with a clock a day and a half slow (a flat CMOS battery); corrected at "02:00".
    const { timers, reloads, setWallClock, options } = setup(at(10, 2, 0));
    scheduleNightlyReload('03:30', options);
    timers.advance(10 * MINUTE);
    setWallClock(at(11, 14, 10));
    timers.advance(DAY);
    expect(reloads).toEqual(['03:30']);
  });

  it('after a suspend, reloads on waking just after the time, and not when waking hours later', () => {
    const { timers, reloads, setWallClock, wallClock, options } = setup(at(10, 3, 0));
    scheduleNightlyReload('03:30', options);
    // Asleep from 03:00:30 to 03:32: the timers did not run meanwhile.
    timers.advance(30_000);
    setWallClock(at(10, 3, 31, 30));
    timers.advance(CHECK_EVERY_MS);
    expect(reloads).toEqual(['03:32']);
    // The next night it sleeps from 03:00 until 08:00: no reload in the morning rush.
    setWallClock(at(11, 3, 0));
    timers.advance(30_000);
    setWallClock(new Date(wallClock().getTime() + 5 * HOUR));
    timers.advance(2 * HOUR);
    expect(reloads).toEqual(['03:32']);
  });

  it('does not reload right after a start within the minutes after the time', () => {
    const { timers, reloads, options } = setup(at(10, 3, 31));
    scheduleNightlyReload('03:30', options);
    timers.advance(HOUR);
    expect(reloads).toEqual([]);
  });

  it('waits while a patient is active, and reloads at the next idle reset', () => {
    const { timers, reloads, log, options, patient } = setup(at(10, 3, 0), { active: true });
    const nightly = scheduleNightlyReload('03:30', options);
    timers.advance(40 * MINUTE);
    expect(reloads).toEqual([]);
    expect(log.info).toHaveBeenCalledWith('nightly reload waits for the next idle reset', {
      at: '03:30',
    });
    patient.active = false;
    nightly.idleReset();
    expect(reloads).toEqual(['03:40']);
    nightly.idleReset();
    timers.advance(HOUR);
    expect(reloads).toEqual(['03:40']);
  });

  it('reloads at the next check once nobody is active, even without an idle reset', () => {
    const { timers, reloads, options, patient } = setup(at(10, 3, 0), { active: true });
    scheduleNightlyReload('03:30', options);
    timers.advance(2 * HOUR);
    patient.active = false;
    timers.advance(CHECK_EVERY_MS);
    expect(reloads).toEqual(['05:01']);
  });

  it('an idle reset without a waiting reload does not reload', () => {
    const { timers, reload, options } = setup(at(10, 12, 0));
    const nightly = scheduleNightlyReload('03:30', options);
    nightly.idleReset();
    timers.advance(HOUR);
    expect(reload).not.toHaveBeenCalled();
  });

  it('can be cancelled, also while a reload waits', () => {
    const { timers, reload, options, patient } = setup(at(10, 1, 0));
    const nightly = scheduleNightlyReload('03:30', options);
    nightly.cancel();
    timers.advance(2 * DAY);
    expect(reload).not.toHaveBeenCalled();
    expect(timers.pendingDelays()).toEqual([]);
    patient.active = true;
    const waiting = scheduleNightlyReload('03:30', options);
    timers.advance(DAY);
    waiting.cancel();
    waiting.idleReset();
    expect(reload).not.toHaveBeenCalled();
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

    it('keeps the local time when the clocks go forward and back', () => {
      const { timers, reloads, options } = setup(new Date(2025, 2, 29, 12, 0));
      scheduleNightlyReload('04:00', options);
      timers.advance(2 * DAY);
      expect(reloads).toEqual(['04:00', '04:00']);
    });

    it('reloads once on the night a time comes round twice (clocks go back)', () => {
      // 26 October 2025: 03:00 became 02:00, so 02:30 happened twice.
      const { timers, reloads, options } = setup(new Date(2025, 9, 25, 12, 0));
      scheduleNightlyReload('02:30', options);
      timers.advance(DAY);
      expect(reloads).toEqual(['02:30']);
    });

    it('reloads an hour later on the night its time does not exist (clocks go forward)', () => {
      // 30 March 2025: 02:00 became 03:00, so there was no 02:30.
      const { timers, reloads, options } = setup(new Date(2025, 2, 29, 12, 0));
      scheduleNightlyReload('02:30', options);
      timers.advance(DAY);
      expect(reloads).toEqual(['03:30']);
    });
  });
});
