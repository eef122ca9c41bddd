// The chooser's rules: turn a patient's answers into a varied week of exercise.
// Pure and deterministic, so the same answers always give the same week.

import type { Activity } from './activities-schema';

export interface Answers {
  /** Activity ids the patient picked; [] means "not sure — suggest something". */
  chosen: string[];
  /** 1..7; anything else is clamped, non-integers are rounded. */
  daysPerWeek: number;
  setting: 'any' | 'indoors' | 'outdoors';
  social: 'any' | 'alone' | 'together';
  freeOnly: boolean;
}

export type DayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface PlanDay {
  /** Monday is 0. */
  day: DayIndex;
  /** null is a rest day. */
  activityId: string | null;
}

/** In the order the UI should show them. */
export const PLAN_NOTICES = [
  'nothing-fits',
  'suggested',
  'easy-start-added',
  'core-balanced',
  'one-form-only',
  'rest-day-kept',
] as const;

export type PlanNotice = (typeof PLAN_NOTICES)[number];

export interface Plan {
  /** Always 7, Monday first. */
  days: PlanDay[];
  /** Distinct forms used, in order of first use. */
  activityIds: string[];
  notices: PlanNotice[];
}

/** What the plan falls back to when no form matches the preferences at all. */
export const FALLBACK_ACTIVITY_ID = 'walking';

/** One rest day a week is always kept. */
export const MAX_SESSIONS = 6;

type Sessions = 1 | 2 | 3 | 4 | 5 | 6;

// Rest days spread through the week, never more than 3 active days in a row, and each pattern
// leaves room to alternate forms (for 5 sessions Mon, Wed–Fri, Sun rather than Mon–Wed, Fri–Sat,
// so one form plus a little core can still alternate).
export const ACTIVE_DAYS: Readonly<Record<Sessions, readonly DayIndex[]>> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 5],
  5: [0, 2, 3, 4, 6],
  6: [0, 1, 2, 4, 5, 6],
};

const WEEK: readonly DayIndex[] = [0, 1, 2, 3, 4, 5, 6];

/** The part of an activity the rules look at. */
type Form = Pick<Activity, 'id' | 'easyStart' | 'isCore'>;

const FALLBACK_FORM: Form = { id: FALLBACK_ACTIVITY_ID, easyStart: true, isCore: false };

interface Allocation {
  form: Form;
  count: number;
}

export function buildPlan(answers: Answers, activities: readonly Activity[]): Plan {
  const daysPerWeek = normalizeDaysPerWeek(answers.daysPerWeek);
  const sessions = sessionsFor(daysPerWeek);
  const selection = selectForms(answers, activities, sessions);
  const allocation = allocateSessions(selection.forms, sessions);
  const days = placeOnWeek(allocation, ACTIVE_DAYS[sessions]);
  const activityIds = distinctActivityIds(days);

  const notices = new Set<PlanNotice>(selection.notices);
  if (isCoreReduced(selection.picks, allocation, sessions)) notices.add('core-balanced');
  if (sessions >= 2 && activityIds.length === 1) notices.add('one-form-only');
  if (daysPerWeek > MAX_SESSIONS) notices.add('rest-day-kept');

  return { days, activityIds, notices: PLAN_NOTICES.filter((notice) => notices.has(notice)) };
}

export function normalizeDaysPerWeek(daysPerWeek: number): number {
  // A broken value asks for the least, never the most.
  if (Number.isNaN(daysPerWeek)) return 1;
  return Math.min(7, Math.max(1, Math.round(daysPerWeek)));
}

function sessionsFor(daysPerWeek: number): Sessions {
  const sessions = Math.min(daysPerWeek, MAX_SESSIONS);
  return isSessions(sessions) ? sessions : 1;
}

function isSessions(value: number): value is Sessions {
  return Number.isInteger(value) && value >= 1 && value <= MAX_SESSIONS;
}

