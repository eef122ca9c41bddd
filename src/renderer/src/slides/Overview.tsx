// A grid of every slide to jump to (key O or the overview button).

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { useArticleText } from '../content/useArticleText';
import { Overlay } from '../shell/Overlay';

interface OverviewProps {
  slides: Slide[];
  index: number;
  onGo(index: number): void;
  onClose(): void;
}

export function Overview({ slides, index, onGo, onClose }: OverviewProps) {
  const { t } = useTranslation();
  const text = useArticleText();
  const currentButton = useRef<HTMLButtonElement>(null);
  useEffect(() => currentButton.current?.focus({ preventScroll: true }), []);
  return (
    <Overlay
      className="overlay overview"
      title={t('deck.overview-title')}
      onClose={onClose}
      closeLabel={t('deck.close')}
    >
      <ol className="overview-grid">
        {slides.map((slide, i) => (
          <li key={slide.id}>
            <button
              type="button"
              ref={i === index ? currentButton : undefined}
              className="overview-item"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              <img src={`/resources/${slide.illustration}`} alt="" draggable={false} />
              <span className="overview-number">{i + 1}</span>
              <span className="overview-heading">{text(slide.heading)}</span>
            </button>
          </li>
        ))}
      </ol>
    </Overlay>
  );
}
