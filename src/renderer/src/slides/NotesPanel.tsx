// The physiotherapist's speaker notes for the current slide (key N): talking points, sources
// and a teach-back question.

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { useArticleText } from '../content/useArticleText';
import { Overlay } from '../shell/Overlay';

export function NotesPanel({ slide, onClose }: { slide: Slide; onClose(): void }) {
  const { t } = useTranslation();
  const text = useArticleText();
  return (
    <Overlay
      className="notes-panel"
      modal={false}
      testId="notes-panel"
      title={t('deck.notes.title')}
      onClose={onClose}
      closeLabel={t('deck.close')}
    >
      <h3>{t('deck.notes.talking-points')}</h3>
      <ul>
        {slide.notes.talkingPoints.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
      <h3>{t('deck.notes.teach-back')}</h3>
      <p>{text(slide.notes.teachBack)}</p>
      <h3>{t('deck.notes.sources')}</h3>
      <ul className="notes-sources">
        {slide.notes.sources.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
    </Overlay>
  );
}
