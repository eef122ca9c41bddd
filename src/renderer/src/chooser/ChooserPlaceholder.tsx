// Stands in for the exercise-variety chooser until it is built.

import { useTranslation } from 'react-i18next';

export function ChooserPlaceholder({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  return (
    <main className="placeholder-screen">
      <h1>{t('chooser-placeholder.title')}</h1>
      <p>{t('chooser-placeholder.body')}</p>
      <button type="button" className="primary-button" onClick={onBack}>
        {t('chooser-placeholder.back')}
      </button>
    </main>
  );
}
