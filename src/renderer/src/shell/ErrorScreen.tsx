// Shown instead of a white screen when the content cannot be used: a plain message for the
// patient and the technical details for staff.

import { useTranslation } from 'react-i18next';

export function ErrorScreen({ details }: { details: string[] }) {
  const { t } = useTranslation();
  return (
    <main className="error-screen" data-testid="content-error">
      <h1>{t('content-error.title')}</h1>
      <p>{t('content-error.body')}</p>
      <details className="error-details">
        <summary>{t('content-error.details')}</summary>
        <ul>
          {details.slice(0, 12).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </main>
  );
}
