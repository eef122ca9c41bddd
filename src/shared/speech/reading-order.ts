// What "read aloud" says on each screen, in the order it is shown: translation keys only, so
// the voice says the same words as the screen (or a content editor's `speech` override).

import type { Activity } from '../chooser/activities-schema';
import { DAY_FULL_KEYS, NOTICE_KEYS } from '../chooser/keys';
import type { Plan } from '../chooser/plan';
import type { Slide } from '../deck/deck-schema';
import { URGENT_CALL, URGENT_HEADING, URGENT_SIGNS } from '../deck/warning-signs';

export type TextNamespace = 'article' | 'chooser' | 'common';

export interface TextRef {
  ns: TextNamespace;
  key: string;
  values?: Readonly<Record<string, string | number>>;
}

/** One piece read as a unit: a heading, a point, an option. `id` names it on screen too. */
export interface ReadPart {
  id: string;
  text: TextRef;
  /** Said before the text with a colon: the day before its activity. */
  label?: TextRef;
  /** Said before the text: the count on a day tile. */
  count?: number;
}

const ref = (ns: TextNamespace, key: string, values?: TextRef['values']): TextRef =>
  values ? { ns, key, values } : { ns, key };

export const partId = (text: TextRef): string => `${text.ns}:${text.key}`;

const part = (ns: TextNamespace, key: string): ReadPart => ({
  id: `${ns}:${key}`,
  text: ref(ns, key),
});
const article = (key: string): ReadPart => part('article', key);
const chooser = (key: string): ReadPart => part('chooser', key);

export const QUOTE_INTRO = part('common', 'read-aloud.quote-intro');

export function slideReading(slide: Slide): ReadPart[] {
  const parts = [article(slide.heading)];
  if (slide.lead) parts.push(article(slide.lead));
  if (slide.quote) parts.push(QUOTE_INTRO, article(slide.quote.text), article(slide.quote.source));
  parts.push(...(slide.points ?? []).map(article));
  for (const group of slide.groups ?? []) {
    parts.push(article(group.heading));
    if (group.lead) parts.push(article(group.lead));
    parts.push(...group.points.map(article));
    parts.push(...(group.after ?? []).map(article));
  }
  if (slide.caution) parts.push(article(slide.caution));
  if (slide.layout === 'chooser') parts.push(part('common', 'deck.open-chooser'));
  return parts;
}

export type ChooserStep = 'activities' | 'days' | 'preferences';

const PREFERENCE_GROUPS = [
  ['setting', ['any', 'indoors', 'outdoors']],
  ['social', ['any', 'alone', 'together']],
  ['cost', ['any', 'free-only']],
] as const;

export function chooserStepReading(
  step: ChooserStep,
  choices: { activities: readonly Pick<Activity, 'name'>[]; dayChoices: readonly number[] },
): ReadPart[] {
  const frame = (extra: readonly string[]) =>
    [`steps.${step}.question`, `steps.${step}.hint`, ...extra].map(chooser);
  switch (step) {
    case 'activities':
      return [
        ...frame(['steps.activities.caution']),
        ...choices.activities.map((activity) => chooser(activity.name)),
        chooser('steps.activities.not-sure'),
      ];
    case 'days':
      return [
        ...frame([]),
        ...choices.dayChoices.map((count) => ({
          id: `chooser:steps.days.unit#${count}`,
          text: ref('chooser', 'steps.days.unit', { count }),
          count,
        })),
      ];
    case 'preferences':
      return [
        ...frame([]),
        ...PREFERENCE_GROUPS.flatMap(([group, options]) =>
          [`label`, ...options].map((leaf) => chooser(`steps.preferences.${group}.${leaf}`)),
        ),
      ];
  }
}

type TipActivity = Pick<Activity, 'id' | 'name' | 'techniqueTip' | 'startSmall'>;

/** The activity whose tips the result shows: the one chosen, else the plan's first. */
export function shownTip<A extends Pick<Activity, 'id'>>(
  plan: Pick<Plan, 'activityIds'>,
  activities: readonly A[],
  chosenId?: string,
): A | undefined {
  const used = plan.activityIds.flatMap((id) => activities.find((a) => a.id === id) ?? []);
  return used.find((activity) => activity.id === chosenId) ?? used[0];
}

/**
 * The result: the week day by day, the notices, the advice, the urgent warning signs with whom to
 * call and the caution, and the shown activity's tips.
 */
export function resultReading(
  plan: Plan,
  activities: readonly TipActivity[],
  tipId?: string,
): ReadPart[] {
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  const week = plan.days.map(({ day, activityId }): ReadPart => {
    const activity = activityId === null ? undefined : byId.get(activityId);
    const text = ref('chooser', activity ? activity.name : 'result.rest-day');
    return { id: `chooser:week#${day}`, label: ref('chooser', DAY_FULL_KEYS[day]), text };
  });
  const tip = shownTip(plan, activities, tipId);
  const tips = tip
    ? [
        chooser('result.tips-heading'),
        chooser(tip.name),
        { ...chooser(tip.techniqueTip), label: ref('chooser', 'result.technique-label') },
        { ...chooser(tip.startSmall), label: ref('chooser', 'result.start-small-label') },
      ]
    : [];
  return [
    chooser('result.heading'),
    chooser('result.not-a-prescription'),
    ...week,
    ...plan.notices.map((notice) => chooser(NOTICE_KEYS[notice])),
    ...[
      'result.advice-heading',
      'result.why-variety',
      'result.rest-day-detail',
      'result.listen-to-body',
      'result.see-professional',
    ].map(chooser),
    article(URGENT_HEADING),
    ...URGENT_SIGNS.map(article),
    ...URGENT_CALL.map(article),
    chooser('steps.activities.caution'),
    ...tips,
  ];
}
