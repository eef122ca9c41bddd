// Shows the ready-made screen that fits this window (see first-screens.ts) until the app takes
// over: the others are removed and the stage is fitted to the window as the app's Stage would fit
// it. Its words are there for everyone, screen readers too; its controls, which do nothing yet,
// are out of reach of the keyboard and the accessibility tree (a tap on them is kept for the app,
// see early-input.ts).

import { deck } from '../content/deck';
import { openingLanguage, rememberedLanguage } from '../i18n/remembered-language';
import { fitStage, stageStyle } from '../shell/stage-size';
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_STYLE_ATTRIBUTE } from './first-screen-markup';
import { firstScreenFor } from './first-screens';

const CONTROLS = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function restoreStyles(stage: HTMLElement): void {
  for (const element of [stage, ...stage.querySelectorAll<HTMLElement>('*')]) {
    const style = element.getAttribute(FIRST_SCREEN_STYLE_ATTRIBUTE);
    if (style === null) continue;
    // Through the CSSOM: the page's policy refuses style attributes written in the markup.
    element.style.cssText = style;
    element.removeAttribute(FIRST_SCREEN_STYLE_ATTRIBUTE);
  }
}

function fitToWindow(stage: HTMLElement, win: Window): void {
  const fit = fitStage(win.innerWidth, win.innerHeight);
  stage.className = `stage stage-${fit.orientation}`;
  stage.dataset['orientation'] = fit.orientation;
  for (const [property, value] of Object.entries(stageStyle(fit, 1))) {
    stage.style.setProperty(property, value);
  }
}

/** The ready-made screens index.html carries for this window's address (none in development). */
function screensFor(doc: Document, win: Window): HTMLElement[] {
  const root = doc.getElementById('root');
  if (!root) return [];
  const wanted = firstScreenFor(win.location.hash, deck.slides.length);
  return [...root.querySelectorAll<HTMLElement>(`:scope > [${FIRST_SCREEN_ATTRIBUTE}]`)].filter(
    (s) => s.getAttribute(FIRST_SCREEN_ATTRIBUTE) === wanted,
  );
}

/** Whether there is a ready-made screen to show (and its fonts worth waiting for). */
export function hasFirstScreen(doc: Document, win: Window): boolean {
  return screensFor(doc, win).length > 0;
}

/** True when a ready-made screen is now on show. */
export function showFirstScreen(doc: Document, win: Window): boolean {
  const root = doc.getElementById('root');
  if (!root) return false;
  const screens = [...root.querySelectorAll<HTMLElement>(`:scope > [${FIRST_SCREEN_ATTRIBUTE}]`)];
  const candidates = screensFor(doc, win);
  const language = openingLanguage(
    candidates.map((s) => s.lang),
    rememberedLanguage(),
    doc.documentElement.lang,
  );
  const chosen = candidates.find((s) => s.lang === language);
  for (const screen of screens) screen.remove();
  const stage = chosen?.firstElementChild;
  if (!language || !(stage instanceof HTMLElement)) return false;
  restoreStyles(stage);
  fitToWindow(stage, win);
  for (const control of stage.querySelectorAll(CONTROLS)) {
    control.setAttribute('aria-hidden', 'true');
    control.setAttribute('tabindex', '-1');
  }
  doc.documentElement.lang = language;
  root.append(stage);
  return true;
}
