// The unlocked staff panel's diagnostics: problems in the config file, the versions, uptime,
// memory, where the config file is, the last log lines, and the voices for reading aloud.

import { useTranslation } from 'react-i18next';

import type { Diagnostics } from '@shared/ipc';

import { VoiceDiagnostics } from './VoiceDiagnostics';

function ConfigProblems({ diagnostics }: { diagnostics: Diagnostics | null }) {
  const { t } = useTranslation('kiosk');
  if (diagnostics === null) return null;
  if (diagnostics.configErrors.length === 0) return <p>{t('staff.config-ok')}</p>;
  return (
    <>
      <h3>{t('staff.config-errors')}</h3>
      <ul className="staff-config-errors" data-testid="config-errors">
        {diagnostics.configErrors.map((problem) => (
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

interface StaffDiagnosticsProps {
  /** Null until main has answered. */
  diagnostics: Diagnostics | null;
  languages: readonly string[];
}

export function StaffDiagnostics({ diagnostics, languages }: StaffDiagnosticsProps) {
  const { t } = useTranslation('kiosk');
  return (
    <div className="staff-info">
      <h3>{t('staff.diagnostics')}</h3>
      <ConfigProblems diagnostics={diagnostics} />
      {diagnostics && <DiagnosticsList diagnostics={diagnostics} />}
      {diagnostics && <VoiceDiagnostics languages={languages} />}
    </div>
  );
}
