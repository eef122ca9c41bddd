// How many handouts may still be printed: a few per patient (a new patient session starts at
// every idle reset) and a ceiling per hour, so nobody empties the printer by tapping. Counted
// in the main process, where a patient cannot reset it. Monotonic clock in milliseconds.

export type PrintLimits = { perSession: number; perHour: number };

export type PrintAllowance = {
  /** Takes one print if both limits allow it. */
  take(): boolean;
  newPatientSession(): void;
};

const HOUR_MS = 60 * 60_000;

export function createPrintAllowance(limits: PrintLimits, now: () => number): PrintAllowance {
  let thisSession = 0;
  let recent: number[] = [];
  return {
    take: () => {
      const at = now();
      recent = recent.filter((time) => at - time >= 0 && at - time < HOUR_MS);
      if (thisSession >= limits.perSession || recent.length >= limits.perHour) return false;
      thisSession += 1;
      recent.push(at);
      return true;
    },
    newPatientSession: () => {
      thisSession = 0;
    },
  };
}
