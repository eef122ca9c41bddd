// The first screen a patient sees: the deck's title, an illustration and a big start button.

import './start.css';

import { useTranslation } from 'react-i18next';

interface StartScreenProps {
  onStart(): void;
}

export function StartScreen({ onStart }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="start-screen">
      <img
        className="start-illustration"
        src="/resources/illustrations/start.svg"
        alt={t('start.illustration-alt')}
        draggable={false}
      />
      <div className="start-text">
        <h1>{t('app.title')}</h1>
        <p className="start-subtitle">{t('start.subtitle')}</p>
        <button type="button" className="primary-button start-button" onClick={onStart}>
          {t('start.tap-to-start')}
        </button>
      </div>
    </main>
  );
}
