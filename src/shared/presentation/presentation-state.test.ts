import { describe, expect, it } from 'vitest';

import { applyCommand, type PresentationState } from './presentation-state';

const deck = { slideCount: 5, languages: ['nl', 'en'] };
const start: PresentationState = {
  route: { screen: 'start' },
  overview: false,
  blank: false,
  language: 'nl',
  reading: false,
  canRead: true,
};
const onSlide = (index: number, extra: Partial<PresentationState> = {}): PresentationState => ({
  ...start,
  route: { screen: 'slide', index },
  ...extra,
});

describe('applyCommand', () => {
  it('goes to a slide within the deck, closing the overview and the blank screen', () => {
    expect(
      applyCommand(onSlide(1, { overview: true, blank: true }), { type: 'go', index: 3 }, deck),
    ).toEqual(onSlide(3));
    expect(applyCommand(start, { type: 'go', index: 99 }, deck)).toEqual(onSlide(4));
  });

  it('moves forward and back, stopping at both ends', () => {
    let state = start;
    const seen: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      state = applyCommand(state, { type: 'navigate', command: 'next' }, deck);
      seen.push(state.route.screen === 'slide' ? state.route.index : -1);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 4, 4]);
    state = applyCommand(state, { type: 'navigate', command: 'first' }, deck);
    expect(applyCommand(state, { type: 'navigate', command: 'previous' }, deck)).toEqual(
      onSlide(0),
    );
  });

  it('opens the overview only on a slide, and the blank screen over anything', () => {
    expect(applyCommand(start, { type: 'overview', open: true }, deck)).toBe(start);
    expect(applyCommand(onSlide(2), { type: 'overview', open: true }, deck).overview).toBe(true);
    expect(applyCommand(start, { type: 'blank', on: true }, deck).blank).toBe(true);
  });

  it('switches only to an offered language, and stops reading when it does', () => {
    const reading = onSlide(0, { reading: true });
    expect(applyCommand(reading, { type: 'language', language: 'en' }, deck)).toEqual(
      onSlide(0, { language: 'en' }),
    );
    expect(applyCommand(reading, { type: 'language', language: 'de' }, deck)).toBe(reading);
  });

  it("treats a remote's start as the first slide and resume as the current one, uncovered", () => {
    const covered = onSlide(3, { overview: true, blank: true });
    expect(applyCommand(covered, { type: 'start' }, deck)).toEqual(onSlide(0));
    expect(applyCommand(covered, { type: 'resume' }, deck)).toEqual(onSlide(3));
    expect(applyCommand(start, { type: 'resume' }, deck)).toEqual(onSlide(0));
  });

  it('opens the chooser and goes home', () => {
    expect(applyCommand(onSlide(2, { overview: true }), { type: 'chooser' }, deck)).toEqual({
      ...start,
      route: { screen: 'chooser' },
    });
    expect(applyCommand(onSlide(2), { type: 'home' }, deck)).toEqual(start);
  });

  it('does not read aloud a blank screen', () => {
    expect(applyCommand(onSlide(1), { type: 'read', on: true }, deck).reading).toBe(true);
    expect(
      applyCommand(onSlide(1, { blank: true }), { type: 'read', on: true }, deck).reading,
    ).toBe(false);
    expect(
      applyCommand(onSlide(1, { canRead: false }), { type: 'read', on: true }, deck).reading,
    ).toBe(false);
  });
});
