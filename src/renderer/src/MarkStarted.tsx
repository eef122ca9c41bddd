// Tells the main process the app is on screen: a page whose script failed before React mounted
// never gets this mark, and main counts it as a failed load.

import { useEffect } from 'react';

import { APP_STARTED_ATTRIBUTE } from '@shared/app-started';

export function MarkStarted(): null {
  useEffect(() => {
    document.documentElement.setAttribute(APP_STARTED_ATTRIBUTE, '');
    performance.mark('kiosk:first-render-committed');
  }, []);
  return null;
}
