import { describe, expect, it } from 'vitest';

import { clampIndex, hashFor, navigate, parseHash } from './navigation';

describe('navigate', () => {
  it('moves one slide at a time and stops at both ends', () => {
    expect(navigate(0, 'next', 16)).toBe(1);
    expect(navigate(15, 'next', 16)).toBe(15);
    expect(navigate(0, 'previous', 16)).toBe(0);
    expect(navigate(7, 'previous', 16)).toBe(6);
    expect(navigate(7, 'first', 16)).toBe(0);
    expect(navigate(3, 'last', 16)).toBe(15);
  });

  it('copes with an empty deck and odd numbers', () => {
    expect(navigate(0, 'last', 0)).toBe(0);
    expect(clampIndex(Number.NaN, 5)).toBe(0);
    expect(clampIndex(2.7, 5)).toBe(2);
    expect(clampIndex(-3, 5)).toBe(0);
  });
});

describe('parseHash', () => {
  it.each([
    ['', { screen: 'start' }],
    ['#', { screen: 'start' }],
    ['#/', { screen: 'start' }],
    ['#/chooser', { screen: 'chooser' }],
    ['#/slide/1', { screen: 'slide', index: 0 }],
    ['#/slide/3', { screen: 'slide', index: 2 }],
    ['#/slide/16', { screen: 'slide', index: 15 }],
    ['#/slide/999', { screen: 'slide', index: 15 }],
    ['#/slide/0', { screen: 'slide', index: 0 }],
    ['#/slide/-1', { screen: 'slide', index: 0 }],
    ['#/slide/abc', { screen: 'slide', index: 0 }],
    ['#/slide/2.5', { screen: 'slide', index: 0 }],
    ['#/slide/', { screen: 'slide', index: 0 }],
    ['#/slide/99999999999999999999', { screen: 'slide', index: 0 }],
    ['#/slide/3/extra', { screen: 'slide', index: 0 }],
    ['#/slide/%33', { screen: 'slide', index: 0 }],
    ['#<script>', { screen: 'start' }],
  ])('reads %j', (hash, route) => {
    expect(parseHash(hash, 16)).toEqual(route);
  });

  it('round-trips with hashFor', () => {
    for (let index = 0; index < 16; index += 1) {
      expect(parseHash(hashFor({ screen: 'slide', index }), 16)).toEqual({
        screen: 'slide',
        index,
      });
    }
    expect(hashFor({ screen: 'start' })).toBe('');
  });
});
