// Renderer entry. index.html carries the start screen and the first slide ready-made; this small
// script shows the one that fits and lets it paint, and only then fetches and runs the app
// (React, i18next and the words), which takes the screen over. Fetching the app before that
// paint was measured to delay the paint more than it sped up the app.

import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './styles.css';

import { holdEarlyInput, whenAppStarted } from './first-screen/early-input';
import { firstScreenFonts } from './first-screen/first-screen-fonts';
import { hasFirstScreen, showFirstScreen } from './first-screen/show-first-screen';

// A hidden window gets no animation frames and a font may not come, so the waits are capped: the
// app must start regardless.
const LONGEST_WAIT_MS = 100;

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, LONGEST_WAIT_MS);
  });
}

async function start(): Promise<void> {
  if (hasFirstScreen(document, window)) await firstScreenFonts(document, LONGEST_WAIT_MS);
  const shown = showFirstScreen(document, window);
  // What a patient does to the ready-made screen is done to the app as soon as it is there.
  const playEarlyInput = shown ? holdEarlyInput(window) : null;
  if (shown) {
    performance.mark('kiosk:first-screen-shown');
    await afterNextPaint();
  }
  const { startApp, flushSync } = await import('./start-app');
  await startApp(shown);
  if (playEarlyInput) {
    await whenAppStarted(document);
    playEarlyInput(flushSync);
  }
}

void start();
