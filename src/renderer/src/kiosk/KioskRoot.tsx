// Starts a fresh patient session on every idle reset (default language, start screen, every
// choice cleared), tells the main process when a patient is active or the kiosk is idle again,
// and hides the cursor while the kiosk runs as a kiosk.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { App } from '../App';
import { reportPatientSession } from '../bridge/kiosk-backend';
import { useKioskSettings } from '../bridge/useKioskSettings';
import { rememberLanguage } from '../i18n/remembered-language';
import { useHiddenCursor } from './useHiddenCursor';

export function KioskRoot() {
  const { i18n } = useTranslation();
  const settings = useKioskSettings();
  const [session, setSession] = useState(0);
  const [patientActive, setPatientActive] = useState(false);

  useHiddenCursor(settings.mode === 'kiosk');
  useEffect(() => reportPatientSession(patientActive ? 'active' : 'idle'), [patientActive]);

  const reset = useCallback(() => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    rememberLanguage(null);
    void i18n.changeLanguage(settings.defaultLanguage);
    setPatientActive(false);
    setSession((count) => count + 1);
  }, [i18n, settings.defaultLanguage]);

  return (
    <App key={session} settings={settings} onReset={reset} onPatientActive={setPatientActive} />
  );
}
