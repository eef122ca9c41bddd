// The exercise-variety chooser: three touch questions, then a varied week to discuss with the
// physiotherapist and take home. The answers live only in this component's state, so leaving
// the chooser (or the idle reset unmounting it) forgets them; nothing is stored or logged.

import './base.css';

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Activity } from '@shared/chooser/activities-schema';
import { buildPlan } from '@shared/chooser/plan';
import { chooserStepReading, resultReading } from '@shared/speech/reading-order';

import { ErrorScreen } from '../shell/ErrorScreen';
import { useReadingContent } from '../speech/ReadAloudProvider';
import { ActivitiesStep } from './ActivitiesStep';
import { DAY_CHOICES, INITIAL_ANSWERS, type ChooserAnswers } from './answers';
import { addChooserWords } from './chooser-words';
import { DaysStep } from './DaysStep';
import { PreferencesStep } from './PreferencesStep';
import { ResultScreen } from './ResultScreen';
import { useActivities } from './useActivities';

// Last, after the components' own stylesheets (imported above): on paper the handout's rules win.
import './chooser-print.css';

addChooserWords();

export function ChooserScreen({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('chooser');
  const state = useActivities();
  if (state.status === 'loading')
    return (
      <main className="chooser chooser-loading">
        <p>{t('loading')}</p>
      </main>
    );
  if (state.status === 'error') return <ErrorScreen details={state.errors} />;
  return <ChooserFlow activities={state.activities} onClose={onClose} />;
}

type Step = 'activities' | 'days' | 'preferences' | 'result';

function ChooserFlow({ activities, onClose }: { activities: Activity[]; onClose(): void }) {
  const [step, setStep] = useState<Step>('activities');
  const [answers, setAnswers] = useState<ChooserAnswers>(INITIAL_ANSWERS);
  // The activity whose tips the result shows (and reads); undefined: the plan's first.
  const [tipId, setTipId] = useState<string>();
  const plan = useMemo(
    () => (step === 'result' ? buildPlan(answers, activities) : null),
    [step, answers, activities],
  );
  const reading = useMemo(
    () =>
      step === 'result'
        ? plan
          ? resultReading(plan, activities, tipId)
          : []
        : chooserStepReading(step, { activities, dayChoices: DAY_CHOICES }),
    [step, plan, activities, tipId],
  );
  useReadingContent(reading);

  switch (step) {
    case 'activities':
      return (
        <ActivitiesStep
          activities={activities}
          answers={answers}
          onAnswers={setAnswers}
          onBack={onClose}
          onNext={() => setStep('days')}
        />
      );
    case 'days':
      return (
        <DaysStep
          answers={answers}
          onAnswers={setAnswers}
          onBack={() => setStep('activities')}
          onNext={() => setStep('preferences')}
        />
      );
    case 'preferences':
      return (
        <PreferencesStep
          answers={answers}
          onAnswers={setAnswers}
          onBack={() => setStep('days')}
          onNext={() => {
            setTipId(undefined);
            setStep('result');
          }}
        />
      );
    case 'result':
      return plan ? (
        <ResultScreen
          plan={plan}
          activities={activities}
          tipId={tipId}
          onTip={setTipId}
          onBack={() => setStep('preferences')}
          onStartAgain={() => {
            setAnswers(INITIAL_ANSWERS);
            setStep('activities');
          }}
          onClose={onClose}
        />
      ) : null;
  }
}
