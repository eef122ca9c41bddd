// Turns pointer gestures on an element into swipe commands; a swipe never also counts as a tap.

import { useEffect, useEffectEvent, type RefObject } from 'react';

import { classifySwipe, type SwipeResult } from '@shared/deck/swipe';

interface Tracking {
  startX: number;
  startY: number;
  startTime: number;
  lastX: number;
  lastY: number;
  pointers: Set<number>;
  maxPointers: number;
}

const CLICK_AFTER_SWIPE_MS = 500;

export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  scale: number,
  onSwipe: (direction: Exclude<SwipeResult, 'none'>) => void,
): void {
  const handle = useEffectEvent(onSwipe);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let tracking: Tracking | null = null;
    let swipedAt = -Infinity;

    const down = (event: PointerEvent) => {
      // A new touch starts a new gesture: its click is never the leftover of the last swipe.
      swipedAt = -Infinity;
      if (!tracking) {
        tracking = {
          startX: event.clientX,
          startY: event.clientY,
          startTime: event.timeStamp,
          lastX: event.clientX,
          lastY: event.clientY,
          pointers: new Set(),
          maxPointers: 0,
        };
      }
      tracking.pointers.add(event.pointerId);
      tracking.maxPointers = Math.max(tracking.maxPointers, tracking.pointers.size);
    };
    const move = (event: PointerEvent) => {
      if (!tracking?.pointers.has(event.pointerId)) return;
      tracking.lastX = event.clientX;
      tracking.lastY = event.clientY;
    };
    const up = (event: PointerEvent) => {
      if (!tracking?.pointers.has(event.pointerId)) return;
      tracking.pointers.delete(event.pointerId);
      if (event.type === 'pointerup') {
        tracking.lastX = event.clientX;
        tracking.lastY = event.clientY;
      } else {
        tracking.maxPointers = Infinity; // a cancelled gesture is never a swipe
      }
      if (tracking.pointers.size > 0) return;
      const result = classifySwipe({
        dx: (tracking.lastX - tracking.startX) / scale,
        dy: (tracking.lastY - tracking.startY) / scale,
        durationMs: event.timeStamp - tracking.startTime,
        maxPointers: tracking.maxPointers,
      });
      tracking = null;
      if (result === 'none') return;
      swipedAt = event.timeStamp;
      handle(result);
    };
    const swallowClickAfterSwipe = (event: MouseEvent) => {
      if (event.timeStamp - swipedAt < CLICK_AFTER_SWIPE_MS) {
        event.preventDefault();
        event.stopPropagation();
      }
      swipedAt = -Infinity;
    };

    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('click', swallowClickAfterSwipe, true);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('click', swallowClickAfterSwipe, true);
    };
  }, [ref, scale]);
}
