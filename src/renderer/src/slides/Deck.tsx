// The article as slides: swipe, buttons, dots and keys; overview, blank screen and notes.

import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeckKeyCommand } from '@shared/deck/deck-keys';
import type { Deck as DeckData } from '@shared/deck/deck-schema';
import { clampIndex, navigate } from '@shared/deck/navigation';
import { slideReading, type ReadPart } from '@shared/speech/reading-order';

import { useArticleText } from '../content/useArticleText';
import { useStage } from '../shell/Stage';
import { useReadingContent } from '../speech/ReadAloudProvider';
import { NotesPanel } from './NotesPanel';
import { Overview } from './Overview';
import { SlideControls } from './SlideControls';
import { SlideView, type SlideDirection } from './SlideView';
import { useDeckKeys } from './useDeckKeys';
import { useSwipe } from './useSwipe';

const NOTHING_TO_READ: readonly ReadPart[] = [];

interface DeckProps {
  deck: DeckData;
  index: number;
  textScale: number;
  onIndex(index: number): void;
  onOpenChooser(): void;
  overviewOpen: boolean;
  onOverview(open: boolean): void;
}

export function Deck({
  deck,
  index,
  textScale,
  onIndex,
  onOpenChooser,
  overviewOpen,
  onOverview,
}: DeckProps) {
  const { t } = useTranslation();
  const text = useArticleText();
  const { scale } = useStage();
  const [blank, setBlank] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  // Which way the last change went, kept as state derived from the previous render's index. The
  // slide the deck opens on does not slide in: its words and illustration are there at once.
  const [shown, setShown] = useState({ index, direction: 'none' as SlideDirection });
  if (shown.index !== index)
    setShown({ index, direction: index > shown.index ? 'forward' : 'backward' });
  const direction = shown.direction;

  const count = deck.slides.length;
  const go = useCallback((target: number) => onIndex(clampIndex(target, count)), [onIndex, count]);

  const onCommand = (command: DeckKeyCommand) => {
    if (blank) return setBlank(false);
    switch (command) {
      case 'toggle-overview':
        return onOverview(!overviewOpen);
      case 'close':
        if (notesOpen) return setNotesOpen(false);
        return onOverview(!overviewOpen);
      case 'toggle-blank':
        return setBlank(true);
      case 'toggle-notes':
        return setNotesOpen((open) => !open);
      default:
        if (!overviewOpen) go(navigate(index, command, count));
    }
  };
  useDeckKeys(onCommand);

  const swipeArea = useRef<HTMLDivElement>(null);
  useSwipe(swipeArea, scale, (swipe) => go(navigate(index, swipe, count)));

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
            onOpenChooser={onOpenChooser}
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
      {notesOpen && current && <NotesPanel slide={current} onClose={() => setNotesOpen(false)} />}
      {overviewOpen && (
        <Overview
          slides={deck.slides}
          index={index}
          onGo={(target) => {
            onOverview(false);
            go(target);
          }}
          onClose={() => onOverview(false)}
        />
      )}
      {blank && (
        <button
          type="button"
          className="blank-screen"
          data-testid="blank-screen"
          aria-label={t('deck.blank-resume')}
          onClick={() => setBlank(false)}
        />
      )}
    </main>
  );
}
