// Entry point of `npm run serve:web`: prints the URL on its first line, then serves.

import { fileURLToPath } from 'node:url';

import { createPreviewServer, listenOnLoopback, portFromEnv } from './preview-http';
import { servedRoots } from './served-roots';

async function main(): Promise<void> {
  const appRoot = fileURLToPath(new URL('../..', import.meta.url));
  const server = createPreviewServer(servedRoots(appRoot));
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
