// A touch PIN pad for the staff panel: digits only, no keyboard needed.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const MAX_DIGITS = 12;
const MIN_DIGITS = 6;

export function PinPad({ onSubmit, busy }: { onSubmit(pin: string): void; busy: boolean }) {
  const { t } = useTranslation('kiosk');
  const [pin, setPin] = useState('');
  return (
    <div className="pin-pad">
      <p className="pin-display" aria-live="polite">
        <span aria-hidden="true">{'●'.repeat(pin.length) || '—'}</span>
        <span className="visually-hidden">{t('staff.pin-entered', { digits: pin.length })}</span>
      </p>
      <div className="pin-keys">
        {DIGITS.map((digit) => (
          <button
            key={digit}
            type="button"
            className="pin-key"
            aria-label={t('staff.digit', { digit })}
            onClick={() =>
              setPin((current) => (current.length < MAX_DIGITS ? current + digit : current))
            }
          >
            {digit}
          </button>
        ))}
        <button type="button" className="pin-key pin-clear" onClick={() => setPin('')}>
          {t('staff.clear')}
        </button>
        <button
          type="button"
          className="pin-key"
          aria-label={t('staff.digit', { digit: '0' })}
          onClick={() =>
            setPin((current) => (current.length < MAX_DIGITS ? `${current}0` : current))
          }
        >
          0
        </button>
        <button
          type="button"
          className="pin-key pin-ok"
          disabled={busy || pin.length < MIN_DIGITS}
          onClick={() => {
            onSubmit(pin);
            setPin('');
          }}
        >
          {t('staff.unlock')}
        </button>
      </div>
    </div>
  );
}
