// The article as slides: swipe, buttons and dots; the overview and the notes over them.

import './slides.css';

import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Deck as DeckData } from '@shared/deck/deck-schema';
import type { PresentationCommand } from '@shared/presentation/presentation-state';
import { slideReading, type ReadPart } from '@shared/speech/reading-order';

import { useArticleText } from '../content/useArticleText';
import { useStage } from '../shell/Stage';
import { useReadingContent } from '../speech/ReadAloudProvider';
import { NotesPanel } from './NotesPanel';
import { Overview } from './Overview';
import { SlideControls } from './SlideControls';
import { SlideView, type SlideDirection } from './SlideView';
import { useSwipe } from './useSwipe';

const NOTHING_TO_READ: readonly ReadPart[] = [];

interface DeckProps {
  deck: DeckData;
  index: number;
  textScale: number;
  onCommand(command: PresentationCommand): void;
  overviewOpen: boolean;
  blank: boolean;
  notesOpen: boolean;
  onCloseNotes(): void;
}

export function Deck({
  deck,
  index,
  textScale,
  onCommand,
  overviewOpen,
  blank,
  notesOpen,
  onCloseNotes,
}: DeckProps) {
  const { t } = useTranslation();
  const text = useArticleText();
  const { scale } = useStage();
  // Which way the last change went, kept as state derived from the previous render's index. The
  // slide the deck opens on does not slide in: its words and illustration are there at once.
  const [shown, setShown] = useState({ index, direction: 'none' as SlideDirection });
  if (shown.index !== index)
    setShown({ index, direction: index > shown.index ? 'forward' : 'backward' });
  const direction = shown.direction;

  const count = deck.slides.length;
  const go = (target: number) => onCommand({ type: 'go', index: target });

  const swipeArea = useRef<HTMLDivElement>(null);
  useSwipe(swipeArea, scale, (swipe) => onCommand({ type: 'navigate', command: swipe }));

  const current = deck.slides[index];
  const reading = useMemo(() => (current ? slideReading(current) : []), [current]);
  useReadingContent(blank || overviewOpen ? NOTHING_TO_READ : reading);
  const mounted = deck.slides
    .map((slide, i) => ({ slide, i }))
    .filter(({ i }) => Math.abs(i - index) <= 1);

  return (
    <main className="deck">
      <div className="slides" ref={swipeArea}>
        {mounted.map(({ slide, i }) => (
          <SlideView
            key={slide.id}
            slide={slide}
            index={i}
            current={i === index}
            direction={direction}
            textScale={textScale}
            focusHeading={!overviewOpen}
            onOpenChooser={() => onCommand({ type: 'chooser' })}
          />
        ))}
      </div>
      <SlideControls slides={deck.slides} index={index} onGo={go} />
      <p
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="slide-announcer"
      >
        {current
          ? t('deck.announce', { current: index + 1, total: count, title: text(current.heading) })
          : ''}
      </p>
      {notesOpen && current && <NotesPanel slide={current} onClose={onCloseNotes} />}
      {overviewOpen && (
        <Overview
          slides={deck.slides}
          index={index}
          onGo={go}
          onClose={() => onCommand({ type: 'overview', open: false })}
        />
      )}
    </main>
  );
}
