import { describe, expect, it } from 'vitest';

import activitiesJson from '../../../resources/activities.json';
import { parseActivities } from './activities-schema';

const walking = {
  id: 'walking',
  illustration: 'illustrations/activities/walking.svg',
  settings: ['outdoors'],
  social: 'either',
  cost: 'free',
  equipment: 'none',
  impact: 'low',
  easyStart: true,
  isCore: false,
  name: 'activities.walking.name',
  techniqueTip: 'activities.walking.technique-tip',
  startSmall: 'activities.walking.start-small',
  gentler: 'activities.walking.gentler',
  alt: 'activities.walking.alt',
};

const yoga = {
  ...walking,
  id: 'yoga',
  illustration: 'illustrations/activities/yoga.svg',
  settings: ['indoors'],
  easyStart: false,
  name: 'activities.yoga.name',
};

function withoutField(activity: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...activity };
  delete copy[field];
  return copy;
}

describe('parseActivities', () => {
  it('accepts the real resources/activities.json', () => {
    const result = parseActivities(activitiesJson);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('returns the activities in file order', () => {
    const result = parseActivities({ version: 1, activities: [yoga, walking] });
    expect(result.ok && result.activities.map((activity) => activity.id)).toEqual([
      'yoga',
      'walking',
    ]);
  });

  const broken: { name: string; data: unknown; error: string }[] = [
    { name: 'not an object', data: 'activities', error: 'top level: must be an object' },
    { name: 'null', data: null, error: 'top level: must be an object' },
    {
      name: 'activities missing',
      data: { version: 1 },
      error: 'top level: activities is missing',
    },
    {
      name: 'activities not a list',
      data: { version: 1, activities: {} },
      error: 'top level: activities must be a list',
    },
    {
      name: 'empty activities',
      data: { version: 1, activities: [] },
      error: 'top level: activities must not be empty',
    },
    {
      name: 'wrong version',
      data: { version: 2, activities: [walking] },
      error: 'top level: version must be 1',
    },
    {
      name: 'unknown top-level field',
      data: { version: 1, activities: [walking], colour: 'red' },
      error: 'top level: has an unknown field "colour"',
    },
    {
      name: 'activity not an object',
      data: { version: 1, activities: [walking, 'yoga'] },
      error: 'activity at index 1: must be an object',
    },
    {
      name: 'missing field',
      data: { version: 1, activities: [withoutField(yoga, 'techniqueTip')] },
      error: 'activity "yoga": techniqueTip is missing',
    },
    {
      name: 'missing id',
      data: { version: 1, activities: [walking, withoutField(yoga, 'id')] },
      error: 'activity at index 1: id is missing',
    },
    {
      name: 'unknown setting',
      data: { version: 1, activities: [{ ...yoga, settings: ['indoors', 'space'] }] },
      error: 'activity "yoga": settings[1] must be "indoors" or "outdoors" or "water"',
    },
    {
      name: 'empty settings',
      data: { version: 1, activities: [{ ...yoga, settings: [] }] },
      error: 'activity "yoga": settings must not be empty',
    },
    {
      name: 'repeated setting',
      data: { version: 1, activities: [{ ...yoga, settings: ['indoors', 'indoors'] }] },
      error: 'activity "yoga": settings must not list a setting twice',
    },
    {
      name: 'unknown cost',
      data: { version: 1, activities: [{ ...yoga, cost: 'cheap' }] },
      error: 'activity "yoga": cost must be "free" or "low" or "membership"',
    },
    {
      name: 'wrong type',
      data: { version: 1, activities: [{ ...yoga, easyStart: 'yes' }] },
      error: 'activity "yoga": easyStart must be true or false',
    },
    {
      name: 'duplicate id',
      data: { version: 1, activities: [walking, yoga, { ...walking }] },
      error: 'activity "walking": id is used more than once (at index 0 and 2)',
    },
    {
      name: 'extra unknown field',
      data: { version: 1, activities: [{ ...yoga, colour: 'green' }] },
      error: 'activity "yoga": has an unknown field "colour"',
    },
    {
      name: 'text instead of a translation key',
      data: { version: 1, activities: [{ ...yoga, name: 'Yoga' }] },
      error: 'activity "yoga": name must be a translation key like "activities.walking.name"',
    },
    {
      name: 'id not kebab-case',
      data: { version: 1, activities: [{ ...yoga, id: 'Tai Chi' }] },
      error: 'activity "Tai Chi": id must be lowercase kebab-case, like "tai-chi"',
    },
    {
      name: 'illustration outside the illustrations folder',
      data: { version: 1, activities: [{ ...yoga, illustration: '../secret.svg' }] },
      error:
        'activity "yoga": illustration must be a path like "illustrations/activities/walking.svg"',
    },
    {
      name: 'core marked as easy start',
      data: {
        version: 1,
        activities: [walking, { ...yoga, id: 'core', isCore: true, easyStart: true }],
      },
      error: 'activity "core": easyStart cannot be true for core exercises (isCore is true)',
    },
  ];

  it.each(broken)('rejects $name with a clear error', ({ data, error }) => {
    const result = parseActivities(data);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(error);
  });

  it('reports every problem, not just the first', () => {
    const result = parseActivities({
      version: 1,
      activities: [{ ...walking, social: 'crowd' }, { ...yoga, impact: 'high' }, { ...yoga }],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'activity "walking": social must be "alone" or "together" or "either"',
      'activity "yoga": impact must be "low" or "medium"',
      'activity "yoga": id is used more than once (at index 1 and 2)',
    ]);
  });
});
