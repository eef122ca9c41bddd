// The "read aloud" button (press again to stop) and the slower/normal toggle beside it, shown
// only where a local voice can read the current screen.

import './read-aloud.css';

import { useTranslation } from 'react-i18next';

import { useReadAloud } from './ReadAloudProvider';

function SpeakerIcon({ reading }: { reading: boolean }) {
  return (
    <svg className="read-aloud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" />
      {reading ? (
        <rect x="15" y="9" width="6" height="6" rx="1" />
      ) : (
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" className="read-aloud-waves" />
      )}
    </svg>
  );
}

export function ReadAloudControls() {
  const { t } = useTranslation();
  const { available, reading, slower, toggleReading, toggleSlower } = useReadAloud();
  if (!available) return null;
  return (
    <div className="read-aloud" role="group" aria-label={t('read-aloud.controls-label')}>
      <button
        type="button"
        className="secondary-button read-aloud-button"
        data-testid="read-aloud"
        aria-pressed={reading}
        onClick={toggleReading}
      >
        <SpeakerIcon reading={reading} />
        {t('read-aloud.button')}
      </button>
      <button
        type="button"
        className="secondary-button read-aloud-rate"
        data-testid="read-aloud-slower"
        aria-pressed={slower}
        onClick={toggleSlower}
      >
        {t('read-aloud.slower')}
      </button>
    </div>
  );
}
