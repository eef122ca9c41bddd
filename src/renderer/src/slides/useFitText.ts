// Shrinks a text box's font a step at a time until nothing overflows it, so a long translation or
// the largest text size never clips; most slides keep the full size.

import { useLayoutEffect, type RefObject } from 'react';

const STEP = 0.05;
const SMALLEST = 0.6;

function overflows(element: HTMLElement): boolean {
  return (
    element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
  );
}

export function useFitText(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    let fit = 1;
    element.style.setProperty('--fit', '1');
    while (overflows(element) && fit > SMALLEST) {
      fit = Math.round((fit - STEP) * 100) / 100;
      element.style.setProperty('--fit', String(fit));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, ...deps]);
}
