// Step 3: optional wishes — where, with whom and cost, as radio-like toggle buttons.

import { useTranslation } from 'react-i18next';

import type { ChooserAnswers } from './answers';
import { StepFrame } from './StepFrame';

interface PreferencesStepProps {
  answers: ChooserAnswers;
  onAnswers(answers: ChooserAnswers): void;
  onBack(): void;
  onNext(): void;
}

interface Option<T> {
  value: T;
  label: string;
}

interface OptionGroupProps<T> {
  id: string;
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange(value: T): void;
}

function OptionGroup<T extends string | boolean>({
  id,
  label,
  options,
  value,
  onChange,
}: OptionGroupProps<T>) {
  return (
    <div className="preference-group">
      <h2 id={id} className="preference-label">
        {label}
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
              {option.label}
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
          id="preference-setting"
          label={t('steps.preferences.setting.label')}
          value={answers.setting}
          onChange={(setting) => onAnswers({ ...answers, setting })}
          options={[
            { value: 'any', label: t('steps.preferences.setting.any') },
            { value: 'indoors', label: t('steps.preferences.setting.indoors') },
            { value: 'outdoors', label: t('steps.preferences.setting.outdoors') },
          ]}
        />
        <OptionGroup
          id="preference-social"
          label={t('steps.preferences.social.label')}
          value={answers.social}
          onChange={(social) => onAnswers({ ...answers, social })}
          options={[
            { value: 'any', label: t('steps.preferences.social.any') },
            { value: 'alone', label: t('steps.preferences.social.alone') },
            { value: 'together', label: t('steps.preferences.social.together') },
          ]}
        />
        <OptionGroup
          id="preference-cost"
          label={t('steps.preferences.cost.label')}
          value={answers.freeOnly}
          onChange={(freeOnly) => onAnswers({ ...answers, freeOnly })}
          options={[
            { value: false, label: t('steps.preferences.cost.any') },
            { value: true, label: t('steps.preferences.cost.free-only') },
          ]}
        />
      </div>
    </StepFrame>
  );
}
