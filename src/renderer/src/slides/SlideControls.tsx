// The large previous/next buttons, the tappable progress dots and the "3 / 16" counter.

import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { useArticleText } from '../content/useArticleText';

interface SlideControlsProps {
  slides: Slide[];
  index: number;
  onGo(index: number): void;
}

export function SlideControls({ slides, index, onGo }: SlideControlsProps) {
  const { t } = useTranslation();
  const text = useArticleText();
  const total = slides.length;
  return (
    <nav className="slide-controls" aria-label={t('deck.controls-label')}>
      <button
        type="button"
        className="nav-button nav-previous"
        onClick={() => onGo(index - 1)}
        disabled={index === 0}
      >
        <span aria-hidden="true" className="nav-arrow">
          ←
        </span>
        {t('deck.previous')}
      </button>
      <div className="progress">
        <p className="progress-counter" data-testid="slide-counter">
          {t('deck.counter', { current: index + 1, total })}
        </p>
        <ol className="progress-dots">
          {slides.map((slide, i) => (
            <li key={slide.id}>
              <button
                type="button"
                className="dot"
                aria-label={t('deck.go-to', { number: i + 1, title: text(slide.heading) })}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                <span className="dot-mark" />
              </button>
            </li>
          ))}
        </ol>
      </div>
      <button
        type="button"
        className="nav-button nav-next"
        onClick={() => onGo(index + 1)}
        disabled={index === total - 1}
      >
        {t('deck.next')}
        <span aria-hidden="true" className="nav-arrow">
          →
        </span>
      </button>
    </nav>
  );
}
