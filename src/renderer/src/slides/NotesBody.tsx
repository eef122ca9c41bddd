// The speaker notes of one slide in a given language, the same in the notes overlay (key N) and
// the presenter view: the teach-back question, the talking points and the sources.

import './notes.css';

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

interface NotesBodyProps {
  slide: Slide;
  language: string;
  /**
   * The presenter view asks the teach-back question first, highlighted: it is what the physio
   * says next. The overlay keeps it after the talking points.
   */
  questionFirst?: boolean;
}

export function NotesBody({ slide, language, questionFirst = false }: NotesBodyProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const article = i18n.getFixedT(language, 'article');
  // Keys come from resources/deck.json, checked by the build rather than by the typecheck.
  const text = (key: string) => article(key as never);
  const question = (
    <div className={questionFirst ? 'notes-teach-back notes-teach-back-first' : 'notes-teach-back'}>
      <h3>{t('deck.notes.teach-back')}</h3>
      <p>{text(slide.notes.teachBack)}</p>
    </div>
  );
  return (
    <div className="notes-body">
      {questionFirst && question}
      <h3>{t('deck.notes.talking-points')}</h3>
      <ul>
        {slide.notes.talkingPoints.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
      {!questionFirst && question}
      <h3>{t('deck.notes.sources')}</h3>
      <ul className="notes-sources">
        {slide.notes.sources.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
    </div>
  );
}
