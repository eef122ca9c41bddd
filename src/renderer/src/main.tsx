// Renderer entry. index.html carries the start screen and the first slide ready-made; this small
// script shows the one that fits and lets it paint, and only then fetches and runs the app
// (React, i18next and the words), which takes the screen over. Fetching the app before that
// paint was measured to delay the paint more than it sped up the app.

import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './styles.css';

import { showFirstScreen } from './first-screen/show-first-screen';

// A hidden window gets no animation frames, so the wait is capped: the app must start regardless.
const LONGEST_WAIT_MS = 100;

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, LONGEST_WAIT_MS);
  });
}

async function start(): Promise<void> {
  if (showFirstScreen(document, window)) {
    performance.mark('kiosk:first-screen-shown');
    await afterNextPaint();
  }
  const { startApp } = await import('./start-app');
  await startApp();
}

void start();
