import { describe, expect, it } from 'vitest';

import { commandForKey, type KeyPress } from './deck-keys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['o', 'toggle-overview'],
    ['Escape', 'close'],
    ['b', 'toggle-blank'],
    ['.', 'toggle-blank'],
    ['n', 'toggle-notes'],
    ['x', null],
    ['F5', 'start'],
  ])('%j → %s', (k, command) => {
    expect(commandForKey(key(k))).toBe(command);
  });

  it('reads Shift+Space as previous and ignores shortcuts with Ctrl, Alt or Meta', () => {
    expect(commandForKey(key(' ', { shiftKey: true }))).toBe('previous');
    expect(commandForKey(key('F5', { shiftKey: true }))).toBe('resume');
    expect(commandForKey(key('F5', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandForKey(key('o', { metaKey: true }))).toBeNull();
  });
});
