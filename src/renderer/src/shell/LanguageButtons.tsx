// One button per language, the chosen one pressed: the patient's language switch and the
// presenter's two (the language on screen, the language of the notes).

import { useTranslation } from 'react-i18next';

interface LanguageButtonsProps {
  languages: readonly string[];
  current: string | undefined;
  onChoose(language: string): void;
  /** 'name': each language's own name ("Nederlands"); 'code': "NL", where space is short. */
  show?: 'name' | 'code';
}

export function LanguageButtons({
  languages,
  current,
  onChoose,
  show = 'name',
}: LanguageButtonsProps) {
  const { i18n } = useTranslation();
  return languages.map((language) => (
    <button
      key={language}
      type="button"
      className="language-button"
      lang={language}
      aria-pressed={current === language}
      onClick={() => onChoose(language)}
    >
      {show === 'code' ? language.toUpperCase() : i18n.getFixedT(language)('language.native-name')}
    </button>
  ));
}
