// Elapsed time since presenting began (with a reset) and the time of day.

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = `${pad(minutes)}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

export function PresenterClock() {
  const { t, i18n } = useTranslation('kiosk');
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // One formatter per language, not one per tick.
  const clock = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [i18n.language],
  );
  return (
    <div className="presenter-clock">
      <div className="presenter-time">
        <span className="presenter-time-label">{t('presenter.elapsed')}</span>
        <span className="presenter-time-value" data-testid="presenter-elapsed" role="timer">
          {formatElapsed(now - startedAt)}
        </span>
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            const at = Date.now();
            setStartedAt(at);
            setNow(at);
          }}
        >
          {t('presenter.reset-timer')}
        </button>
      </div>
      <div className="presenter-time">
        <span className="presenter-time-label">{t('presenter.clock')}</span>
        <span className="presenter-time-value">{clock.format(now)}</span>
      </div>
    </div>
  );
}
