// Each activity's properties agree with what its own tips tell the patient, wherever the chooser
// filters on them (where, with whom, what it costs) or leans on them (an easy start).

import { describe, expect, it } from 'vitest';

import type { Activity } from '../../src/shared/chooser/activities-schema';
import {
  CHOOSER_LOCALES,
  LANGUAGES,
  loadRealActivities,
  makeTranslate,
} from '../../src/shared/chooser/test-support';

interface Rule {
  /** What the tips say, in Dutch or English. */
  says: RegExp;
  /** What the properties must allow, in words for the failure message. */
  so: string;
  holds(activity: Activity): boolean;
}

const RULES: readonly Rule[] = [
  {
    says: /\bthuis\b|\bat home\b/i,
    so: 'indoors, alone possible, can be free, no pool or class needed',
    holds: (a) =>
      a.settings.includes('indoors') &&
      a.social !== 'together' &&
      a.cost === 'free' &&
      a.equipment !== 'facility',
  },
  {
    says: /hometrainer|exercise bike/i,
    so: 'indoors',
    holds: (a) => a.settings.includes('indoors'),
  },
  {
    says: /eigen (lichaam|gewicht)|body weight/i,
    so: 'can be free, without equipment',
    holds: (a) => a.cost === 'free' && a.equipment === 'none',
  },
  {
    says: /\b(proef)?les\b|\bclass\b|samen\b|with someone|together/i,
    so: 'together possible',
    holds: (a) => a.social !== 'alone',
  },
  {
    says: /alleen\b|\balone\b|on your own/i,
    so: 'alone possible',
    holds: (a) => a.social !== 'together',
  },
  {
    says: /baantjes|watergym|water gaan|\blengths\b|\bpool\b|aqua/i,
    so: 'in the water',
    holds: (a) => a.settings.includes('water'),
  },
  {
    says: /\broute\b|rondje|vlakke weg|\bride\b|\bpath\b/i,
    so: 'outdoors',
    holds: (a) => a.settings.includes('outdoors'),
  },
];

function tipsOf(activity: Activity): string {
  return LANGUAGES.flatMap((language) => {
    const t = makeTranslate(CHOOSER_LOCALES[language]);
    return [activity.techniqueTip, activity.startSmall, activity.gentler].map((key) => t(key));
  }).join('\n');
}

function disagreements(activity: Activity): string[] {
  const tips = tipsOf(activity);
  return RULES.filter((rule) => rule.says.test(tips) && !rule.holds(activity)).map(
    (rule) => `${activity.id}: tips say ${String(rule.says)}, so it must be ${rule.so}`,
  );
}

const activities = loadRealActivities();
const byId = (id: string): Activity => {
  const activity = activities.find((candidate) => candidate.id === id);
  if (!activity) throw new Error(`no activity "${id}"`);
  return activity;
};

describe('activity properties and their tips', () => {
  it.each(activities.map((activity) => [activity.id, activity] as const))(
    '%s: the properties the chooser filters on agree with its tips',
    (_id, activity) => {
      expect(disagreements(activity)).toEqual([]);
    },
  );

  it('an easy start needs no pool, gym or class and can be free', () => {
    const notEasy = activities
      .filter((activity) => activity.easyStart)
      .filter((activity) => activity.equipment === 'facility' || activity.cost !== 'free')
      .map((activity) => activity.id);
    expect(notEasy).toEqual([]);
  });

  it('the checks catch the mistakes a clinician found', () => {
    expect(
      disagreements({ ...byId('strength'), cost: 'membership', equipment: 'facility' }),
    ).not.toEqual([]);
    expect(disagreements({ ...byId('dancing'), social: 'together' })).not.toEqual([]);
    expect(disagreements({ ...byId('cycling'), settings: ['outdoors'] })).not.toEqual([]);
  });

  it('strength training can be free and at home; dancing alone; cycling indoors', () => {
    expect(byId('strength')).toMatchObject({ cost: 'free', settings: ['indoors'] });
    expect(byId('dancing').social).toBe('either');
    expect(byId('cycling').settings).toContain('indoors');
    expect(byId('swimming').easyStart).toBe(false);
  });
});
