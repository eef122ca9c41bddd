// The out-of-order page: shown by the main process after failed loads, and its retry script.

export const START_PATH = '/index.html';
export const OUT_OF_ORDER_PATH = '/out-of-order.html';
export const LANGUAGE_PARAM = 'lng';
export const RETRY_PARAM = 'retry';
export const DEFAULT_RETRY_SECONDS = 60;
export const MAX_RETRY_SECONDS = 3600;

/** Seconds between the page's tries of the start page, from its `retry` parameter. */
export function retrySecondsFrom(search: string): number {
  const seconds = Number(new URLSearchParams(search).get(RETRY_PARAM));
  if (!Number.isFinite(seconds) || seconds < 1) return DEFAULT_RETRY_SECONDS;
  return Math.min(Math.floor(seconds), MAX_RETRY_SECONDS);
}
