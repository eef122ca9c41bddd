// Tells a swipe from a tap, a slow drag or a vertical gesture. Distances are in design pixels.

export interface Gesture {
  dx: number;
  dy: number;
  durationMs: number;
  /** The most fingers/pointers down at once during the gesture. */
  maxPointers: number;
}

export type SwipeResult = 'next' | 'previous' | 'none';

// A long deliberate drag counts on distance alone; a short flick needs speed as well.
export const SWIPE_DISTANCE = 160;
export const FLICK_DISTANCE = 50;
export const FLICK_SPEED = 0.45; // design px per ms
const HORIZONTAL_RATIO = 1.5;

export function classifySwipe({ dx, dy, durationMs, maxPointers }: Gesture): SwipeResult {
  if (maxPointers !== 1) return 'none';
  const distance = Math.abs(dx);
  if (distance < FLICK_DISTANCE || distance < Math.abs(dy) * HORIZONTAL_RATIO) return 'none';
  const speed = distance / Math.max(durationMs, 1);
  if (distance < SWIPE_DISTANCE && speed < FLICK_SPEED) return 'none';
  return dx < 0 ? 'next' : 'previous';
}
