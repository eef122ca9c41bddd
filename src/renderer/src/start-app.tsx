// The app itself: the kiosk settings and the translations first, then React, so the first screen
// is already in the configured language.

import { type JSX, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { PRESENTER_HASH } from '@shared/presentation/presenter-hash';

import { loadSettings } from './bridge/kiosk-backend';
import { startSettings } from './bridge/useKioskSettings';
import { preloadIllustrations } from './content/preload-illustrations';
import { firstScreenPainted } from './first-screen/first-screen-painted';
import { initI18n } from './i18n/i18n';
import { KioskRoot } from './kiosk/KioskRoot';
import { MarkStarted } from './MarkStarted';

// For the entry script, which plays input kept from before the app had started.
export { flushSync } from 'react-dom';

// The presenter view loads only in the presenter window: the patient's screen starts without it.
async function rootScreen(): Promise<JSX.Element> {
  if (window.location.hash !== PRESENTER_HASH) return <KioskRoot />;
  const { PresenterRoot } = await import('./presenter/PresenterRoot');
  return <PresenterRoot />;
}

// The kiosk:* marks name the start-up steps in a trace (scripts/profile-start.mjs).
/** `overFirstScreen`: a ready-made first screen is on show, which the app replaces. */
export async function startApp(overFirstScreen: boolean): Promise<void> {
  performance.mark('kiosk:script-evaluated');
  preloadIllustrations(window.location.hash);
  const settings = await loadSettings();
  performance.mark('kiosk:settings-loaded');
  startSettings(settings);
  const [i18n, root] = await Promise.all([
    initI18n(settings.defaultLanguage, settings.languages),
    rootScreen(),
  ]);
  performance.mark('kiosk:i18n-ready');
  if (overFirstScreen) await firstScreenPainted();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // The ready-made first screen in #root is replaced when React first commits.
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {root}
        <MarkStarted />
      </I18nextProvider>
    </StrictMode>,
  );
}
