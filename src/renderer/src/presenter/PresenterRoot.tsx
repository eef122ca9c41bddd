// The presenter window (#/presenter): waits for the patient's screen, then follows it in its
// language and steers it.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import './presenter.css';

import { useKioskSettings } from '../bridge/useKioskSettings';
import { deck } from '../content/deck';
import { PresenterView } from './PresenterView';
import { usePresenterLink } from './usePresenterLink';

export function PresenterRoot() {
  const { t, i18n } = useTranslation('kiosk');
  const { languages } = useKioskSettings();
  const { state, send, end } = usePresenterLink();
  const [ended, setEnded] = useState(false);
  const language = state?.language;

  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  useEffect(() => {
    document.title = t('presenter.title');
  }, [t]);

  if (ended) return <p className="presenter-waiting">{t('presenter.ended')}</p>;
  if (state === null)
    return (
      <div className="presenter-waiting" role="status">
        <h1>{t('presenter.title')}</h1>
        <p>{t('presenter.waiting')}</p>
        <p>{t('presenter.waiting-hint')}</p>
      </div>
    );
  return (
    <PresenterView
      deck={deck}
      state={state}
      languages={languages}
      onCommand={send}
      onEnd={() => {
        end();
        setEnded(true);
        // A tab the kiosk opened can close; otherwise the "ended" message stays.
        window.close();
      }}
    />
  );
}
