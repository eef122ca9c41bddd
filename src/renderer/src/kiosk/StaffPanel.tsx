// The staff panel: a PIN pad first, then exit/reload/mode/presenter, the session's default
// language, and diagnostics (config problems, versions, uptime, memory, last log lines).

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Diagnostics, KioskSettings, StaffAction, UnlockResult } from '@shared/ipc';

import { availableLanguages } from '../i18n/i18n';
import { unlockStaff } from './kiosk-api';
import { PinPad } from './PinPad';

interface StaffPanelProps {
  settings: KioskSettings;
  presenterMode: boolean;
  onPresenterMode(on: boolean): void;
  onDefaultLanguage(language: string): void;
  onClose(): void;
}

function UnlockMessage({ result }: { result: UnlockResult | null }) {
  const { t } = useTranslation('kiosk');
  if (!result || result.ok) return null;
  const text =
    result.reason === 'wrong-pin'
      ? t('staff.wrong-pin', { count: result.attemptsLeft })
      : result.reason === 'locked'
        ? t('staff.locked', { seconds: result.secondsLeft })
        : t('staff.no-pin');
  return (
    <p className="staff-message" role="alert">
      {text}
    </p>
  );
}

function ConfigProblems({ settings }: { settings: KioskSettings }) {
  const { t } = useTranslation('kiosk');
  if (settings.configErrors.length === 0) return <p>{t('staff.config-ok')}</p>;
  return (
    <>
      <h3>{t('staff.config-errors')}</h3>
      <ul className="staff-config-errors" data-testid="config-errors">
        {settings.configErrors.map((problem) => (
          <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
        ))}
      </ul>
    </>
  );
}

function DiagnosticsList({ diagnostics }: { diagnostics: Diagnostics }) {
  const { t } = useTranslation('kiosk');
  return (
    <dl className="staff-diagnostics">
      <dt>{t('staff.version')}</dt>
      <dd>{diagnostics.version}</dd>
      <dt>{t('staff.content-version')}</dt>
      <dd>{diagnostics.contentVersion}</dd>
      <dt>{t('staff.uptime')}</dt>
      <dd>{t('staff.uptime-value', { minutes: Math.floor(diagnostics.uptimeSeconds / 60) })}</dd>
      <dt>{t('staff.memory')}</dt>
      <dd>{t('staff.memory-value', { mb: diagnostics.memoryMB })}</dd>
      <dt>{t('staff.config-file')}</dt>
      <dd>{diagnostics.configPath}</dd>
      <dt>{t('staff.log')}</dt>
      <dd>
        <pre className="staff-log">{diagnostics.logTail.slice(-8).join('\n')}</pre>
      </dd>
    </dl>
  );
}

export function StaffPanel({
  settings,
  presenterMode,
  onPresenterMode,
  onDefaultLanguage,
  onClose,
}: StaffPanelProps) {
  const { t, i18n } = useTranslation('kiosk');
  const [result, setResult] = useState<UnlockResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const unlocked = result?.ok === true;
  const bridge = window.kiosk;

  useEffect(() => {
    if (unlocked && bridge) void bridge.diagnostics().then(setDiagnostics);
  }, [unlocked, bridge]);

  const act = (action: StaffAction) => {
    if (action === 'presenter-on' || action === 'presenter-off')
      onPresenterMode(action === 'presenter-on');
    if (bridge) void bridge.staffAction(action);
    else if (action === 'reload') window.location.reload();
  };

  return (
    <div
      className="overlay staff-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-title"
    >
      <div className="overlay-header">
        <h2 id="staff-title">{t('staff.title')}</h2>
        <button type="button" className="secondary-button" onClick={onClose}>
          {t('staff.close')}
        </button>
      </div>
      {!unlocked ? (
        <div className="staff-columns">
          <div>
            <p className="staff-prompt">{t('staff.pin-prompt')}</p>
            <UnlockMessage result={result} />
            {!settings.staffPinConfigured && <ConfigProblems settings={settings} />}
          </div>
          <PinPad
            busy={busy}
            onSubmit={(pin) => {
              setBusy(true);
              void unlockStaff(pin)
                .then(setResult)
                .finally(() => setBusy(false));
            }}
          />
        </div>
      ) : (
        <div className="staff-columns">
          <div className="staff-actions">
            <h3>{t('staff.actions')}</h3>
            <div className="staff-buttons">
              <button
                type="button"
                className="secondary-button"
                disabled={!bridge}
                onClick={() => act('exit')}
              >
                {t('staff.exit')}
              </button>
              <button type="button" className="secondary-button" onClick={() => act('reload')}>
                {t('staff.reload')}
              </button>
              <button
                type="button"
                className="secondary-button"
                disabled={!bridge}
                onClick={() => act('toggle-mode')}
              >
                {t('staff.toggle-mode')}
              </button>
              <button
                type="button"
                className="secondary-button"
                aria-pressed={presenterMode}
                onClick={() => act(presenterMode ? 'presenter-off' : 'presenter-on')}
              >
                {presenterMode ? t('staff.presenter-off') : t('staff.presenter-on')}
              </button>
            </div>
            <p>{presenterMode ? t('staff.presenter-state-on') : t('staff.presenter-state-off')}</p>
            {!bridge && <p>{t('staff.app-only')}</p>}
            <h3>{t('staff.default-language')}</h3>
            <div className="staff-buttons">
              {availableLanguages().map((language) => (
                <button
                  key={language}
                  type="button"
                  className="secondary-button"
                  lang={language}
                  aria-pressed={settings.defaultLanguage === language}
                  onClick={() => onDefaultLanguage(language)}
                >
                  {i18n.getFixedT(language, 'common')('language.native-name')}
                </button>
              ))}
            </div>
          </div>
          <div className="staff-info">
            <h3>{t('staff.diagnostics')}</h3>
            <ConfigProblems settings={settings} />
            {diagnostics && <DiagnosticsList diagnostics={diagnostics} />}
          </div>
        </div>
      )}
    </div>
  );
}
