// Debian's Chromium, started the one way this project starts it: for Playwright, the bench, the
// start-up profile and the screenshot script. Without the background-networking flags Chromium
// tries to reach Google's hosts at every start, which this offline kiosk must never do.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);

/** `npm run serve:web` as a child process; resolves with its URL and the process to kill. */
export async function startPreviewServer(env = {}) {
  const server = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const url = await new Promise((resolve) =>
    createInterface({ input: server.stdout }).once('line', resolve),
  );
  return { url, server };
}
