import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Activity } from './activities-schema';
import {
  ACTIVE_DAYS,
  buildPlan,
  FALLBACK_ACTIVITY_ID,
  fitsPreferences,
  normalizeDaysPerWeek,
  PLAN_NOTICES,
  type Answers,
  type Plan,
  type PlanNotice,
} from './plan';
import { loadRealActivities } from './test-support';

const activities = loadRealActivities();
const realIds = activities.map((activity) => activity.id);

// --- generators ---------------------------------------------------------------------------

const daysPerWeekArb = fc.oneof(
  fc.integer({ min: 1, max: 7 }),
  fc.integer({ min: -20, max: 30 }),
  fc.double({ min: -10, max: 20, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 6.5, 0.4),
);

function answersArb(ids: readonly string[]): fc.Arbitrary<Answers> {
  return fc.record({
    chosen: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: fc.constantFrom('running', 'Walking', '', 'core ') },
        { weight: 1, arbitrary: fc.string() },
      ),
      { maxLength: 10 },
    ),
    daysPerWeek: daysPerWeekArb,
    setting: fc.constantFrom('any', 'indoors', 'outdoors'),
    social: fc.constantFrom('any', 'alone', 'together'),
    freeOnly: fc.boolean(),
  });
}

const ID_POOL = [
  'walking',
  'cycling',
  'swimming',
  'yoga',
  'rowing',
  'bowls',
  'pilates',
  'core',
  'plank',
];

const activityArb: fc.Arbitrary<Activity> = fc
  .record({
    id: fc.constantFrom(...ID_POOL),
    settings: fc.uniqueArray(fc.constantFrom('indoors', 'outdoors', 'water'), {
      minLength: 1,
      maxLength: 3,
    }),
    social: fc.constantFrom('alone', 'together', 'either'),
    cost: fc.constantFrom('free', 'low', 'membership'),
    equipment: fc.constantFrom('none', 'some', 'facility'),
    impact: fc.constantFrom('low', 'medium'),
    kind: fc.constantFrom('easy', 'varied', 'core'),
  })
  // Walking is the fallback form, so the data may not make it a core exercise.
  .map(({ id, kind, ...properties }) => ({
    id,
    ...properties,
    easyStart: kind === 'easy',
    isCore: kind === 'core' && id !== FALLBACK_ACTIVITY_ID,
    illustration: `illustrations/activities/${id}.svg`,
    name: `activities.${id}.name`,
    techniqueTip: `activities.${id}.technique-tip`,
    startSmall: `activities.${id}.start-small`,
    gentler: `activities.${id}.gentler`,
    alt: `activities.${id}.alt`,
  }));

/** Any valid activities file: unique ids, possibly without walking, possibly empty. */
const activityListArb = fc.uniqueArray(activityArb, { selector: (a) => a.id, maxLength: 8 });

const RUNS = { numRuns: 3000 };
// CPU-bound; generous so a busy machine does not fail them.
const PROPERTY_TIMEOUT = 60_000;

// --- what the rules are checked against ----------------------------------------------------

function sessionsFor(answers: Answers): number {
  return Math.min(normalizeDaysPerWeek(answers.daysPerWeek), 6);
}

function analyse(answers: Answers, list: readonly Activity[]) {
  const fitting = list.filter((activity) => fitsPreferences(activity, answers));
  const known = new Set(answers.chosen.filter((id) => list.some((a) => a.id === id)));
  const picks = fitting.filter((activity) => known.has(activity.id));
  const byId = (id: string | null) => list.find((activity) => activity.id === id);
  return { fitting, known, picks, byId, sessions: sessionsFor(answers) };
}

function activeIds(plan: Plan): string[] {
  return plan.days.flatMap((day) => (day.activityId === null ? [] : [day.activityId]));
}

