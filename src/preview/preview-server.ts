// Entry point of `npm run serve:web`: prints the URL on its first line, then serves.

import { fileURLToPath } from 'node:url';

import { loadKioskSetup } from '../node/config/kiosk-setup';
import { servedRoots } from '../node/serving/served-roots';
import { systemTimers } from '../node/timers';
import {
  configPathFromEnv,
  createPreviewServer,
  listenOnLoopback,
  portFromEnv,
} from './preview-http';
import { createPreviewKiosk } from './preview-kiosk';

async function main(): Promise<void> {
  const appRoot = fileURLToPath(new URL('../..', import.meta.url));
  const roots = servedRoots(appRoot);
  // Like the app, a bad config file is reported and then served on defaults, never fatal.
  const setup = loadKioskSetup(configPathFromEnv(process.env['KIOSK_CONFIG']), roots.locales);
  for (const error of setup.errors) process.stderr.write(`serve:web: config: ${error.message}\n`);
  const server = createPreviewServer(roots, {
    kiosk: createPreviewKiosk(setup, systemTimers, roots),
  });
  const url = await listenOnLoopback(server, portFromEnv(process.env['PORT']));
  process.stdout.write(`${url}\n`);
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve:web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
