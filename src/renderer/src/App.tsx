// The app shell: the current screen inside the scaled stage, with the language switch and the
// text size always in reach.

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskSettings } from '@shared/ipc';

import { deck } from './content/deck';
import { IdleWarning } from './kiosk/IdleWarning';
import { StaffPanel } from './kiosk/StaffPanel';
import { useIdleReset } from './kiosk/useIdleReset';
import { useLongPress } from './kiosk/useLongPress';
import { BridgeNotice } from './shell/BridgeNotice';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { Stage } from './shell/Stage';
import { TEXT_SCALES, TextSizeControl } from './shell/TextSizeControl';
import { useRoute } from './shell/useRoute';
import { Deck } from './slides/Deck';
import { ReadAloudControls } from './speech/ReadAloudControls';
import { ReadAloudProvider } from './speech/ReadAloudProvider';
import { StartScreen } from './start/StartScreen';

// The chooser (with its schema and QR code library) loads when first opened, keeping start-up light.
const ChooserScreen = lazy(() =>
  import('./chooser/ChooserScreen').then((m) => ({ default: m.ChooserScreen })),
);

function useNoBrowserGestures(): void {
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

interface AppProps {
  settings: KioskSettings;
  onReset(): void;
  /** True once the patient leaves the untouched start screen, until the next reset. */
  onPatientActive(active: boolean): void;
}

export function App({ settings, onReset, onPatientActive }: AppProps) {
  const { t, i18n } = useTranslation();
  const slideCount = deck.slides.length;
  const chooserSlide = Math.max(
    0,
    deck.slides.findIndex((slide) => slide.layout === 'chooser'),
  );
  const [route, setRoute] = useRoute(slideCount);
  const [textLevel, setTextLevel] = useState(0);
  const [overviewOpen, setOverviewOpen] = useState(false);
  const [staffOpen, setStaffOpen] = useState(false);
  const appBar = useRef<HTMLElement>(null);
  // The staff panel opens after a hidden 3-second press on an empty part of the top bar.
  useLongPress(appBar, () => setStaffOpen(true));
  useNoBrowserGestures();

  const goToSlide = useCallback(
    (index: number) => setRoute({ screen: 'slide', index }),
    [setRoute],
  );
  const textScale = TEXT_SCALES[textLevel] ?? 1;
  const pristine =
    route.screen === 'start' &&
    textLevel === 0 &&
    i18n.resolvedLanguage === settings.defaultLanguage;
  useEffect(() => {
    if (!pristine) onPatientActive(true);
  }, [pristine, onPatientActive]);
  const idle = useIdleReset(
    {
      idleSeconds: settings.idleSeconds,
      warningSeconds: settings.idleWarningSeconds,
      enabled: !settings.presenterMode && !pristine,
    },
    onReset,
  );

  function screen() {
    if (route.screen === 'start') return <StartScreen onStart={() => goToSlide(0)} />;
    if (route.screen === 'chooser')
      return (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <ChooserScreen onClose={() => goToSlide(chooserSlide)} />
        </Suspense>
      );
    return (
      <Deck
        deck={deck}
        index={route.index}
        textScale={textScale}
        onIndex={goToSlide}
        onOpenChooser={() => setRoute({ screen: 'chooser' })}
        overviewOpen={overviewOpen}
        onOverview={setOverviewOpen}
      />
    );
  }

  const covered = staffOpen || idle.phase.phase === 'warning';
  return (
    <Stage textScale={textScale}>
      <ReadAloudProvider enabled={settings.readAloud} rate={settings.speechRate} covered={covered}>
        <div className="app">
          <header className="app-bar" ref={appBar} data-testid="app-bar">
            <div className="app-bar-start">
              {route.screen !== 'start' && (
                <button
                  type="button"
                  className="secondary-button"
                  onClick={() => setRoute({ screen: 'start' })}
                >
                  {t('app.home')}
                </button>
              )}
              {route.screen === 'slide' && (
                <button
                  type="button"
                  className="secondary-button"
                  onClick={() => setOverviewOpen(true)}
                >
                  {t('deck.overview')}
                </button>
              )}
            </div>
            <ReadAloudControls />
            <div className="app-bar-end">
              <TextSizeControl level={textLevel} onLevel={setTextLevel} />
              <LanguageSwitch />
            </div>
          </header>
          {screen()}
          <BridgeNotice />
          {staffOpen && <StaffPanel settings={settings} onClose={() => setStaffOpen(false)} />}
          {idle.phase.phase === 'warning' && (
            <IdleWarning secondsLeft={idle.phase.secondsLeft} onContinue={idle.stillHere} />
          )}
        </div>
      </ReadAloudProvider>
    </Stage>
  );
}
