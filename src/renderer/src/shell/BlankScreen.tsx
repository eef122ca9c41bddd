// The physio's blank screen (B or .): black over everything until a tap or a key brings it back.

import { useTranslation } from 'react-i18next';

export function BlankScreen({ onResume }: { onResume(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="blank-screen"
      data-testid="blank-screen"
      aria-label={t('deck.blank-resume')}
      onClick={onResume}
    />
  );
}
