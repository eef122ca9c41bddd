import { describe, expect, it } from 'vitest';

import type { Plan } from '../chooser/plan';
import type { Slide } from '../deck/deck-schema';
import { URGENT_CALL, URGENT_HEADING, URGENT_SIGNS } from '../deck/warning-signs';
import {
  chooserStepReading,
  resultReading,
  shownTip,
  slideReading,
  type ReadPart,
} from './reading-order';

const ids = (parts: readonly ReadPart[]) => parts.map((part) => part.id);

const base: Slide = {
  id: 's',
  layout: 'points',
  illustration: 'illustrations/slides/s.svg',
  heading: 'slides.s.heading',
  alt: 'slides.s.alt',
  notes: { talkingPoints: ['slides.s.notes.t'], sources: [], teachBack: 'slides.s.notes.tb' },
};

describe('slideReading', () => {
  it('reads heading, lead, each point and the caution, never the alt text or the notes', () => {
    const slide: Slide = {
      ...base,
      lead: 'slides.s.lead',
      points: ['slides.s.point-1', 'slides.s.point-2'],
      caution: 'slides.s.caution',
    };
    expect(ids(slideReading(slide))).toEqual([
      'article:slides.s.heading',
      'article:slides.s.lead',
      'article:slides.s.point-1',
      'article:slides.s.point-2',
      'article:slides.s.caution',
    ]);
  });

  it('says "quote" before a quote, then the quote and its source', () => {
    const slide: Slide = {
      ...base,
      layout: 'quote',
      quote: { text: 'slides.s.quote', source: 'slides.s.source' },
    };
    expect(ids(slideReading(slide))).toEqual([
      'article:slides.s.heading',
      'common:read-aloud.quote-intro',
      'article:slides.s.quote',
      'article:slides.s.source',
    ]);
  });

  it('reads the warning tiers group by group, the lines after a tier after its points', () => {
    const slide: Slide = {
      ...base,
      layout: 'warning',
      groups: [
        {
          heading: 'slides.s.now',
          lead: 'slides.s.now-lead',
          points: ['slides.s.now-1'],
          after: ['slides.s.now-call'],
        },
        { heading: 'slides.s.soon', points: ['slides.s.soon-1', 'slides.s.soon-2'] },
      ],
    };
    expect(ids(slideReading(slide))).toEqual([
      'article:slides.s.heading',
      'article:slides.s.now',
      'article:slides.s.now-lead',
      'article:slides.s.now-1',
      'article:slides.s.now-call',
      'article:slides.s.soon',
      'article:slides.s.soon-1',
      'article:slides.s.soon-2',
    ]);
  });

  it('ends the chooser slide with its button', () => {
    expect(ids(slideReading({ ...base, layout: 'chooser' })).at(-1)).toBe(
      'common:deck.open-chooser',
    );
  });
});

describe('chooserStepReading', () => {
  const choices = {
    activities: [{ name: 'activities.walking.name' }, { name: 'activities.yoga.name' }],
    dayChoices: [1, 2],
  };

  it('reads the question, the hint, the caution and every activity', () => {
    expect(ids(chooserStepReading('activities', choices))).toEqual([
      'chooser:steps.activities.question',
      'chooser:steps.activities.hint',
      'chooser:steps.activities.caution',
      'chooser:activities.walking.name',
      'chooser:activities.yoga.name',
      'chooser:steps.activities.not-sure',
    ]);
  });

  it('reads each day choice with its number', () => {
    const parts = chooserStepReading('days', choices);
    expect(parts.slice(2)).toEqual([
      {
        id: 'chooser:steps.days.unit#1',
        text: { ns: 'chooser', key: 'steps.days.unit', values: { count: 1 } },
        count: 1,
      },
      {
        id: 'chooser:steps.days.unit#2',
        text: { ns: 'chooser', key: 'steps.days.unit', values: { count: 2 } },
        count: 2,
      },
    ]);
  });

  it('reads each preference group with its options', () => {
    expect(ids(chooserStepReading('preferences', choices)).slice(2, 6)).toEqual([
      'chooser:steps.preferences.setting.label',
      'chooser:steps.preferences.setting.any',
      'chooser:steps.preferences.setting.indoors',
      'chooser:steps.preferences.setting.outdoors',
    ]);
  });
});

describe('resultReading', () => {
  const activities = [
    {
      id: 'walking',
      name: 'activities.walking.name',
      techniqueTip: 'activities.walking.technique',
      startSmall: 'activities.walking.start',
    },
    {
      id: 'yoga',
      name: 'activities.yoga.name',
      techniqueTip: 'activities.yoga.technique',
      startSmall: 'activities.yoga.start',
    },
  ];
  const plan: Plan = {
    days: [0, 1, 2, 3, 4, 5, 6].map((day) => ({
      day: day as Plan['days'][number]['day'],
      activityId: day === 0 ? 'walking' : day === 2 ? 'yoga' : null,
    })),
    activityIds: ['walking', 'yoga'],
    notices: ['rest-day-kept'],
  };

  it('reads the week day by day, then the notices, the advice, the warning signs and the tips', () => {
    const parts = resultReading(plan, activities);
    expect(parts[2]).toEqual({
      id: 'chooser:week#0',
      label: { ns: 'chooser', key: 'days.full.mon' },
      text: { ns: 'chooser', key: 'activities.walking.name' },
    });
    expect(parts[3]?.text.key).toBe('result.rest-day');
    expect(ids(parts)).toContain('chooser:notices.rest-day-kept');
    // Safe on its own: the urgent signs, whom to call and the caution are read too.
    for (const key of [URGENT_HEADING, ...URGENT_SIGNS, ...URGENT_CALL])
      expect(ids(parts)).toContain(`article:${key}`);
    expect(ids(parts)).toContain('chooser:steps.activities.caution');
    expect(ids(parts).slice(-3)).toEqual([
      'chooser:activities.walking.name',
      'chooser:activities.walking.technique',
      'chooser:activities.walking.start',
    ]);
  });

  it('reads the tips of the activity shown, the first one until another is chosen', () => {
    const tipIds = (tipId?: string) => ids(resultReading(plan, activities, tipId)).slice(-4);
    expect(tipIds('yoga')).toEqual([
      'chooser:result.tips-heading',
      'chooser:activities.yoga.name',
      'chooser:activities.yoga.technique',
      'chooser:activities.yoga.start',
    ]);
    expect(tipIds()).toEqual(tipIds('walking'));
    expect(tipIds('cycling')).toEqual(tipIds('walking'));
  });
});

describe('shownTip', () => {
  const activities = [{ id: 'walking' }, { id: 'yoga' }, { id: 'cycling' }];
  const plan = { activityIds: ['yoga', 'walking'] };

  it("is the chosen activity of the plan, else the plan's first", () => {
    expect(shownTip(plan, activities, 'walking')?.id).toBe('walking');
    expect(shownTip(plan, activities)?.id).toBe('yoga');
    expect(shownTip(plan, activities, 'cycling')?.id).toBe('yoga');
    expect(shownTip({ activityIds: [] }, activities)).toBeUndefined();
  });
});
