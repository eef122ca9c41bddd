// One slide: its words from the article translations and its illustration, laid out by type.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Slide } from '@shared/deck/deck-schema';

import { useArticleText } from '../content/useArticleText';
import { Spoken } from '../speech/Spoken';
import { useFitText } from './useFitText';

export type SlideDirection = 'forward' | 'backward' | 'none';

interface SlideViewProps {
  slide: Slide;
  index: number;
  current: boolean;
  direction: SlideDirection;
  textScale: number;
  focusHeading: boolean;
  onOpenChooser(): void;
}

/** A deck text that follows the voice while it is read aloud. */
function ArticleText({ k }: { k: string }) {
  const text = useArticleText();
  return <Spoken id={`article:${k}`}>{text(k)}</Spoken>;
}

function Points({ keys }: { keys: readonly string[] }) {
  return (
    <ul className="slide-points">
      {keys.map((key) => (
        <li key={key}>
          <ArticleText k={key} />
        </li>
      ))}
    </ul>
  );
}

export function SlideView({
  slide,
  index,
  current,
  direction,
  textScale,
  focusHeading,
  onOpenChooser,
}: SlideViewProps) {
  const text = useArticleText();
  const { t, i18n } = useTranslation();
  const textBox = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFitText(textBox, current, [i18n.language, textScale, slide.id]);

  useEffect(() => {
    if (current && focusHeading) heading.current?.focus({ preventScroll: true });
  }, [current, focusHeading]);

  const headingId = `slide-heading-${slide.id}`;
  return (
    <section
      className={`slide layout-${slide.layout} enter-${direction}`}
      data-slide-index={index}
      data-slide-id={slide.id}
      aria-current={current ? 'true' : undefined}
      aria-labelledby={headingId}
      hidden={!current}
      inert={!current}
    >
      <div className="slide-text" ref={textBox}>
        <h1 id={headingId} ref={heading} tabIndex={-1} className="slide-heading">
          <ArticleText k={slide.heading} />
        </h1>
        {slide.lead && (
          <p className="slide-lead">
            <ArticleText k={slide.lead} />
          </p>
        )}
        {slide.quote && (
          <figure className="slide-quote">
            <blockquote>
              <p>
                <ArticleText k={slide.quote.text} />
              </p>
            </blockquote>
            <figcaption>
              <ArticleText k={slide.quote.source} />
            </figcaption>
          </figure>
        )}
        {slide.points && slide.points.length > 0 && <Points keys={slide.points} />}
        {slide.groups && (
          <div className="slide-groups">
            {slide.groups.map((group, order) => (
              <section
                key={group.heading}
                className="slide-group"
                data-tier={order === 0 ? 'first' : 'later'}
                aria-labelledby={`${headingId}-${order}`}
              >
                <h2 id={`${headingId}-${order}`} className="slide-group-heading">
                  <ArticleText k={group.heading} />
                </h2>
                {group.lead && (
                  <p className="slide-group-lead">
                    <ArticleText k={group.lead} />
                  </p>
                )}
                <Points keys={group.points} />
                {group.after?.map((key) => (
                  <p key={key} className="slide-group-after">
                    <ArticleText k={key} />
                  </p>
                ))}
              </section>
            ))}
          </div>
        )}
        {slide.caution && (
          <p className="slide-caution">
            <ArticleText k={slide.caution} />
          </p>
        )}
        {slide.layout === 'chooser' && (
          <button type="button" className="primary-button slide-action" onClick={onOpenChooser}>
            <Spoken id="common:deck.open-chooser">{t('deck.open-chooser')}</Spoken>
          </button>
        )}
      </div>
      <img
        className="slide-illustration"
        src={`/resources/${slide.illustration}`}
        alt={text(slide.alt)}
        draggable={false}
      />
    </section>
  );
}