export function fitsPreferences(
  activity: Activity,
  answers: Pick<Answers, 'setting' | 'social' | 'freeOnly'>,
): boolean {
  return (
    fitsSetting(activity, answers.setting) &&
    fitsSocial(activity, answers.social) &&
    (!answers.freeOnly || activity.cost === 'free')
  );
}

function fitsSetting(activity: Activity, setting: Answers['setting']): boolean {
  if (setting === 'indoors' || setting === 'outdoors') return activity.settings.includes(setting);
  return true;
}

function fitsSocial(activity: Activity, social: Answers['social']): boolean {
  if (social === 'alone') return activity.social !== 'together';
  if (social === 'together') return activity.social !== 'alone';
  return true;
}

const isEasyStart = (form: Form): boolean => form.easyStart && !form.isCore;
const isVaried = (form: Form): boolean => !form.easyStart && !form.isCore;
const isNonCore = (form: Form): boolean => !form.isCore;

interface Selection {
  /** The forms the week may use, most important first. */
  forms: Form[];
  /** The patient's own picks that fit the preferences. */
  picks: Form[];
  notices: PlanNotice[];
}

function selectForms(
  answers: Answers,
  activities: readonly Activity[],
  sessions: Sessions,
): Selection {
  const fitting = activities.filter((activity) => fitsPreferences(activity, answers));
  const knownIds = new Set(activities.map((activity) => activity.id));
  const chosenIds = new Set(answers.chosen.filter((id) => knownIds.has(id)));
  const notSure = chosenIds.size === 0;
  const picks = notSure ? [] : fitting.filter((activity) => chosenIds.has(activity.id));
  const notices: PlanNotice[] = [];
  if (notSure) notices.push('suggested');
  else if (picks.length === 0) notices.push('nothing-fits');

  // When none of the picks fit, suggesting is kinder than a week of one substitute.
  let forms: Form[] = picks.length === 0 ? suggestForms(fitting) : [...picks];

  if (!forms.some(isEasyStart)) {
    const easyStart = fitting.find(isEasyStart);
    if (easyStart) {
      forms = [easyStart, ...forms];
      notices.push('easy-start-added');
    }
  }

  if (!forms.some(isNonCore)) {
    const other = fitting.find(isNonCore);
    if (other) {
      forms = [other, ...forms];
    } else {
      // Nothing the preferences allow can carry a week; walking breaks a wish but keeps a plan.
      forms = [FALLBACK_FORM, ...forms];
      if (!notices.includes('nothing-fits')) notices.push('nothing-fits');
    }
  }

  // Two or more picks promise variety; when core cannot take part (too few sessions for it),
  // another fitting form takes its place.
  if (picks.length >= 2 && sessions >= 2 && countUsableForms(forms, sessions) < 2) {
    const unused = fitting.filter((form) => !forms.some((used) => used.id === form.id));
    const standIn = unused.find(isVaried) ?? unused.find(isEasyStart);
    if (standIn) forms = [...forms, standIn];
  }

  return { forms: prioritise(forms), picks, notices };
}

/** "Not sure": every fitting easy-start form plus one other, for variety. */
function suggestForms(fitting: readonly Activity[]): Activity[] {
  const varied = fitting.find(isVaried);
  return [...fitting.filter(isEasyStart), ...(varied ? [varied] : [])];
}

function coreCapFor(sessions: number): number {
  return Math.floor(sessions / 3);
}

function countUsableForms(forms: readonly Form[], sessions: number): number {
  const nonCore = forms.filter(isNonCore).length;
  const core = Math.min(forms.filter((form) => form.isCore).length, coreCapFor(sessions));
  return Math.min(nonCore + core, sessions);
}

/**
 * One easy-start form first (it must survive when sessions are few), then the other kinds
 * (more variety than a second easy form), then further easy-start forms, core last.
 */
