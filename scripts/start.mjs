// `npm start`: builds if needed and starts the kiosk in Electron; where this machine has no
// Electron binary, says so in one line and points to the browser preview instead.

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildIfStale } from './lib/build-if-stale.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = findElectronBinary(projectRoot);
if (!electron.found) {
  process.stderr.write(
    `physio-kiosk cannot start here: ${electron.reason}. Open the same UI in a browser with: npm run serve:web\n`,
  );
  process.exit(1);
}
try {
  buildIfStale(projectRoot);
} catch (error) {
  process.stderr.write(`physio-kiosk: ${error.message}\n`);
  process.exit(1);
}
const child = spawn(electron.path, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
