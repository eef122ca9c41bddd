// A live, scaled copy of one slide as the patient's screen lays it out (landscape design size).

import { useEffect, useRef, useState } from 'react';

import type { Slide } from '@shared/deck/deck-schema';

import { DESIGN_SIZE } from '../shell/stage-size';
import { SlideView } from '../slides/SlideView';

const { width, height } = DESIGN_SIZE.landscape;
const noop = () => undefined;

export function SlidePreview({ slide, index }: { slide: Slide; index: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.25);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(element.clientWidth / width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    // A copy for the eye only: the words are in the notes and the slide list.
    <div className="slide-preview" ref={frame} aria-hidden="true" inert>
      <div
        className="stage stage-landscape"
        style={{ width, height, transform: `scale(${scale})` }}
      >
        <div className="slides">
          <SlideView
            slide={slide}
            index={index}
            current
            direction="none"
            textScale={1}
            focusHeading={false}
            onOpenChooser={noop}
          />
        </div>
      </div>
    </div>
  );
}
