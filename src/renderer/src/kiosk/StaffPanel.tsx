// The staff panel: a PIN pad first, then exit/reload/mode/presenter, the default language, and
// diagnostics (config problems, versions, uptime, memory, last log lines). Unlocked only while
// the main process's staff session lasts; every action shows only once main has confirmed it.

import './kiosk.css';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Diagnostics, KioskSettings, StaffAction, UnlockResult } from '@shared/ipc';

import * as backend from '../bridge/kiosk-backend';
import { Overlay } from '../shell/Overlay';
import { PinPad } from './PinPad';
import { StaffActions } from './StaffActions';
import { StaffDiagnostics } from './StaffDiagnostics';

interface StaffPanelProps {
  settings: KioskSettings;
  onClose(): void;
}

function UnlockMessage({ result }: { result: UnlockResult | null }) {
  const { t } = useTranslation('kiosk');
  if (!result || result.ok) return null;
  const text =
    result.reason === 'wrong-pin'
      ? t('staff.wrong-pin', { count: result.attemptsLeft })
      : result.reason === 'locked'
        ? result.secondsLeft > 90
          ? t('staff.locked-minutes', { minutes: Math.ceil(result.secondsLeft / 60) })
          : t('staff.locked', { seconds: result.secondsLeft })
        : t('staff.no-pin');
  return (
    <p className="staff-message" role="alert">
      {text}
    </p>
  );
}

/** Unlocked from a right PIN until main's session ends (main says so, or its time is up). */
function useStaffSession(): {
  unlocked: boolean;
  result: UnlockResult | null;
  setResult(result: UnlockResult): void;
  lock(): void;
} {
  const [result, setResultState] = useState<UnlockResult | null>(null);
  const unlocked = result?.ok === true;
  const lock = () => setResultState(null);
  useEffect(() => backend.onStaffSessionEnded(lock), []);
  useEffect(() => {
    if (result?.ok !== true) return;
    const timer = setTimeout(lock, result.sessionSeconds * 1000);
    return () => clearTimeout(timer);
  }, [result]);
  return { unlocked, result, setResult: setResultState, lock };
}

export function StaffPanel({ settings, onClose }: StaffPanelProps) {
  const { t, i18n } = useTranslation('kiosk');
  const session = useStaffSession();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);

  const shownDiagnostics = session.unlocked ? diagnostics : null;

  const confirmed = (ok: boolean) => {
    if (ok) return;
    setRefused(true);
    session.lock();
  };
  const act = (action: StaffAction) => void backend.staffAction(action).then(confirmed);
  const chooseLanguage = (language: string) =>
    void backend.setDefaultLanguage(language).then((ok) => {
      confirmed(ok);
      if (ok) void i18n.changeLanguage(language);
    });

  return (
    <Overlay
      className="overlay staff-panel"
      title={t('staff.title')}
      onClose={onClose}
      closeLabel={t('staff.close')}
    >
      {!session.unlocked ? (
        <div className="staff-columns">
          <div>
            <p className="staff-prompt">{t('staff.pin-prompt')}</p>
            {refused && <p className="staff-message">{t('staff.action-refused')}</p>}
            <UnlockMessage result={session.result} />
            {settings.configProblems > 0 && (
              <p className="staff-message" data-testid="config-has-problems">
                {t('staff.config-has-problems')}
              </p>
            )}
          </div>
          <PinPad
            busy={busy}
            onSubmit={(pin) => {
              setBusy(true);
              void backend
                .unlockStaff(pin)
                .then((result) => {
                  session.setResult(result);
                  if (!result.ok) return;
                  setRefused(false);
                  void backend.diagnostics().then(setDiagnostics);
                })
                .finally(() => setBusy(false));
            }}
          />
        </div>
      ) : (
        <div className="staff-columns">
          <StaffActions settings={settings} onAction={act} onDefaultLanguage={chooseLanguage} />
          <StaffDiagnostics diagnostics={shownDiagnostics} languages={settings.languages} />
        </div>
      )}
    </Overlay>
  );
}
