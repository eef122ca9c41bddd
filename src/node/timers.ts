// Timers and a monotonic clock, injectable so that the modules using them can be tested
// without waiting.

export type TimerHandle = unknown;

export type Timers = {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Milliseconds from a monotonic clock. */
  now(): number;
};

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};
