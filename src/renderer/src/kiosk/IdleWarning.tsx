// The "still there?" overlay with its countdown and a large button to carry on.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function IdleWarning({
  secondsLeft,
  onContinue,
}: {
  secondsLeft: number;
  onContinue(): void;
}) {
  const { t } = useTranslation('kiosk');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  return (
    <div
      className="overlay idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
    >
      <h2 id="idle-title">{t('idle.title')}</h2>
      <p id="idle-body">{t('idle.body', { count: secondsLeft })}</p>
      <button ref={button} type="button" className="primary-button" onClick={onContinue}>
        {t('idle.continue')}
      </button>
    </div>
  );
}
