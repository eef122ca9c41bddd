import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { idleState, nextCheckDelayMs } from './idle-timer';

const OPTIONS = { idleSeconds: 90, warningSeconds: 30 };
const T0 = 1_700_000_000_000;
const at = (seconds: number): number => T0 + seconds * 1000;

describe('idleState', () => {
  it('is active right after input and until just before idleSeconds', () => {
    expect(idleState(T0, T0, OPTIONS)).toEqual({ phase: 'active' });
    expect(idleState(T0, at(89.999), OPTIONS)).toEqual({ phase: 'active' });
  });

  it('starts the warning at exactly idleSeconds after the last input, showing warningSeconds', () => {
    expect(idleState(T0, at(90), OPTIONS)).toEqual({ phase: 'warning', secondsLeft: 30 });
  });

  it.each([
    [90.001, 30],
    [90.999, 30],
    [91, 29],
    [100, 20],
    [118.5, 2],
    [119, 1],
    [119.999, 1],
  ])('counts down: %d s after input shows %d s left', (seconds, secondsLeft) => {
    expect(idleState(T0, at(seconds), OPTIONS)).toEqual({ phase: 'warning', secondsLeft });
  });

  it('resets at idleSeconds + warningSeconds and stays reset', () => {
    expect(idleState(T0, at(120), OPTIONS)).toEqual({ phase: 'reset' });
    expect(idleState(T0, at(3600), OPTIONS)).toEqual({ phase: 'reset' });
  });

  it('is cancelled by input: a later lastInputMs makes it active again', () => {
    expect(idleState(T0, at(100), OPTIONS).phase).toBe('warning');
    expect(idleState(at(100), at(100), OPTIONS)).toEqual({ phase: 'active' });
    expect(idleState(at(100), at(150), OPTIONS)).toEqual({ phase: 'active' });
  });

  it('treats a clock that went backwards as active', () => {
    expect(idleState(T0, T0 - 1, OPTIONS)).toEqual({ phase: 'active' });
    expect(idleState(T0, T0 - 86_400_000, OPTIONS)).toEqual({ phase: 'active' });
  });

  it('follows other settings', () => {
    const options = { idleSeconds: 30, warningSeconds: 20 };
    expect(idleState(T0, at(30), options)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idleState(T0, at(50), options)).toEqual({ phase: 'reset' });
  });
});

describe('nextCheckDelayMs', () => {
  it('waits until the warning while active', () => {
    expect(nextCheckDelayMs(T0, T0, OPTIONS)).toBe(90_000);
    expect(nextCheckDelayMs(T0, at(89.5), OPTIONS)).toBe(500);
  });

  it('waits until the next displayed second during the warning', () => {
    expect(nextCheckDelayMs(T0, at(90), OPTIONS)).toBe(1000);
    expect(nextCheckDelayMs(T0, at(90.25), OPTIONS)).toBe(750);
    expect(nextCheckDelayMs(T0, at(119.5), OPTIONS)).toBe(500);
  });

  it('returns null once reset: nothing changes until new input', () => {
    expect(nextCheckDelayMs(T0, at(120), OPTIONS)).toBeNull();
  });

  it('re-checks after at most idleSeconds when the clock went backwards', () => {
    expect(nextCheckDelayMs(T0, T0 - 5000, OPTIONS)).toBe(90_000);
  });

  it('lands exactly on the next change, never before or after it', () => {
    const options = fc.record({
      idleSeconds: fc.integer({ min: 30, max: 3600 }),
      warningSeconds: fc.integer({ min: 20, max: 300 }),
    });
    fc.assert(
      fc.property(options, fc.integer({ min: 0, max: 4_000_000 }), (opts, offset) => {
        const now = T0 + offset;
        const delay = nextCheckDelayMs(T0, now, opts);
        const state = idleState(T0, now, opts);
        if (delay === null) {
          expect(state.phase).toBe('reset');
          return;
        }
        expect(delay).toBeGreaterThan(0);
        expect(idleState(T0, now + delay - 1, opts)).toEqual(state);
        expect(idleState(T0, now + delay, opts)).not.toEqual(state);
      }),
    );
  });

  it('walks through the whole sequence with one timer at a time', () => {
    const seen: string[] = [];
    let now = T0;
    for (let delay = nextCheckDelayMs(T0, now, OPTIONS); delay !== null;) {
      now += delay;
      const state = idleState(T0, now, OPTIONS);
      seen.push(state.phase === 'warning' ? String(state.secondsLeft) : state.phase);
      delay = nextCheckDelayMs(T0, now, OPTIONS);
    }
    expect(seen).toEqual([
      ...Array.from({ length: 30 }, (_, index) => String(30 - index)),
      'reset',
    ]);
    expect(now).toBe(at(120));
  });
});
