import { describe, expect, it } from 'vitest';

import { keyOutcome } from './key-commands';
import type { PresentationState } from './presentation-state';

const slide: PresentationState = {
  route: { screen: 'slide', index: 2 },
  overview: false,
  blank: false,
  language: 'nl',
  reading: false,
  canRead: false,
};

describe('keyOutcome', () => {
  it('moves through the deck with the navigation keys', () => {
    expect(keyOutcome('next', slide, false)).toEqual({
      command: { type: 'navigate', command: 'next' },
    });
    expect(keyOutcome('last', slide, false)).toEqual({
      command: { type: 'navigate', command: 'last' },
    });
  });

  it('does not move behind an open overview', () => {
    expect(keyOutcome('next', { ...slide, overview: true }, false)).toBeNull();
  });

  it('brings a blanked screen back with any key, and does nothing else', () => {
    const blank = { ...slide, blank: true };
    for (const key of ['next', 'toggle-blank', 'toggle-overview', 'close'] as const)
      expect(keyOutcome(key, blank, false)).toEqual({ command: { type: 'blank', on: false } });
  });

  it('closes the notes first with Escape, then toggles the overview', () => {
    expect(keyOutcome('close', slide, true)).toEqual({ notes: false });
    expect(keyOutcome('close', slide, false)).toEqual({
      command: { type: 'overview', open: true },
    });
    expect(keyOutcome('close', { ...slide, overview: true }, false)).toEqual({
      command: { type: 'overview', open: false },
    });
  });

  it("treats the remote's start and resume keys the same on every screen", () => {
    const start = { ...slide, route: { screen: 'start' as const } };
    expect(keyOutcome('start', start, false)).toEqual({ command: { type: 'start' } });
    expect(keyOutcome('resume', { ...slide, blank: true }, false)).toEqual({
      command: { type: 'resume' },
    });
  });

  it('ignores the deck keys away from the slides (start screen, chooser)', () => {
    const chooser = { ...slide, route: { screen: 'chooser' as const } };
    expect(keyOutcome('next', chooser, false)).toBeNull();
    expect(keyOutcome('toggle-blank', chooser, false)).toBeNull();
  });
});
