// Translation keys (namespace "chooser") for values the rules produce, written out in full so
// every key can be found by search and checked against the locale files.

import type { Cost, Equipment, Impact, Setting, Social } from './activities-schema';
import type { PlanNotice } from './plan';

/** Indexed by DayIndex: Monday is 0. */
export const DAY_SHORT_KEYS = [
  'days.short.mon',
  'days.short.tue',
  'days.short.wed',
  'days.short.thu',
  'days.short.fri',
  'days.short.sat',
  'days.short.sun',
] as const;

/** Indexed by DayIndex: Monday is 0. */
export const DAY_FULL_KEYS = [
  'days.full.mon',
  'days.full.tue',
  'days.full.wed',
  'days.full.thu',
  'days.full.fri',
  'days.full.sat',
  'days.full.sun',
] as const;

export const NOTICE_KEYS = {
  'nothing-fits': 'notices.nothing-fits',
  suggested: 'notices.suggested',
  'easy-start-added': 'notices.easy-start-added',
  'core-balanced': 'notices.core-balanced',
  'one-form-only': 'notices.one-form-only',
  'rest-day-kept': 'notices.rest-day-kept',
} as const satisfies Record<PlanNotice, string>;

export const SETTING_KEYS = {
  indoors: 'properties.settings.indoors',
  outdoors: 'properties.settings.outdoors',
  water: 'properties.settings.water',
} as const satisfies Record<Setting, string>;

export const SOCIAL_KEYS = {
  alone: 'properties.social.alone',
  together: 'properties.social.together',
  either: 'properties.social.either',
} as const satisfies Record<Social, string>;

export const COST_KEYS = {
  free: 'properties.cost.free',
  low: 'properties.cost.low',
  membership: 'properties.cost.membership',
} as const satisfies Record<Cost, string>;

export const EQUIPMENT_KEYS = {
  none: 'properties.equipment.none',
  some: 'properties.equipment.some',
  facility: 'properties.equipment.facility',
} as const satisfies Record<Equipment, string>;

export const IMPACT_KEYS = {
  low: 'properties.impact.low',
  medium: 'properties.impact.medium',
} as const satisfies Record<Impact, string>;

export const PLAN_TEXT_KEYS = {
  title: 'plan-text.title',
  dayLine: 'plan-text.day-line',
  rest: 'plan-text.rest',
  listen: 'plan-text.listen',
  alarm: 'plan-text.alarm',
  alarmCall: 'plan-text.alarm-call',
  caution: 'plan-text.caution',
  restNote: 'plan-text.rest-note',
  source: 'plan-text.source',
  sourceShort: 'plan-text.source-short',
} as const;

/**
 * The urgent warning signs in the take-home text, short, in the order of the warning slide's
 * urgent tier (URGENT_SIGNS in src/shared/deck/warning-signs.ts; the content lint holds them
 * together).
 */
export const PLAN_TEXT_ALARM_SIGN_KEYS = [
  'plan-text.alarm-signs.bladder-bowel',
  'plan-text.alarm-signs.numb-saddle',
  'plan-text.alarm-signs.leg-weakness',
  'plan-text.alarm-signs.fever-ill',
  'plan-text.alarm-signs.fall-accident',
] as const;
