import { describe, expect, it } from 'vitest';

import {
  parsePresentationCommand,
  parsePresentationMessage,
  senderRole,
} from './presentation-messages';

const state = {
  route: { screen: 'slide', index: 2 },
  overview: false,
  blank: true,
  language: 'en',
  reading: false,
  canRead: false,
};

describe('parsePresentationMessage', () => {
  it.each([
    { kind: 'hello' },
    { kind: 'bye' },
    { kind: 'audience-hello' },
    { kind: 'audience-bye' },
    { kind: 'state', state },
    { kind: 'state', state: { ...state, route: { screen: 'start' } } },
    { kind: 'command', command: { type: 'go', index: 4 } },
    { kind: 'command', command: { type: 'navigate', command: 'previous' } },
    { kind: 'command', command: { type: 'overview', open: true } },
    { kind: 'command', command: { type: 'blank', on: false } },
    { kind: 'command', command: { type: 'read', on: true } },
    { kind: 'command', command: { type: 'language', language: 'nl' } },
    { kind: 'command', command: { type: 'chooser' } },
    { kind: 'command', command: { type: 'resume' } },
  ])('accepts %j as it was sent', (message) => {
    expect(parsePresentationMessage(message)).toEqual(message);
  });

  it.each([
    null,
    'hello',
    [],
    {},
    { kind: 'reload' },
    { kind: 'hello', extra: 1 },
    { kind: 'state' },
    { kind: 'state', state: { ...state, route: { screen: 'slide', index: -1 } } },
    { kind: 'state', state: { ...state, route: { screen: 'slide', index: 1.5 } } },
    { kind: 'state', state: { ...state, route: { screen: 'file:///etc/passwd' } } },
    { kind: 'state', state: { ...state, language: '../../x' } },
    { kind: 'state', state: { ...state, blank: 'yes' } },
    { kind: 'state', state: { ...state, notes: 'secret' } },
    { kind: 'command', command: { type: 'go', index: '3' } },
    { kind: 'command', command: { type: 'go', index: 1e9 } },
    { kind: 'command', command: { type: 'navigate', command: 'reload' } },
    { kind: 'command', command: { type: 'overview' } },
    { kind: 'command', command: { type: 'chooser', url: 'https://example.com' } },
    { kind: 'command', command: { type: '__proto__' } },
    { kind: 'command', command: { type: 'toString' } },
  ])('refuses %j', (message) => {
    expect(parsePresentationMessage(message)).toBeNull();
  });

  it("builds fresh objects rather than passing the sender's on", () => {
    const sent = { type: 'blank', on: true };
    expect(parsePresentationCommand(sent)).not.toBe(sent);
  });
});

describe('senderRole', () => {
  it('lets the audience report the state and the presenter send commands', () => {
    expect(senderRole(parsePresentationMessage({ kind: 'state', state })!)).toBe('audience');
    expect(senderRole({ kind: 'audience-hello' })).toBe('audience');
    expect(senderRole({ kind: 'audience-bye' })).toBe('audience');
    expect(senderRole({ kind: 'hello' })).toBe('presenter');
    expect(senderRole({ kind: 'command', command: { type: 'home' } })).toBe('presenter');
    expect(senderRole({ kind: 'bye' })).toBe('presenter');
  });
});
