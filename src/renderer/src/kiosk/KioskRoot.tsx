// Holds what outlives a patient's session (the kiosk settings) and starts a fresh session on
// every idle reset: default language, start screen, and every choice and setting cleared.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskSettings } from '@shared/ipc';

import { App } from '../App';
import { hasRememberedLanguage, rememberLanguage } from '../i18n/i18n';
import { DEFAULT_SETTINGS, fetchSettings } from './kiosk-api';
import { useHiddenCursor } from './useHiddenCursor';

export function KioskRoot() {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<KioskSettings>(DEFAULT_SETTINGS);
  const [session, setSession] = useState(0);
  // Staff choices that last until the app restarts, across patient sessions.
  const [presenterMode, setPresenterMode] = useState<boolean | null>(null);
  const [defaultLanguage, setDefaultLanguage] = useState<string | null>(null);
  const effective: KioskSettings = {
    ...settings,
    presenterMode: presenterMode ?? settings.presenterMode,
    defaultLanguage: defaultLanguage ?? settings.defaultLanguage,
  };

  useEffect(() => {
    void fetchSettings().then((loaded) => {
      setSettings(loaded);
      if (i18n.resolvedLanguage !== loaded.defaultLanguage && !hasRememberedLanguage()) {
        void i18n.changeLanguage(loaded.defaultLanguage);
      }
    });
  }, [i18n]);

  useHiddenCursor(effective.mode === 'kiosk');

  const reset = useCallback(() => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    rememberLanguage(null);
    void i18n.changeLanguage(effective.defaultLanguage);
    setSession((count) => count + 1);
  }, [i18n, effective.defaultLanguage]);

  return (
    <App
      key={session}
      settings={effective}
      onReset={reset}
      onPresenterMode={setPresenterMode}
      onDefaultLanguage={(language) => {
        setDefaultLanguage(language);
        void i18n.changeLanguage(language);
      }}
    />
  );
}
