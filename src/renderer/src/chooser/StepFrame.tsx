// What every question shares: the progress ("Stap 2 van 3"), the question as the screen's
// heading (focused when the step opens), a hint, and Back / Next always in reach.

import './step-frame.css';

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Spoken } from '../speech/Spoken';
import { useFit } from './useFit';

export const STEP_COUNT = 3;

interface StepFrameProps {
  step: number;
  /** The step's key in the chooser's words, as in "steps.<name>.question". */
  name: 'activities' | 'days' | 'preferences';
  question: string;
  hint: string;
  /** Who should ask their physio or GP first, set apart from the hint. */
  caution?: string;
  backLabel: string;
  nextLabel: string;
  onBack(): void;
  onNext(): void;
  children: ReactNode;
}

export function StepFrame({
  step,
  name,
  question,
  hint,
  caution,
  backLabel,
  nextLabel,
  onBack,
  onNext,
  children,
}: StepFrameProps) {
  const { t, i18n } = useTranslation('chooser');
  const main = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFit(main, [i18n.language, step]);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [step]);

  return (
    <main className="chooser chooser-step" ref={main} data-step={step}>
      <header className="chooser-header">
        <div className="chooser-progress">
          <p className="chooser-progress-text" data-testid="chooser-progress">
            {t('steps.progress', { current: step, total: STEP_COUNT })}
          </p>
          <ol className="chooser-progress-bar" aria-hidden="true">
            {Array.from({ length: STEP_COUNT }, (_, index) => (
              <li key={index} className={index < step ? 'done' : undefined} />
            ))}
          </ol>
        </div>
        <h1 id="chooser-question" ref={heading} tabIndex={-1} className="chooser-heading">
          <Spoken id={`chooser:steps.${name}.question`}>{question}</Spoken>
        </h1>
        <p className="chooser-hint">
          <Spoken id={`chooser:steps.${name}.hint`}>{hint}</Spoken>
        </p>
        {caution && (
          <p className="chooser-caution" data-testid="chooser-caution">
            <Spoken id={`chooser:steps.${name}.caution`}>{caution}</Spoken>
          </p>
        )}
      </header>
      <div className="chooser-body" data-fit-box>
        {children}
      </div>
      <div className="chooser-nav">
        <button type="button" className="chooser-nav-button chooser-back" onClick={onBack}>
          <span aria-hidden="true" className="nav-arrow">
            ←
          </span>
          {backLabel}
        </button>
        <button type="button" className="chooser-nav-button chooser-next" onClick={onNext}>
          {nextLabel}
          <span aria-hidden="true" className="nav-arrow">
            →
          </span>
        </button>
      </div>
    </main>
  );
}
