import { describe, expect, it } from 'vitest';

import type { ReadPart, TextRef } from '@shared/speech/reading-order';

import { partSentences } from './part-sentences';

const WORDS: Record<string, string> = {
  'article:slides.a.heading': 'Blijf bewegen. Elke dag een beetje.',
  'article:slides.a.point-1': 'Wandel 1, 2 of 3 keer per week.',
  'chooser:days.full.mon': 'maandag',
  'chooser:activities.walking.name': 'Wandelen',
  'chooser:steps.days.unit': 'dagen',
};
const translate = (text: TextRef) => WORDS[`${text.ns}:${text.key}`] ?? `?${text.key}`;
const none = () => undefined;
const article = (key: string): ReadPart => ({ id: `article:${key}`, text: { ns: 'article', key } });

describe('partSentences', () => {
  it('splits the screen text into sentences, marked as shown', () => {
    expect(partSentences([article('slides.a.heading')], 'nl', translate, none)).toEqual([
      { partId: 'article:slides.a.heading', index: 0, text: 'Blijf bewegen.', asShown: true },
      { partId: 'article:slides.a.heading', index: 1, text: 'Elke dag een beetje.', asShown: true },
    ]);
  });

  it('says the override instead of the screen text', () => {
    const override = (id: string) =>
      id === 'article:slides.a.point-1' ? 'Wandel een, twee of drie keer per week.' : undefined;
    expect(partSentences([article('slides.a.point-1')], 'nl', translate, override)).toEqual([
      {
        partId: 'article:slides.a.point-1',
        index: 0,
        text: 'Wandel een, twee of drie keer per week.',
        asShown: false,
      },
    ]);
  });

  it('says the label before the text and the count before the unit', () => {
    const day: ReadPart = {
      id: 'chooser:week#0',
      label: { ns: 'chooser', key: 'days.full.mon' },
      text: { ns: 'chooser', key: 'activities.walking.name' },
    };
    const tile: ReadPart = {
      id: 'chooser:steps.days.unit#3',
      text: { ns: 'chooser', key: 'steps.days.unit', values: { count: 3 } },
      count: 3,
    };
    expect(
      partSentences([day, tile], 'nl', translate, none).map((s) => [s.text, s.asShown]),
    ).toEqual([
      ['maandag: Wandelen', false],
      ['3 dagen', false],
    ]);
  });
});
