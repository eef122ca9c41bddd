// The language buttons, in each language's own name, shown on every screen: the languages the
// kiosk settings offer.

import { useTranslation } from 'react-i18next';

import { rememberLanguage } from '../i18n/i18n';
import { useKioskSettings } from '../kiosk/useKioskSettings';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { languages } = useKioskSettings();
  if (languages.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={t('language.switch-label')}>
      {languages.map((language) => {
        const current = i18n.resolvedLanguage === language;
        return (
          <button
            key={language}
            type="button"
            className="language-button"
            lang={language}
            aria-pressed={current}
            onClick={() => {
              rememberLanguage(language);
              void i18n.changeLanguage(language);
            }}
          >
            {i18n.getFixedT(language)('language.native-name')}
          </button>
        );
      })}
    </nav>
  );
}
