// Every slide by number and heading, to jump to with one tap.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { useArticleText } from '../content/useArticleText';

interface SlideListProps {
  slides: readonly Slide[];
  current: number | null;
  onGo(index: number): void;
}

export function SlideList({ slides, current, onGo }: SlideListProps) {
  const { t } = useTranslation('kiosk');
  const text = useArticleText();
  const currentItem = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentItem.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav className="presenter-slide-list" aria-label={t('presenter.slides')}>
      <ol>
        {slides.map((slide, i) => (
          <li key={slide.id}>
            <button
              type="button"
              ref={i === current ? currentItem : undefined}
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              <span className="presenter-slide-number">{i + 1}</span>
              <span>{text(slide.heading)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
