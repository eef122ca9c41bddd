// The speaker notes of the current slide in the notes' own language, in the presenter view's
// side column, where they scroll: the teach-back question first, then talking points and sources.

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { NotesBody } from '../slides/NotesBody';

export function PresenterNotes({ slide, language }: { slide: Slide; language: string }) {
  const { i18n } = useTranslation();
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
      <h2 id="presenter-notes-title">{i18n.getFixedT(language)('deck.notes.title')}</h2>
      <NotesBody slide={slide} language={language} questionFirst />
    </section>
  );
}
