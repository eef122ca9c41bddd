// What both screens of a presentation show, and how each command changes it: the one source of
// truth the audience window keeps and the presenter window follows.

import { clampIndex, navigate, type NavigationCommand, type Route } from '../deck/navigation';

export interface PresentationState {
  route: Route;
  overview: boolean;
  blank: boolean;
  language: string;
  /** The audience window is reading the current screen aloud. */
  reading: boolean;
  /** The audience window could read its screen aloud (a voice, words, nothing covering it). */
  canRead: boolean;
}

export type PresentationCommand =
  | { type: 'go'; index: number }
  | { type: 'navigate'; command: NavigationCommand }
  | { type: 'overview'; open: boolean }
  | { type: 'blank'; on: boolean }
  | { type: 'language'; language: string }
  | { type: 'chooser' }
  | { type: 'home' }
  /** A remote's "start" (F5): the first slide, nothing covering it. */
  | { type: 'start' }
  /** A remote's "resume" (Shift+F5): the current slide, nothing covering it. */
  | { type: 'resume' }
  | { type: 'read'; on: boolean };

export interface DeckShape {
  slideCount: number;
  languages: readonly string[];
}

function showSlide(state: PresentationState, index: number, count: number): PresentationState {
  return {
    ...state,
    route: { screen: 'slide', index: clampIndex(index, count) },
    overview: false,
    blank: false,
  };
}

function currentSlide(route: Route): number {
  return route.screen === 'slide' ? route.index : 0;
}

/** The state after one command; the same state object back when nothing changes. */
export function applyCommand(
  state: PresentationState,
  command: PresentationCommand,
  deck: DeckShape,
): PresentationState {
  const count = deck.slideCount;
  switch (command.type) {
    case 'go':
      return showSlide(state, command.index, count);
    case 'navigate':
      // From the start screen, "next" begins the deck; elsewhere it moves within it.
      if (state.route.screen !== 'slide') return showSlide(state, 0, count);
      return showSlide(state, navigate(state.route.index, command.command, count), count);
    case 'overview':
      if (state.route.screen !== 'slide' && command.open) return state;
      return { ...state, overview: command.open, blank: false };
    case 'blank':
      return { ...state, blank: command.on };
    case 'language':
      return deck.languages.includes(command.language) && command.language !== state.language
        ? { ...state, language: command.language, reading: false }
        : state;
    case 'chooser':
      return { ...state, route: { screen: 'chooser' }, overview: false, blank: false };
    case 'home':
      return { ...state, route: { screen: 'start' }, overview: false, blank: false };
    case 'start':
      return showSlide(state, 0, count);
    case 'resume':
      return showSlide(state, currentSlide(state.route), count);
    case 'read':
      return { ...state, reading: command.on && state.canRead && !state.blank };
  }
}
