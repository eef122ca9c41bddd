// The staff session: after a right PIN, staff actions and diagnostics are allowed for a fixed
// two minutes (not extended by use), then the PIN is needed again. The clock is injectable
// and should be monotonic, so a change of the wall clock neither ends nor stretches it.

export const STAFF_SESSION_MS = 2 * 60_000;

export type StaffSession = {
  open(): void;
  close(): void;
  isOpen(): boolean;
};

export type StaffSessionOptions = {
  now?: () => number;
  durationMs?: number;
};

export function createStaffSession({
  now = () => performance.now(),
  durationMs = STAFF_SESSION_MS,
}: StaffSessionOptions = {}): StaffSession {
  let openedAt: number | null = null;
  return {
    open: () => {
      openedAt = now();
    },
    close: () => {
      openedAt = null;
    },
    isOpen: () => {
      if (openedAt === null) return false;
      const elapsed = now() - openedAt;
      if (elapsed >= 0 && elapsed < durationMs) return true;
      openedAt = null;
      return false;
    },
  };
}
