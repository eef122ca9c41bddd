// The physiotherapist's speaker notes for the current slide (key N), in a side panel beside the
// slide: talking points, a teach-back question and sources.

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { Overlay } from '../shell/Overlay';
import { NotesBody } from './NotesBody';

export function NotesPanel({ slide, onClose }: { slide: Slide; onClose(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Overlay
      className="notes-panel"
      modal={false}
      testId="notes-panel"
      title={t('deck.notes.title')}
      onClose={onClose}
      closeLabel={t('deck.close')}
    >
      <NotesBody slide={slide} language={i18n.language} />
    </Overlay>
  );
}
