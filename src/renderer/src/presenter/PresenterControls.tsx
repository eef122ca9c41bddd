// The physio's buttons: move, overview, blank screen, the chooser, reading aloud on the
// patient's screen, and the language the patient sees.

import { useTranslation } from 'react-i18next';

import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { LanguageButtons } from '../shell/LanguageButtons';

interface PresenterControlsProps {
  state: PresentationState;
  languages: readonly string[];
  onCommand(command: PresentationCommand): void;
}

export function PresenterControls({ state, languages, onCommand }: PresenterControlsProps) {
  const { t } = useTranslation('kiosk');
  const { t: tCommon } = useTranslation();
  const onSlide = state.route.screen === 'slide';
  return (
    <div className="presenter-controls">
      <div className="presenter-button-row" role="group" aria-label={t('presenter.move')}>
        <button
          type="button"
          className="nav-button"
          onClick={() => onCommand({ type: 'navigate', command: 'previous' })}
        >
          {tCommon('deck.previous')}
        </button>
        <button
          type="button"
          className="nav-button"
          onClick={() => onCommand({ type: 'navigate', command: 'next' })}
        >
          {tCommon('deck.next')}
        </button>
      </div>
      <div className="presenter-button-row" role="group" aria-label={t('presenter.screen')}>
        <button
          type="button"
          className="secondary-button"
          aria-pressed={state.overview}
          disabled={!onSlide}
          onClick={() => onCommand({ type: 'overview', open: !state.overview })}
        >
          {t('presenter.overview')}
        </button>
        <button
          type="button"
          className="secondary-button"
          aria-pressed={state.blank}
          onClick={() => onCommand({ type: 'blank', on: !state.blank })}
        >
          {t('presenter.blank')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => onCommand({ type: 'chooser' })}
        >
          {t('presenter.chooser')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => onCommand({ type: 'home' })}
        >
          {t('presenter.home')}
        </button>
        <button
          type="button"
          className="secondary-button"
          aria-pressed={state.reading}
          disabled={!state.canRead && !state.reading}
          onClick={() => onCommand({ type: 'read', on: !state.reading })}
        >
          {t('presenter.read')}
        </button>
      </div>
      {languages.length > 1 && (
        <div
          className="presenter-button-row"
          role="group"
          aria-label={t('presenter.audience-language')}
        >
          <LanguageButtons
            languages={languages}
            current={state.language}
            onChoose={(language) => onCommand({ type: 'language', language })}
          />
        </div>
      )}
    </div>
  );
}
