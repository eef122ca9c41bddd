// The speaker notes of the current slide in the notes' own language: the teach-back question
// first (highlighted: it is what the physio asks), then the talking points and the sources.

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

export function PresenterNotes({ slide, language }: { slide: Slide; language: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const text = i18n.getFixedT(language, 'article');
  return (
    <section
      className="presenter-notes"
      lang={language}
      aria-labelledby="presenter-notes-title"
      data-testid="presenter-notes"
      // It scrolls when the notes are long, so it must be reachable by keyboard (axe).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <h2 id="presenter-notes-title">{t('deck.notes.title')}</h2>
      <div className="presenter-teach-back">
        <h3>{t('deck.notes.teach-back')}</h3>
        <p>{text(slide.notes.teachBack as never)}</p>
      </div>
      <h3>{t('deck.notes.talking-points')}</h3>
      <ul>
        {slide.notes.talkingPoints.map((key) => (
          <li key={key}>{text(key as never)}</li>
        ))}
      </ul>
      <h3>{t('deck.notes.sources')}</h3>
      <ul className="notes-sources">
        {slide.notes.sources.map((key) => (
          <li key={key}>{text(key as never)}</li>
        ))}
      </ul>
    </section>
  );
}
