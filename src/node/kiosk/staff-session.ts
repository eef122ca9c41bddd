// The staff session: after a right PIN, staff actions and diagnostics are allowed for a fixed
// two minutes (not extended by use), then the PIN is needed again. When it ends, by time or
// because it was closed, `onEnd` runs once, so the panel re-locks and staff changes that are
// only for the session are undone. The clock is monotonic, so a change of the wall clock
// neither ends nor stretches it.

import { systemTimers, type TimerHandle, type Timers } from '../timers';

export const STAFF_SESSION_MS = 2 * 60_000;

export type StaffSession = {
  open(): void;
  close(): void;
  isOpen(): boolean;
  readonly durationMs: number;
};

export type StaffSessionOptions = {
  timers?: Timers;
  durationMs?: number;
  onEnd?: () => void;
};

export function createStaffSession({
  timers = systemTimers,
  durationMs = STAFF_SESSION_MS,
  onEnd = () => undefined,
}: StaffSessionOptions = {}): StaffSession {
  let openedAt: number | null = null;
  let timer: TimerHandle | null = null;

  const end = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (openedAt === null) return;
    openedAt = null;
    onEnd();
  };

  return {
    durationMs,
    open: () => {
      if (timer !== null) timers.clearTimeout(timer);
      openedAt = timers.now();
      timer = timers.setTimeout(end, durationMs);
    },
    close: end,
    isOpen: () => {
      if (openedAt === null) return false;
      const elapsed = timers.now() - openedAt;
      if (elapsed >= 0 && elapsed < durationMs) return true;
      end();
      return false;
    },
  };
}
