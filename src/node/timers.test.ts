import { afterEach, describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from './test-support/fake-timers';
import { systemTimers } from './timers';

afterEach(() => vi.useRealTimers());

describe('systemTimers', () => {
  it('runs and cancels real timers', () => {
    vi.useFakeTimers();
    const ran = vi.fn();
    const cancelled = vi.fn();
    systemTimers.setTimeout(ran, 100);
    systemTimers.clearTimeout(systemTimers.setTimeout(cancelled, 100));
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('has a clock that does not go back', () => {
    const first = systemTimers.now();
    expect(systemTimers.now()).toBeGreaterThanOrEqual(first);
  });
});

describe('createFakeTimers (test support)', () => {
  it('runs due timers in order, including ones they schedule', () => {
    const timers = createFakeTimers(1000);
    const order: string[] = [];
    timers.setTimeout(() => order.push(`b@${timers.now()}`), 20);
    timers.setTimeout(() => {
      order.push(`a@${timers.now()}`);
      timers.setTimeout(() => order.push(`c@${timers.now()}`), 5);
    }, 10);
    timers.advance(30);
    expect(order).toEqual(['a@1010', 'c@1015', 'b@1020']);
    expect(timers.now()).toBe(1030);
    expect(timers.pendingDelays()).toEqual([]);
  });
});
