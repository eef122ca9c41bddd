// Step 1: which activities appeal — large picture tiles to pick one or more, or "not sure".

import './steps.css';

import { useTranslation } from 'react-i18next';

import type { Activity } from '@shared/chooser/activities-schema';

import { Spoken } from '../speech/Spoken';
import { chooseNotSure, toggleActivity, type ChooserAnswers } from './answers';
import { StepFrame } from './StepFrame';
import { useDataText } from './useChooserText';

interface ActivitiesStepProps {
  activities: readonly Activity[];
  answers: ChooserAnswers;
  onAnswers(answers: ChooserAnswers): void;
  onBack(): void;
  onNext(): void;
}

function CheckMark() {
  return (
    <span className="tile-check" aria-hidden="true">
      <svg viewBox="0 0 24 24" focusable="false">
        <path d="M5 12.5l4.5 4.5L19 7.5" />
      </svg>
    </span>
  );
}

function NotSureIcon() {
  return (
    <svg className="tile-image not-sure-icon" viewBox="0 0 400 300" aria-hidden="true">
      <circle cx="200" cy="150" r="125" className="not-sure-disc" />
      <path
        className="not-sure-mark"
        d="M158 118q0-46 44-46t44 40q0 26-28 38t-18 34"
        strokeWidth="26"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
      <circle cx="200" cy="232" r="17" className="not-sure-dot" />
    </svg>
  );
}

export function ActivitiesStep({
  activities,
  answers,
  onAnswers,
  onBack,
  onNext,
}: ActivitiesStepProps) {
  const { t } = useTranslation('chooser');
  const text = useDataText();
  const order = activities.map((activity) => activity.id);
  return (
    <StepFrame
      name="activities"
      step={1}
      question={t('steps.activities.question')}
      hint={t('steps.activities.hint')}
      caution={t('steps.activities.caution')}
      backLabel={t('buttons.close')}
      nextLabel={t('buttons.next')}
      onBack={onBack}
      onNext={onNext}
    >
      <div className="activity-tiles" role="group" aria-labelledby="chooser-question">
        {activities.map((activity) => {
          const pressed = answers.chosen.includes(activity.id);
          return (
            <button
              key={activity.id}
              type="button"
              className="choice-tile activity-tile"
              data-activity={activity.id}
              aria-pressed={pressed}
              onClick={() => onAnswers(toggleActivity(answers, activity.id, order))}
              data-fit-box
            >
              <img
                className="tile-image"
                src={`/resources/${activity.illustration}`}
                alt=""
                draggable={false}
              />
              <span className="tile-name" data-fit-box>
                <Spoken id={`chooser:${activity.name}`}>{text(activity.name)}</Spoken>
              </span>
              {pressed && <CheckMark />}
            </button>
          );
        })}
        <button
          type="button"
          className="choice-tile not-sure-tile"
          aria-pressed={answers.notSure}
          onClick={() => onAnswers(chooseNotSure(answers))}
          data-fit-box
        >
          <NotSureIcon />
          <span className="tile-name" data-fit-box>
            <Spoken id="chooser:steps.activities.not-sure">{t('steps.activities.not-sure')}</Spoken>
          </span>
          {answers.notSure && <CheckMark />}
        </button>
      </div>
    </StepFrame>
  );
}
