// The hidden staff gesture: a 3-second press on an empty part of an element (not on a button).

import { useEffect, useEffectEvent, type RefObject } from 'react';

export function useLongPress(
  ref: RefObject<HTMLElement | null>,
  onLongPress: () => void,
  ms = 3000,
): void {
  const fire = useEffectEvent(onLongPress);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => clearTimeout(timer);
    const down = (event: PointerEvent) => {
      cancel();
      if ((event.target as Element | null)?.closest('button, a, input')) return;
      timer = setTimeout(fire, ms);
    };
    element.addEventListener('pointerdown', down);
    for (const name of ['pointerup', 'pointerleave', 'pointercancel'] as const)
      element.addEventListener(name, cancel);
    return () => {
      cancel();
      element.removeEventListener('pointerdown', down);
      for (const name of ['pointerup', 'pointerleave', 'pointercancel'] as const)
        element.removeEventListener(name, cancel);
    };
  }, [ref, ms]);
}
