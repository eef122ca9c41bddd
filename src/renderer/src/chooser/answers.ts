// The patient's answers while they use the chooser. They live only in React state: nothing is
// stored or logged, and leaving the chooser forgets them.

import type { Answers } from '@shared/chooser/plan';

export interface ChooserAnswers extends Answers {
  /** The "not sure — suggest something" tile is pressed (chosen is then empty). */
  notSure: boolean;
}

export const INITIAL_ANSWERS: ChooserAnswers = {
  chosen: [],
  notSure: false,
  daysPerWeek: 3,
  setting: 'any',
  social: 'any',
  freeOnly: false,
};

export const DAY_CHOICES = [1, 2, 3, 4, 5, 6, 7] as const;

/** Picking an activity ends "not sure"; the order of the activities file is kept. */
export function toggleActivity(
  answers: ChooserAnswers,
  id: string,
  order: readonly string[],
): ChooserAnswers {
  const chosen = answers.chosen.includes(id)
    ? answers.chosen.filter((other) => other !== id)
    : order.filter((other) => other === id || answers.chosen.includes(other));
  return { ...answers, chosen, notSure: false };
}

export function chooseNotSure(answers: ChooserAnswers): ChooserAnswers {
  return { ...answers, chosen: [], notSure: !answers.notSure };
}
