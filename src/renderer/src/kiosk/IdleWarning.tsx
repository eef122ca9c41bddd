// The "still there?" overlay with its countdown and a large button to carry on.

import './kiosk.css';

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Overlay } from '../shell/Overlay';

export function IdleWarning({
  secondsLeft,
  onContinue,
}: {
  secondsLeft: number;
  onContinue(): void;
}) {
  const { t } = useTranslation('kiosk');
  const bodyId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  return (
    <Overlay
      className="overlay idle-warning"
      role="alertdialog"
      describedBy={bodyId}
      title={t('idle.title')}
    >
      <p id={bodyId}>{t('idle.body', { count: secondsLeft })}</p>
      <button ref={button} type="button" className="primary-button" onClick={onContinue}>
        {t('idle.continue')}
      </button>
    </Overlay>
  );
}
