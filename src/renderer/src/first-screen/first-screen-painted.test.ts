import { afterEach, describe, expect, it, vi } from 'vitest';

import { firstScreenPainted } from './first-screen-painted';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('firstScreenPainted', () => {
  it('resolves as soon as the largest paint is recorded', async () => {
    vi.useFakeTimers();
    let report = (): void => undefined;
    const observed: unknown[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(callback: () => void) {
          report = callback;
        }
        observe(options: unknown) {
          observed.push(options);
        }
        disconnect() {}
      },
    );
    let done = false;
    const waiting = firstScreenPainted().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    report();
    await waiting;
    expect(observed).toEqual([{ type: 'largest-contentful-paint', buffered: true }]);
  });

  it('gives up after a short while when nothing is recorded (a hidden window, an older engine)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        observe() {
          throw new TypeError('unsupported entry type');
        }
        disconnect() {}
      },
    );
    let done = false;
    const waiting = firstScreenPainted().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(149);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });
});
