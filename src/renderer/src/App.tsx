// The app shell: the current screen inside the scaled stage, with the language switch and the
// text size always in reach, kept in step with a presenter window when one is open.

// First, so the features' stylesheets (imported by their components below) come after it.
import './shell/shell.css';

import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskSettings } from '@shared/ipc';
import type { PresentationCommand } from '@shared/presentation/presentation-state';

import { deck } from './content/deck';
import { IdleWarning } from './kiosk/IdleWarning';
import { StaffPanel } from './kiosk/StaffPanel';
import { useIdleReset } from './kiosk/useIdleReset';
import { AudienceLink } from './presentation/AudienceLink';
import { useAudienceState } from './presentation/useAudienceState';
import { AppBar } from './shell/AppBar';
import { BlankScreen } from './shell/BlankScreen';
import { BridgeNotice } from './shell/BridgeNotice';
import { Stage } from './shell/Stage';
import { TEXT_SCALES } from './shell/TextSizeControl';
import { useNoBrowserGestures } from './shell/useNoBrowserGestures';
import { Deck } from './slides/Deck';
import { useDeckKeyCommands } from './slides/useDeckKeyCommands';
import { ReadAloudProvider } from './speech/ReadAloudProvider';
import { StartScreen } from './start/StartScreen';

// The chooser (with its schema and QR code library) loads when first opened, keeping start-up light.
const ChooserScreen = lazy(() =>
  import('./chooser/ChooserScreen').then((m) => ({ default: m.ChooserScreen })),
);

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
  const { view, apply } = useAudienceState(slideCount, settings.languages);
  const route = view.route;
  const [textLevel, setTextLevel] = useState(0);
  const [staffOpen, setStaffOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [presenter, setPresenter] = useState(false);
  useNoBrowserGestures();

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
      enabled: !settings.presenterMode && !presenter && !pristine,
    },
    onReset,
  );
  const { stillHere } = idle;
  // The presenter's commands are activity too, and its leaving starts the idle time afresh.
  const fromPresenter = (command: PresentationCommand) => {
    stillHere();
    apply(command);
  };
  const onPresenter = (connected: boolean) => {
    setPresenter(connected);
    if (connected) setNotesOpen(false);
    stillHere();
  };

  const covered = staffOpen || idle.phase.phase === 'warning';
  useDeckKeyCommands(view, notesOpen, {
    enabled: !covered,
    onCommand: apply,
    onNotes: (open) => setNotesOpen(open && !presenter),
  });

  function screen() {
    if (route.screen === 'start') return <StartScreen onStart={() => apply({ type: 'start' })} />;
    if (route.screen === 'chooser')
      return (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <ChooserScreen onClose={() => apply({ type: 'go', index: chooserSlide })} />
        </Suspense>
      );
    return (
      <Deck
        deck={deck}
        index={route.index}
        textScale={textScale}
        onCommand={apply}
        overviewOpen={view.overview}
        blank={view.blank}
        // Notes are for the physio's eyes: never on the patient's screen while a presenter is open.
        notesOpen={notesOpen && !presenter}
        onCloseNotes={() => setNotesOpen(false)}
      />
    );
  }

  return (
    <Stage textScale={textScale}>
      <ReadAloudProvider
        enabled={settings.readAloud}
        rate={settings.speechRate}
        covered={covered || view.blank}
      >
        <AudienceLink view={view} apply={fromPresenter} onPresenter={onPresenter} />
        <div className="app">
          <AppBar
            screen={route.screen}
            textLevel={textLevel}
            onTextLevel={setTextLevel}
            onHome={() => apply({ type: 'home' })}
            onOverview={() => apply({ type: 'overview', open: true })}
            onStaff={() => setStaffOpen(true)}
          />
          {screen()}
          <BridgeNotice />
          {view.blank && <BlankScreen onResume={() => apply({ type: 'blank', on: false })} />}
          {staffOpen && <StaffPanel settings={settings} onClose={() => setStaffOpen(false)} />}
          {idle.phase.phase === 'warning' && (
            <IdleWarning secondsLeft={idle.phase.secondsLeft} onContinue={idle.stillHere} />
          )}
        </div>
      </ReadAloudProvider>
    </Stage>
  );
}
