// Watches for input; after the idle time shows a "still there?" countdown, then resets.

import { useEffect, useEffectEvent, useState } from 'react';

import { idleState, nextCheckDelayMs, type IdlePhase } from '@shared/idle-timer';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleReset(
  options: { idleSeconds: number; warningSeconds: number; enabled: boolean },
  onReset: () => void,
): { phase: IdlePhase; stillHere(): void } {
  const { idleSeconds, warningSeconds, enabled } = options;
  const [lastInput, setLastInput] = useState(() => Date.now());
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const reset = useEffectEvent(onReset);

  useEffect(() => {
    const onInput = () => setLastInput(Date.now());
    // Coarse on purpose: a moving finger or mouse must not re-render the app on every event.
    const onMove = () => {
      const now = Date.now();
      setLastInput((previous) => (now - previous >= 1000 || now < previous ? now : previous));
    };
    for (const name of INPUT_EVENTS)
      window.addEventListener(name, onInput, { capture: true, passive: true });
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      window.removeEventListener('pointermove', onMove, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const now = Date.now();
      const state = idleState(lastInput, now, { idleSeconds, warningSeconds });
      setPhase(state);
      if (state.phase === 'reset') {
        reset();
        return;
      }
      const delay = nextCheckDelayMs(lastInput, now, { idleSeconds, warningSeconds });
      if (delay !== null) timer = setTimeout(check, delay);
    };
    check();
    return () => clearTimeout(timer);
  }, [enabled, lastInput, idleSeconds, warningSeconds]);

  return {
    phase: enabled ? phase : { phase: 'active' },
    stillHere: () => setLastInput(Date.now()),
  };
}
