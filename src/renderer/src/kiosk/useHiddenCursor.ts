// Hides the mouse cursor after a few seconds without mouse movement (kiosk mode only): on a
// touchscreen a cursor stuck mid-screen only distracts.

import { useEffect } from 'react';

const HIDE_AFTER_MS = 3000;

export function useHiddenCursor(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const body = document.body;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      body.classList.remove('cursor-hidden');
      clearTimeout(timer);
      timer = setTimeout(() => body.classList.add('cursor-hidden'), HIDE_AFTER_MS);
    };
    hideLater();
    window.addEventListener('mousemove', hideLater, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', hideLater);
      body.classList.remove('cursor-hidden');
    };
  }, [enabled]);
}