function longestRun(flags: readonly boolean[]): number {
  let longest = 0;
  let current = 0;
  for (const flag of flags) {
    current = flag ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** Every rule the chooser promises, for one answer set and activity list. */
function expectRulesHold(answers: Answers, list: readonly Activity[]): void {
  const plan = buildPlan(answers, list);
  const { fitting, known, picks, byId, sessions } = analyse(answers, list);
  const used = activeIds(plan);
  const distinct = new Set(used);
  const has = (notice: PlanNotice) => plan.notices.includes(notice);
  const noNonCoreFits = !fitting.some((activity) => !activity.isCore);

  // A week of 7 days, Monday first, never empty, always a rest day.
  expect(plan.days.map((day) => day.day)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(used).toHaveLength(sessions);
  expect(plan.days.filter((day) => day.activityId !== null).map((day) => day.day)).toEqual(
    ACTIVE_DAYS[sessions as keyof typeof ACTIVE_DAYS],
  );
  expect(used.length).toBeLessThanOrEqual(6);
  expect(has('rest-day-kept')).toBe(normalizeDaysPerWeek(answers.daysPerWeek) === 7);

  // Never more than 3 active days in a row; the same form never two days running if another is used.
  expect(longestRun(plan.days.map((day) => day.activityId !== null))).toBeLessThanOrEqual(3);
  if (distinct.size >= 2) {
    plan.days.slice(1).forEach((day, index) => {
      const yesterday = plan.days[index]?.activityId;
      if (day.activityId !== null) expect(day.activityId).not.toBe(yesterday);
    });
  }

  // Preferences are respected; only when nothing but core fits does walking stand in.
  for (const id of distinct) {
    const activity = byId(id);
    const fits = activity !== undefined && fitsPreferences(activity, answers);
    if (!fits) {
      expect(id).toBe(FALLBACK_ACTIVITY_ID);
      expect(noNonCoreFits).toBe(true);
      expect(has('nothing-fits')).toBe(true);
    }
  }

  // An easy-start form whenever the preferences allow one.
  if (fitting.some((activity) => activity.easyStart)) {
    expect(used.some((id) => byId(id)?.easyStart === true)).toBe(true);
  }

  // Core: at most a third of the sessions, never the whole week.
  const coreSessions = used.filter((id) => byId(id)?.isCore === true).length;
  expect(coreSessions).toBeLessThanOrEqual(Math.floor(sessions / 3));
  expect(coreSessions).toBeLessThan(sessions);

  // Variety when the patient picked two or more forms that fit.
  if (picks.length >= 2 && sessions >= 2 && fitting.filter((a) => !a.isCore).length >= 2) {
    expect(distinct.size).toBeGreaterThanOrEqual(2);
  }

  // The patient's own choices come first: a fitting non-core pick is used whenever there is room.
  const nonCorePicks = picks.filter((activity) => !activity.isCore).map((activity) => activity.id);
  const hasEasyPick = picks.some((activity) => activity.easyStart);
  if (nonCorePicks.length > 0 && (sessions >= 2 || hasEasyPick)) {
    expect(used.some((id) => nonCorePicks.includes(id))).toBe(true);
  }

  // activityIds lists the forms in order of first use.
  expect(plan.activityIds).toEqual([...distinct]);

  // Each notice means exactly what it says.
  expect(plan.notices).toEqual(PLAN_NOTICES.filter((notice) => plan.notices.includes(notice)));
  expect(has('suggested')).toBe(known.size === 0);
  expect(has('nothing-fits')).toBe((known.size > 0 && picks.length === 0) || noNonCoreFits);
  expect(has('easy-start-added')).toBe(
    picks.length > 0 &&
      !picks.some((activity) => activity.easyStart) &&
      fitting.some((activity) => activity.easyStart),
  );
  expect(has('one-form-only')).toBe(sessions >= 2 && distinct.size === 1);
  const corePicks = picks.filter((activity) => activity.isCore);
  if (has('core-balanced')) expect(corePicks.length).toBeGreaterThan(0);
  if (corePicks.some((activity) => !distinct.has(activity.id))) {
    expect(has('core-balanced')).toBe(true);
  }
}

// --- properties ----------------------------------------------------------------------------

describe('buildPlan rules (property-based)', () => {
  it(
    'hold for any answers with the real activities',
    () => {
      fc.assert(
        fc.property(answersArb(realIds), (answers) => expectRulesHold(answers, activities)),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'hold for any answers with any valid activity list',
    () => {
      fc.assert(
        fc.property(activityListArb, answersArb(ID_POOL), (list, answers) =>
          expectRulesHold(answers, list),
        ),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'give two or more forms whenever two or more picks fit, with the real activities',
    () => {
      fc.assert(
        fc.property(answersArb(realIds), (answers) => {
          const { picks, sessions } = analyse(answers, activities);
          fc.pre(picks.length >= 2 && sessions >= 2);
          expect(buildPlan(answers, activities).activityIds.length).toBeGreaterThanOrEqual(2);
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'are deterministic and ignore the order, repeats and unknown ids in chosen',
    () => {
      fc.assert(
        fc.property(
          answersArb(realIds),
          fc.array(fc.nat(), { maxLength: 12 }),
          fc.array(fc.constantFrom('unknown', 'Yoga', 'rennen'), { maxLength: 3 }),
          (answers, shuffleKeys, unknownIds) => {
            const shuffled = answers.chosen
              .map((id, index) => ({ id, key: shuffleKeys[index] ?? index }))
              .sort((a, b) => a.key - b.key)
              .map(({ id }) => id);
            const variant = { ...answers, chosen: [...unknownIds, ...shuffled, ...answers.chosen] };
            expect(buildPlan(variant, activities)).toEqual(buildPlan(answers, activities));
          },
        ),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'do not change their inputs',
    () => {
      fc.assert(
        fc.property(activityListArb, answersArb(ID_POOL), (list, answers) => {
          const frozenList = Object.freeze(list.map((activity) => Object.freeze({ ...activity })));
          const frozenAnswers = Object.freeze({
            ...answers,
            chosen: Object.freeze([...answers.chosen]),
          });
          expect(() => buildPlan(frozenAnswers as Answers, frozenList)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('ACTIVE_DAYS', () => {
  it.each(Object.entries(ACTIVE_DAYS))(
    '%s sessions: rest spread out, at most 3 days in a row',
    (count, days) => {
      expect(days).toHaveLength(Number(count));
      expect(days[0]).toBe(0);
      const week = [0, 1, 2, 3, 4, 5, 6].map((day) => (days as readonly number[]).includes(day));
      expect(longestRun(week)).toBeLessThanOrEqual(3);
      expect(longestRun(week.map((active) => !active))).toBeLessThanOrEqual(
        Number(count) === 1 ? 6 : 3,
      );
    },
  );
});

describe('normalizeDaysPerWeek', () => {
  it.each([
    [3, 3],
    [0, 1],
    [-4, 1],
    [8, 7],
    [2.4, 2],
    [2.5, 3],
    [6.6, 7],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 7],
    [Number.NEGATIVE_INFINITY, 1],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDaysPerWeek(input)).toBe(expected);
  });
});

// --- concrete plans ------------------------------------------------------------------------

const base: Answers = {
  chosen: [],
  daysPerWeek: 3,
  setting: 'any',
  social: 'any',
  freeOnly: false,
};

/** The week as "walking - yoga - …", Monday first, "-" for rest. */
function week(plan: Plan): string {
  return plan.days.map((day) => day.activityId ?? '-').join(' ');
}

const examples: { name: string; answers: Partial<Answers>; week: string; notices: PlanNotice[] }[] =
  [
    {
      name: 'not sure, 3 days: easy forms plus one other, Mon/Wed/Fri',
      answers: { chosen: [], daysPerWeek: 3 },
      week: 'walking - swimming - cycling - -',
      notices: ['suggested'],
    },
    {
      name: 'unknown ids only count as not sure; 0 days becomes 1',
      answers: { chosen: ['running', 'zumba'], daysPerWeek: 0 },
      week: 'walking - - - - - -',
      notices: ['suggested'],
    },
    {
      name: 'walking and swimming, 7 days: 6 sessions, alternating',
      answers: { chosen: ['swimming', 'walking'], daysPerWeek: 7 },
      week: 'walking swimming walking - swimming walking swimming',
      notices: ['rest-day-kept'],
    },
    {
      name: 'walking and cycling, 5 days',
      answers: { chosen: ['cycling', 'walking'], daysPerWeek: 5 },
      week: 'walking - cycling walking cycling - walking',
      notices: [],
    },
    {
      name: 'walking, yoga and core, 6 days: core gets its fair third',
      answers: { chosen: ['core', 'yoga', 'walking'], daysPerWeek: 6 },
      week: 'walking yoga core - walking yoga core',
      notices: [],
    },
    {
      name: 'only core, 6 days: walking added, core on 2 days',
      answers: { chosen: ['core'], daysPerWeek: 6 },
      week: 'walking core walking - walking core walking',
      notices: ['easy-start-added', 'core-balanced'],
    },
    {
      name: 'only core, 5 days: one core day between walks',
      answers: { chosen: ['core'], daysPerWeek: 5 },
      week: 'walking - walking core walking - walking',
      notices: ['easy-start-added', 'core-balanced'],
    },
    {
      name: 'only core, 2 days: no core at all',
      answers: { chosen: ['core'], daysPerWeek: 2 },
      week: 'walking - - walking - - -',
      notices: ['easy-start-added', 'core-balanced', 'one-form-only'],
    },
    {
      name: 'walking and core, 2 days: swimming stands in for core to keep variety',
      answers: { chosen: ['walking', 'core'], daysPerWeek: 2 },
      week: 'walking - - swimming - - -',
      notices: ['core-balanced'],
    },
    {
      name: 'strength and core, 6 days',
      answers: { chosen: ['strength', 'core'], daysPerWeek: 6 },
      week: 'walking strength core - walking strength core',
      notices: ['easy-start-added', 'core-balanced'],
    },
    {
      name: 'yoga, strength and core, 3 days: no room left for core',
      answers: { chosen: ['yoga', 'strength', 'core'], daysPerWeek: 3 },
      week: 'walking - yoga - strength - -',
      notices: ['easy-start-added', 'core-balanced'],
    },
    {
      name: 'yoga and strength, 1 day: the easy start wins the only day',
      answers: { chosen: ['yoga', 'strength'], daysPerWeek: 1 },
      week: 'walking - - - - - -',
      notices: ['easy-start-added'],
    },
    {
      name: 'everything, 2.5 days: rounded to 3, easy first, then other kinds',
      answers: { chosen: [...realIds].reverse(), daysPerWeek: 2.5 },
      week: 'walking - swimming - yoga - -',
      notices: ['core-balanced'],
    },
    {
      name: 'dancing and yoga, alone: dancing can be done alone (at home) too',
      answers: { chosen: ['dancing', 'yoga'], daysPerWeek: 3, social: 'alone' },
      week: 'walking - yoga - dancing - -',
      notices: ['easy-start-added'],
    },
    {
      name: 'yoga outdoors: the pick does not fit, outdoor forms are suggested',
      answers: { chosen: ['yoga'], daysPerWeek: 4, setting: 'outdoors' },
      week: 'walking tai-chi - walking - cycling -',
      notices: ['nothing-fits'],
    },
    {
      name: 'indoors: cycling on a home trainer is the easy start, swimming is not one',
      answers: { chosen: ['swimming', 'walking'], daysPerWeek: 3, setting: 'indoors' },
      week: 'cycling - swimming - cycling - -',
      notices: ['easy-start-added'],
    },
    {
      name: 'not sure, indoors: home-trainer cycling plus swimming',
      answers: { chosen: [], daysPerWeek: 4, setting: 'indoors' },
      week: 'cycling swimming - cycling - swimming -',
      notices: ['suggested'],
    },
    {
      name: 'cycling, together, free only, 99 days',
      answers: { chosen: ['cycling'], daysPerWeek: 99, social: 'together', freeOnly: true },
      week: 'cycling cycling cycling - cycling cycling cycling',
      notices: ['one-form-only', 'rest-day-kept'],
    },
    {
      name: 'not sure, indoors and free only: home-trainer cycling and yoga at home',
      answers: { chosen: [], daysPerWeek: 4, setting: 'indoors', freeOnly: true },
      week: 'cycling yoga - cycling - yoga -',
      notices: ['suggested'],
    },
    {
      name: 'swimming, free only: the pool costs money, so free forms are suggested',
      answers: { chosen: ['swimming'], daysPerWeek: 3, freeOnly: true },
      week: 'walking - yoga - cycling - -',
      notices: ['nothing-fits'],
    },
    {
      name: 'core, outdoors and together: nothing fits, outdoor forms are suggested',
      answers: { chosen: ['core'], daysPerWeek: 3, setting: 'outdoors', social: 'together' },
      week: 'walking - tai-chi - cycling - -',
      notices: ['nothing-fits'],
    },
    {
      name: 'core, indoors and free only, 6 days: home-trainer cycling carries the week',
      answers: { chosen: ['core'], daysPerWeek: 6, setting: 'indoors', freeOnly: true },
      week: 'cycling core cycling - cycling core cycling',
      notices: ['easy-start-added', 'core-balanced'],
    },
  ];

describe('buildPlan examples', () => {
  it.each(examples)('$name', ({ answers, week: expectedWeek, notices }) => {
    const plan = buildPlan({ ...base, ...answers }, activities);
    expect(week(plan)).toBe(expectedWeek);
    expect(plan.notices).toEqual(notices);
    expect(plan.activityIds).toEqual([...new Set(activeIds(plan))]);
  });

  it('returns the full plan shape', () => {
    expect(buildPlan({ ...base, chosen: ['yoga', 'walking'], daysPerWeek: 2 }, activities)).toEqual(
      {
        days: [
          { day: 0, activityId: 'walking' },
          { day: 1, activityId: null },
          { day: 2, activityId: null },
          { day: 3, activityId: 'yoga' },
          { day: 4, activityId: null },
          { day: 5, activityId: null },
          { day: 6, activityId: null },
        ],
        activityIds: ['walking', 'yoga'],
        notices: [],
      },
    );
  });

  it('falls back to walking even when the activity list is empty', () => {
    const plan = buildPlan({ ...base, chosen: ['yoga'], daysPerWeek: 2 }, []);
    expect(week(plan)).toBe('walking - - walking - - -');
    expect(plan.notices).toEqual(['nothing-fits', 'suggested', 'one-form-only']);
  });

  it('picks the first fitting form when walking is ruled out and no easy start fits', () => {
    const list = activities.filter((activity) => !activity.easyStart);
    const plan = buildPlan({ ...base, chosen: ['core'], daysPerWeek: 3 }, list);
    expect(week(plan)).toBe('swimming - core - swimming - -');
    expect(plan.notices).toEqual(['core-balanced']);
  });
});
