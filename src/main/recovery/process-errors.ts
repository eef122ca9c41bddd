// Errors nobody caught in the main process are logged, not fatal: a kiosk that keeps running
// with one failed background task is better than a black screen.

import type { RotatingLog } from '../../node/rotating-log';

export type ErrorSource = {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
};

export function logProcessErrors(source: ErrorSource, log: Pick<RotatingLog, 'error'>): void {
  source.on('uncaughtException', (error) => {
    log.error('uncaught exception in main', { error });
  });
  source.on('unhandledRejection', (reason) => {
    log.error('unhandled promise rejection in main', { reason: describe(reason) });
  });
}

function describe(reason: unknown): unknown {
  if (reason instanceof Error) return reason;
  try {
    return String(reason);
  } catch {
    return 'unprintable reason';
  }
}
