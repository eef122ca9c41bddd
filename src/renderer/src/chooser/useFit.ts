// Shrinks a screen's text and spacing a step at a time (the CSS variable --fit) until none of its
// boxes overflows, so a busy week, a long translation or the largest text size never clips or
// scrolls; most screens keep the full size.

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

const STEP = 0.05;

/**
 * The container and every element in it marked with data-fit-box must show all they hold. A box
 * that does not clip may let a glyph's ink stick out of a tight line height, but not a word.
 */
function overflows(container: HTMLElement): boolean {
  const boxes = [container, ...container.querySelectorAll<HTMLElement>('[data-fit-box]')];
  return boxes.some((box) => {
    const slack = getComputedStyle(box).overflow === 'visible' ? 8 : 1;
    return box.scrollHeight > box.clientHeight + slack || box.scrollWidth > box.clientWidth + 1;
  });
}

/** Changes of the stage (window size, orientation, text size) and late fonts change the layout. */
function useLayoutChanges(ref: RefObject<HTMLElement | null>): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const stage = ref.current?.closest('.stage');
    const bump = () => setChanges((count) => count + 1);
    const observer = new MutationObserver(bump);
    if (stage) observer.observe(stage, { attributes: true, attributeFilter: ['style', 'class'] });
    let active = true;
    void document.fonts.ready.then(() => active && bump());
    return () => {
      active = false;
      observer.disconnect();
    };
  }, [ref]);
  return changes;
}

export function useFit(
  ref: RefObject<HTMLElement | null>,
  deps: readonly unknown[],
  smallest = 0.5,
): void {
  const changes = useLayoutChanges(ref);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let fit = 1;
    element.style.setProperty('--fit', '1');
    while (overflows(element) && fit > smallest) {
      fit = Math.round((fit - STEP) * 100) / 100;
      element.style.setProperty('--fit', String(fit));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changes, smallest, ...deps]);
}
