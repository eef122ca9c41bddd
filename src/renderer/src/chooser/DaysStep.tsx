// Step 2: how many days a week — seven large choices, 1 to 7.

import { useTranslation } from 'react-i18next';

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
          <button
            key={count}
            type="button"
            className="choice-tile day-choice"
            aria-pressed={answers.daysPerWeek === count}
            onClick={() => onAnswers({ ...answers, daysPerWeek: count })}
            data-fit-box
          >
            <span className="day-number">{count}</span>{' '}
            <span className="day-unit">{t('steps.days.unit', { count })}</span>
          </button>
        ))}
      </div>
    </StepFrame>
  );
}
