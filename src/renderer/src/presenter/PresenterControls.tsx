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
  // `pressed` only on the ones that switch something on and off.
  const screenButtons: {
    label: string;
    pressed?: boolean;
    disabled?: boolean;
    command: PresentationCommand;
  }[] = [
    {
      label: t('presenter.overview'),
      pressed: state.overview,
      disabled: !onSlide,
      command: { type: 'overview', open: !state.overview },
    },
    {
      label: t('presenter.blank'),
      pressed: state.blank,
      command: { type: 'blank', on: !state.blank },
    },
    { label: t('presenter.chooser'), command: { type: 'chooser' } },
    { label: t('presenter.home'), command: { type: 'home' } },
    {
      label: t('presenter.read'),
      pressed: state.reading,
      disabled: !state.canRead && !state.reading,
      command: { type: 'read', on: !state.reading },
    },
  ];
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
        {screenButtons.map(({ label, pressed, disabled, command }) => (
          <button
            key={label}
            type="button"
            className="secondary-button"
            aria-pressed={pressed}
            disabled={disabled}
            onClick={() => onCommand(command)}
          >
            {label}
          </button>
        ))}
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
