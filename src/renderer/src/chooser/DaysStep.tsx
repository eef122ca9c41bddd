// Step 2: how many days a week — seven large choices, 1 to 7.

import './steps.css';

import { useTranslation } from 'react-i18next';

import { READING_TILE, Spoken, useReadingNow } from '../speech/Spoken';
import { DAY_CHOICES, type ChooserAnswers } from './answers';
import { StepFrame } from './StepFrame';

interface DaysStepProps {
  answers: ChooserAnswers;
  onAnswers(answers: ChooserAnswers): void;
  onBack(): void;
  onNext(): void;
}

export function DaysStep({ answers, onAnswers, onBack, onNext }: DaysStepProps) {
  const { t } = useTranslation('chooser');
  return (
    <StepFrame
      name="days"
      step={2}
      question={t('steps.days.question')}
      hint={t('steps.days.hint')}
      backLabel={t('buttons.back')}
      nextLabel={t('buttons.next')}
      onBack={onBack}
      onNext={onNext}
    >
      <div className="day-choices" role="group" aria-labelledby="chooser-question">
        {DAY_CHOICES.map((count) => (
          <DayChoice
            key={count}
            count={count}
            pressed={answers.daysPerWeek === count}
            onPress={() => onAnswers({ ...answers, daysPerWeek: count })}
          />
        ))}
      </div>
    </StepFrame>
  );
}

/** A day tile; while its number and unit are read, the tile and both are marked. */
function DayChoice({
  count,
  pressed,
  onPress,
}: {
  count: number;
  pressed: boolean;
  onPress(): void;
}) {
  const { t } = useTranslation('chooser');
  const id = `chooser:steps.days.unit#${count}`;
  const readingNow = useReadingNow(id);
  return (
    <button
      type="button"
      className={`choice-tile day-choice${readingNow ? ` ${READING_TILE}` : ''}`}
      aria-pressed={pressed}
      onClick={onPress}
      data-fit-box
    >
      <span className="day-number">
        {readingNow ? <mark className="reading-now">{count}</mark> : count}
      </span>{' '}
      <span className="day-unit">
        <Spoken id={id}>{t('steps.days.unit', { count })}</Spoken>
      </span>
    </button>
  );
}
