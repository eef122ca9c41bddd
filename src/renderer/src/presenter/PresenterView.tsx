// The physiotherapist's screen: the slide the patient sees and the next one, the notes, the
// counter, the time, every slide to jump to, and the buttons that steer the patient's screen.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Deck } from '@shared/deck/deck-schema';
import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { LanguageButtons } from '../shell/LanguageButtons';
import { useDeckKeyCommands } from '../slides/useDeckKeyCommands';
import { useSwipe } from '../slides/useSwipe';
import { PresenterClock } from './PresenterClock';
import { PresenterControls } from './PresenterControls';
import { PresenterNotes } from './PresenterNotes';
import { SlideList } from './SlideList';
import { SlidePreview } from './SlidePreview';

interface PresenterViewProps {
  deck: Deck;
  state: PresentationState;
  languages: readonly string[];
  onCommand(command: PresentationCommand): void;
  onEnd(): void;
}

export function PresenterView({ deck, state, languages, onCommand, onEnd }: PresenterViewProps) {
  const { t } = useTranslation('kiosk');
  const { t: tCommon } = useTranslation();
  const [notesLanguage, setNotesLanguage] = useState<string | null>(null);
  const index = state.route.screen === 'slide' ? state.route.index : null;
  const shown = index ?? 0;
  const current = deck.slides[shown];
  const next = deck.slides[shown + 1];
  const total = deck.slides.length;
  // What covers or replaces the slide on the patient's screen, if anything.
  const screenStatus = (): string | null => {
    if (state.blank) return t('presenter.status-blank');
    if (state.route.screen === 'start') return t('presenter.status-start');
    if (state.route.screen === 'chooser') return t('presenter.status-chooser');
    if (state.overview) return t('presenter.status-overview');
    return null;
  };
  const status = screenStatus();

  // The notes are always in view here: N has nothing to open.
  useDeckKeyCommands(state, false, { enabled: true, onCommand, onNotes: () => undefined });
  const currentFrame = useRef<HTMLDivElement>(null);
  useSwipe(currentFrame, 1, (swipe) => onCommand({ type: 'navigate', command: swipe }));

  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter-header">
        <h1>{t('presenter.title')}</h1>
        <p className="presenter-counter" data-testid="presenter-counter" aria-live="polite">
          {index === null ? '–' : tCommon('deck.counter', { current: index + 1, total })}
        </p>
        <PresenterClock />
        <div
          className="presenter-notes-language"
          role="group"
          aria-label={t('presenter.notes-language')}
        >
          <span>{t('presenter.notes-language')}</span>
          <LanguageButtons
            languages={languages}
            current={notesLanguage ?? state.language}
            onChoose={setNotesLanguage}
            show="code"
          />
        </div>
        <button type="button" className="secondary-button" onClick={onEnd}>
          {t('presenter.end')}
        </button>
      </header>
      <main className="presenter-main">
        <section className="presenter-current" aria-label={t('presenter.current')}>
          <h2 className="presenter-label">{t('presenter.current')}</h2>
          <div
            className="presenter-current-frame"
            ref={currentFrame}
            data-testid="presenter-current"
            data-slide-index={index ?? undefined}
          >
            {current && <SlidePreview slide={current} index={shown} />}
            {status && <p className="presenter-status">{status}</p>}
            {state.reading && <p className="presenter-reading">{t('presenter.status-reading')}</p>}
          </div>
          <PresenterControls state={state} languages={languages} onCommand={onCommand} />
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label={t('presenter.next')}>
            <h2 className="presenter-label">{t('presenter.next')}</h2>
            {next ? (
              <SlidePreview slide={next} index={shown + 1} />
            ) : (
              <p>{t('presenter.no-next')}</p>
            )}
          </section>
          {current && <PresenterNotes slide={current} language={notesLanguage ?? state.language} />}
        </aside>
      </main>
      <SlideList
        slides={deck.slides}
        current={index}
        onGo={(target) => onCommand({ type: 'go', index: target })}
      />
    </div>
  );
}
