// Step 3: optional wishes — where, with whom and cost, as radio-like toggle buttons.

import './steps.css';

import { useTranslation } from 'react-i18next';

import { Spoken } from '../speech/Spoken';
import type { ChooserAnswers } from './answers';
import { StepFrame } from './StepFrame';

interface PreferencesStepProps {
  answers: ChooserAnswers;
  onAnswers(answers: ChooserAnswers): void;
  onBack(): void;
  onNext(): void;
}

type Group = 'setting' | 'social' | 'cost';

interface Option<T> {
  value: T;
  /** The option's key under steps.preferences.<group>: its words and its read-aloud id. */
  leaf: string;
}

interface OptionGroupProps<T> {
  group: Group;
  options: readonly Option<T>[];
  value: T;
  onChange(value: T): void;
}

function OptionGroup<T extends string | boolean>({
  group,
  options,
  value,
  onChange,
}: OptionGroupProps<T>) {
  const { t } = useTranslation('chooser');
  const key = (leaf: string) => `steps.preferences.${group}.${leaf}` as const;
  const words = (leaf: string) => t(key(leaf) as never) as string;
  const id = `preference-${group}`;
  return (
    <div className="preference-group">
      <h2 id={id} className="preference-label">
        <Spoken id={`chooser:${key('label')}`}>{words('label')}</Spoken>
      </h2>
      <div className="preference-options" role="group" aria-labelledby={id}>
        {options.map((option) => (
          <button
            key={String(option.value)}
            type="button"
            className="choice-tile preference-option"
            data-value={String(option.value)}
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
            data-fit-box
          >
            <span className="option-mark" aria-hidden="true" />
            <span className="option-label" data-fit-box>
              <Spoken id={`chooser:${key(option.leaf)}`}>{words(option.leaf)}</Spoken>
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function PreferencesStep({ answers, onAnswers, onBack, onNext }: PreferencesStepProps) {
  const { t } = useTranslation('chooser');
  return (
    <StepFrame
      name="preferences"
      step={3}
      question={t('steps.preferences.question')}
      hint={t('steps.preferences.hint')}
      backLabel={t('buttons.back')}
      nextLabel={t('buttons.show-plan')}
      onBack={onBack}
      onNext={onNext}
    >
      <div className="preference-groups">
        <OptionGroup
          group="setting"
          value={answers.setting}
          onChange={(setting) => onAnswers({ ...answers, setting })}
          options={(['any', 'indoors', 'outdoors'] as const).map((leaf) => ({ value: leaf, leaf }))}
        />
        <OptionGroup
          group="social"
          value={answers.social}
          onChange={(social) => onAnswers({ ...answers, social })}
          options={(['any', 'alone', 'together'] as const).map((leaf) => ({ value: leaf, leaf }))}
        />
        <OptionGroup
          group="cost"
          value={answers.freeOnly}
          onChange={(freeOnly) => onAnswers({ ...answers, freeOnly })}
          options={[
            { value: false, leaf: 'any' },
            { value: true, leaf: 'free-only' },
          ]}
        />
      </div>
    </StepFrame>
  );
}
