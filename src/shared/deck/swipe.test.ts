import { describe, expect, it } from 'vitest';

import { classifySwipe, type Gesture } from './swipe';

const gesture = (dx: number, dy: number, durationMs: number, maxPointers = 1): Gesture => ({
  dx,
  dy,
  durationMs,
  maxPointers,
});

describe('classifySwipe', () => {
  it.each([
    ['a short tap', gesture(0, 0, 80), 'none'],
    ['a tap that wobbles a little', gesture(8, -5, 120), 'none'],
    ['a long press', gesture(3, 2, 1500), 'none'],
    ['a fast flick to the left', gesture(-120, 10, 150), 'next'],
    ['a fast flick to the right', gesture(120, -10, 150), 'previous'],
    ['a long slow drag to the left', gesture(-400, 20, 1800), 'next'],
    ['a short slow drag', gesture(-90, 0, 1200), 'none'],
    ['a vertical swipe', gesture(-30, -400, 200), 'none'],
    ['a diagonal swipe, mostly vertical', gesture(-200, -250, 200), 'none'],
    ['a diagonal swipe, mostly horizontal', gesture(-300, -120, 250), 'next'],
    ['two fingers', gesture(-300, 0, 200, 2), 'none'],
    ['a pinch with three fingers', gesture(-300, 0, 200, 3), 'none'],
    ['zero-duration jump', gesture(-200, 0, 0), 'next'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(classifySwipe(input)).toBe(expected);
  });
});