function prioritise(forms: readonly Form[]): Form[] {
  const unique = forms.filter(
    (form, index) => forms.findIndex((other) => other.id === form.id) === index,
  );
  const leadEasyStart = unique.find(isEasyStart);
  return [
    ...(leadEasyStart ? [leadEasyStart] : []),
    ...unique.filter(isVaried),
    ...unique.filter((form) => isEasyStart(form) && form !== leadEasyStart),
    ...unique.filter((form) => form.isCore),
  ];
}

/** Round-robin over the forms that fit in the week, with core capped at a third of it. */
function allocateSessions(forms: readonly Form[], sessions: Sessions): Allocation[] {
  const coreCap = coreCapFor(sessions);
  const nonCore = forms.filter(isNonCore).slice(0, sessions);
  const core = forms
    .filter((form) => form.isCore)
    .slice(0, Math.min(coreCap, sessions - nonCore.length));
  const allocation: Allocation[] = [...nonCore, ...core].map((form) => ({ form, count: 0 }));

  let coreSessions = 0;
  let cursor = 0;
  for (let session = 0; session < sessions; session += 1) {
    for (;;) {
      const slot = allocation[cursor % allocation.length];
      cursor += 1;
      if (!slot) break;
      if (slot.form.isCore && coreSessions >= coreCap) continue;
      slot.count += 1;
      if (slot.form.isCore) coreSessions += 1;
      break;
    }
  }
  return allocation;
}

function placeOnWeek(
  allocation: readonly Allocation[],
  activeDays: readonly DayIndex[],
): PlanDay[] {
  const sequence =
    arrangeSessions(allocation, activeDays, true) ??
    arrangeSessions(allocation, activeDays, false) ??
    [];
  return WEEK.map((day) => {
    const slot = activeDays.indexOf(day);
    return { day, activityId: slot === -1 ? null : (sequence[slot] ?? null) };
  });
}

/**
 * Gives each active day a form, the one with most sessions left first. With avoidRepeats it
 * backtracks so the same form never lands on two consecutive days; undefined if impossible.
 */
function arrangeSessions(
  allocation: readonly Allocation[],
  activeDays: readonly DayIndex[],
  avoidRepeats: boolean,
): string[] | undefined {
  const remaining = allocation.map((slot) => slot.count);
  const sequence: string[] = [];

  const fill = (slot: number): boolean => {
    const day = activeDays[slot];
    if (day === undefined) return true;
    const previous = sequence[slot - 1];
    const yesterday = activeDays[slot - 1] === day - 1 ? previous : undefined;
    // Most sessions left first; on a tie, a change from the previous session.
    const isPrevious = (index: number): number => (allocation[index]?.form.id === previous ? 1 : 0);
    const order = allocation
      .map((_, index) => index)
      .sort(
        (a, b) =>
          (remaining[b] ?? 0) - (remaining[a] ?? 0) || isPrevious(a) - isPrevious(b) || a - b,
      );
    for (const index of order) {
      const id = allocation[index]?.form.id;
      if (id === undefined || (remaining[index] ?? 0) === 0) continue;
      if (avoidRepeats && id === yesterday) continue;
      remaining[index] = (remaining[index] ?? 0) - 1;
      sequence.push(id);
      if (fill(slot + 1)) return true;
      sequence.pop();
      remaining[index] = (remaining[index] ?? 0) + 1;
    }
    return false;
  };

  return fill(0) ? sequence : undefined;
}

function distinctActivityIds(days: readonly PlanDay[]): string[] {
  const ids: string[] = [];
  for (const { activityId } of days) {
    if (activityId !== null && !ids.includes(activityId)) ids.push(activityId);
  }
  return ids;
}

/** A core pick got no sessions, or fewer than an even share of the patient's picks. */
function isCoreReduced(
  picks: readonly Form[],
  allocation: readonly Allocation[],
  sessions: number,
): boolean {
  const evenShare = picks.length === 0 ? 0 : Math.floor(sessions / picks.length);
  return picks
    .filter((form) => form.isCore)
    .some((form) => {
      const count = allocation.find((slot) => slot.form.id === form.id)?.count ?? 0;
      return count === 0 || count < evenShare;
    });
}
