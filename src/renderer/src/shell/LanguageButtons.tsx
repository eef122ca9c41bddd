// One button per language, the chosen one pressed: the patient's language switch, the
// presenter's two (the language on screen, the language of the notes) and the staff panel's
// default language.

import { useTranslation } from 'react-i18next';

interface LanguageButtonsProps {
  languages: readonly string[];
  current: string | undefined;
  onChoose(language: string): void;
  /** 'name': each language's own name ("Nederlands"); 'code': "NL", where space is short. */
  show?: 'name' | 'code';
  /** The staff panel gives them the look of its other buttons ('secondary-button'). */
  buttonClassName?: string;
}

export function LanguageButtons({
  languages,
  current,
  onChoose,
  show = 'name',
  buttonClassName = 'language-button',
}: LanguageButtonsProps) {
  const { i18n } = useTranslation();
  return languages.map((language) => (
    <button
      key={language}
      type="button"
      className={buttonClassName}
      lang={language}
      aria-pressed={current === language}
      onClick={() => onChoose(language)}
    >
      {show === 'code' ? language.toUpperCase() : i18n.getFixedT(language)('language.native-name')}
    </button>
  ));
}
