// No context menu and no zoom by Ctrl+wheel or a Safari gesture: a kiosk page stays as it is.

import { useEffect } from 'react';

export function useNoBrowserGestures(): void {
  useEffect(() => {
    const prevent = (event: Event) => event.preventDefault();
    const preventZoom = (event: WheelEvent) => event.ctrlKey && event.preventDefault();
    window.addEventListener('contextmenu', prevent);
    window.addEventListener('wheel', preventZoom, { passive: false });
    document.addEventListener('gesturestart', prevent);
    return () => {
      window.removeEventListener('contextmenu', prevent);
      window.removeEventListener('wheel', preventZoom);
      document.removeEventListener('gesturestart', prevent);
    };
  }, []);
}
