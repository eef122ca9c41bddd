import { describe, expect, it } from 'vitest';

import { createPrintAllowance } from './print-allowance';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('print allowance', () => {
  it('allows the per-session number of prints, then refuses until the next patient', () => {
    const time = clock();
    const allowance = createPrintAllowance({ perSession: 2, perHour: 20 }, time.now);
    expect([allowance.take(), allowance.take(), allowance.take()]).toEqual([true, true, false]);
    allowance.newPatientSession();
    expect(allowance.take()).toBe(true);
  });

  it('caps prints per hour across patients, and frees them an hour later', () => {
    const time = clock();
    const allowance = createPrintAllowance({ perSession: 2, perHour: 3 }, time.now);
    const taken: boolean[] = [];
    for (let patient = 0; patient < 3; patient += 1) {
      allowance.newPatientSession();
      taken.push(allowance.take(), allowance.take());
      time.advance(60_000);
    }
    expect(taken.filter(Boolean)).toHaveLength(3);
    time.advance(60 * 60_000);
    allowance.newPatientSession();
    expect(allowance.take()).toBe(true);
  });

  it('a clock that jumps back does not hand out extra prints', () => {
    let now = 10_000_000;
    const allowance = createPrintAllowance({ perSession: 5, perHour: 1 }, () => now);
    expect(allowance.take()).toBe(true);
    now = 0;
    allowance.newPatientSession();
    // The old print is outside the window now, so one more is allowed, but only one.
    expect(allowance.take()).toBe(true);
    expect(allowance.take()).toBe(false);
  });
});
