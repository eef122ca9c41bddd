// `npm run serve:web`: the built UI over loopback HTTP (port from PORT, else a free one).
// The URL is the first line on stdout.

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { buildIfStale } from './lib/build-if-stale.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  buildIfStale(projectRoot);
} catch (error) {
  process.stderr.write(`serve:web: ${error.message}\n`);
  process.exit(1);
}
await import(pathToFileURL(join(projectRoot, 'out', 'main', 'preview-server.js')).href);
