// The language buttons, in each language's own name, shown on every screen: the languages the
// kiosk settings offer.

import { useTranslation } from 'react-i18next';

import { useKioskSettings } from '../bridge/useKioskSettings';
import { rememberLanguage } from '../i18n/remembered-language';
import { LanguageButtons } from './LanguageButtons';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { languages } = useKioskSettings();
  if (languages.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={t('language.switch-label')}>
      <LanguageButtons
        languages={languages}
        current={i18n.resolvedLanguage}
        onChoose={(language) => {
          rememberLanguage(language);
          void i18n.changeLanguage(language);
        }}
      />
    </nav>
  );
}
