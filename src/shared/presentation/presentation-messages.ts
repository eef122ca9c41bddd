// The messages the audience and presenter windows exchange (through the main process in the
// app, a BroadcastChannel in the browser preview), and the checks every one passes on arrival.

import type { NavigationCommand, Route } from '../deck/navigation';
import { isLanguageCode } from '../language-code';
import type { PresentationCommand, PresentationState } from './presentation-state';

export type PresentationRole = 'audience' | 'presenter';

export type PresentationMessage =
  /** Audience → presenter: "I (re)started; who is there?" */
  | { kind: 'audience-hello' }
  /** Audience → presenter: the screen as it is now. */
  | { kind: 'state'; state: PresentationState }
  /** Audience → presenter: the audience page is going away. */
  | { kind: 'audience-bye' }
  /** Presenter → audience: "I am here; send me the state." */
  | { kind: 'hello' }
  /** Presenter → audience: change the screen. */
  | { kind: 'command'; command: PresentationCommand }
  /** Presenter → audience: the presenter window is closing. */
  | { kind: 'bye' };

const FROM_AUDIENCE: ReadonlySet<string> = new Set(['audience-hello', 'state', 'audience-bye']);
const FROM_PRESENTER: ReadonlySet<string> = new Set(['hello', 'command', 'bye']);

/** Which role may send a message of this kind. */
export function senderRole(message: PresentationMessage): PresentationRole {
  return FROM_AUDIENCE.has(message.kind) ? 'audience' : 'presenter';
}

const NAVIGATION = new Set(['next', 'previous', 'first', 'last']);
const MAX_SLIDES = 9999;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` has exactly these keys (no smuggled extras). */
function hasExactly(value: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

function isSlideIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SLIDES;
}

function parseRoute(value: unknown): Route | null {
  if (!isRecord(value)) return null;
  if (value['screen'] === 'start' && hasExactly(value, ['screen'])) return { screen: 'start' };
  if (value['screen'] === 'chooser' && hasExactly(value, ['screen'])) return { screen: 'chooser' };
  if (value['screen'] === 'slide' && hasExactly(value, ['screen', 'index'])) {
    const index = value['index'];
    return isSlideIndex(index) ? { screen: 'slide', index } : null;
  }
  return null;
}

export function parsePresentationState(value: unknown): PresentationState | null {
  const fields = ['route', 'overview', 'blank', 'language', 'reading', 'canRead'];
  if (!isRecord(value) || !hasExactly(value, fields)) return null;
  const route = parseRoute(value['route']);
  const { overview, blank, language, reading, canRead } = value;
  const flags = [overview, blank, reading, canRead];
  if (
    route === null ||
    !flags.every((flag) => typeof flag === 'boolean') ||
    !isLanguageCode(language)
  )
    return null;
  return {
    route,
    overview: overview as boolean,
    blank: blank as boolean,
    language,
    reading: reading as boolean,
    canRead: canRead as boolean,
  };
}

const FLAG_COMMANDS = { overview: 'open', blank: 'on', read: 'on' } as const;
const BARE_COMMANDS = new Set(['chooser', 'home', 'start', 'resume']);

export function parsePresentationCommand(value: unknown): PresentationCommand | null {
  if (!isRecord(value) || typeof value['type'] !== 'string') return null;
  const type = value['type'];
  if (BARE_COMMANDS.has(type))
    return hasExactly(value, ['type']) ? ({ type } as PresentationCommand) : null;
  if (type === 'go')
    return hasExactly(value, ['type', 'index']) && isSlideIndex(value['index'])
      ? { type, index: value['index'] }
      : null;
  if (type === 'navigate')
    return hasExactly(value, ['type', 'command']) && NAVIGATION.has(value['command'] as string)
      ? { type, command: value['command'] as NavigationCommand }
      : null;
  if (type === 'language')
    return hasExactly(value, ['type', 'language']) && isLanguageCode(value['language'])
      ? { type, language: value['language'] }
      : null;
  if (type in FLAG_COMMANDS) {
    const flag = FLAG_COMMANDS[type as keyof typeof FLAG_COMMANDS];
    return hasExactly(value, ['type', flag]) && typeof value[flag] === 'boolean'
      ? ({ type, [flag]: value[flag] } as PresentationCommand)
      : null;
  }
  return null;
}

/** A message as sent, or null for anything malformed, unknown or carrying extra fields. */
export function parsePresentationMessage(value: unknown): PresentationMessage | null {
  if (!isRecord(value) || typeof value['kind'] !== 'string') return null;
  const kind = value['kind'];
  if (kind === 'state') {
    if (!hasExactly(value, ['kind', 'state'])) return null;
    const state = parsePresentationState(value['state']);
    return state && { kind, state };
  }
  if (kind === 'command') {
    if (!hasExactly(value, ['kind', 'command'])) return null;
    const command = parsePresentationCommand(value['command']);
    return command && { kind, command };
  }
  if (FROM_AUDIENCE.has(kind) || FROM_PRESENTER.has(kind))
    return hasExactly(value, ['kind']) ? ({ kind } as PresentationMessage) : null;
  return null;
}
