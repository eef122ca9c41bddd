// The app shell: the current screen inside the scaled stage, with the language switch and the
// text size always in reach.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChooserPlaceholder } from './chooser/ChooserPlaceholder';
import { useDeck } from './content/useDeck';
import { BridgeNotice } from './shell/BridgeNotice';
import { ErrorScreen } from './shell/ErrorScreen';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { Stage } from './shell/Stage';
import { TEXT_SCALES, TextSizeControl } from './shell/TextSizeControl';
import { useRoute } from './shell/useRoute';
import { Deck } from './slides/Deck';
import { StartScreen } from './start/StartScreen';

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

export function App() {
  const { t } = useTranslation();
  const deckState = useDeck();
  const slideCount = deckState.status === 'ready' ? deckState.deck.slides.length : 1;
  const [route, setRoute] = useRoute(slideCount);
  const [textLevel, setTextLevel] = useState(0);
  const [overviewOpen, setOverviewOpen] = useState(false);
  useNoBrowserGestures();

  const goToSlide = useCallback(
    (index: number) => setRoute({ screen: 'slide', index }),
    [setRoute],
  );
  const textScale = TEXT_SCALES[textLevel] ?? 1;

  function screen() {
    if (route.screen === 'start') return <StartScreen onStart={() => goToSlide(0)} />;
    if (route.screen === 'chooser')
      return <ChooserPlaceholder onBack={() => goToSlide(slideCount - 2)} />;
    if (deckState.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
    if (deckState.status === 'error') return <ErrorScreen details={deckState.errors} />;
    return (
      <Deck
        deck={deckState.deck}
        index={route.index}
        textScale={textScale}
        onIndex={goToSlide}
        onOpenChooser={() => setRoute({ screen: 'chooser' })}
        overviewOpen={overviewOpen}
        onOverview={setOverviewOpen}
      />
    );
  }

  return (
    <Stage textScale={textScale}>
      <div className="app">
        <header className="app-bar">
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
            {route.screen === 'slide' && deckState.status === 'ready' && (
              <button
                type="button"
                className="secondary-button"
                onClick={() => setOverviewOpen(true)}
              >
                {t('deck.overview')}
              </button>
            )}
          </div>
          <div className="app-bar-end">
            <TextSizeControl level={textLevel} onLevel={setTextLevel} />
            <LanguageSwitch />
          </div>
        </header>
        {screen()}
        <BridgeNotice />
      </div>
    </Stage>
  );
}
