// `npm start`: gets the Electron binary on first use (as the electron package does), builds if
// needed and starts the kiosk. Where Electron cannot be had, one line says what failed, how to
// retry, and how to see the same UI in a browser now.

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildIfStale } from './lib/build-if-stale.mjs';
import { ensureElectron } from './lib/ensure-electron.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(what) {
  process.stderr.write(
    `physio-kiosk cannot start: ${what.replace(/[.\s]+$/, '')}. Retry with: npm start (behind a firewall, set ` +
      `ELECTRON_MIRROR to a reachable Electron mirror). See the same UI now: npm run serve:web\n`,
  );
  process.exit(1);
}

const electron = await ensureElectron(projectRoot, {
  onDownload: (version) => {
    if (process.stderr.isTTY)
      process.stderr.write(`Downloading Electron ${version} (first start only)…\n`);
  },
});
if (!electron.found) fail(electron.reason);
try {
  buildIfStale(projectRoot);
} catch (error) {
  fail(error.message);
}
const env = { ...process.env };
// Set in a parent shell, these would turn the kiosk into a plain Node process, load its UI from
// a server instead of app://, hand its main process Node options, or change how Electron's
// download was checked: none of that is for the kiosk itself.
for (const name of [
  'ELECTRON_RUN_AS_NODE',
  'ELECTRON_RENDERER_URL',
  'NODE_OPTIONS',
  'electron_use_remote_checksums',
  'ELECTRON_USE_REMOTE_CHECKSUMS',
])
  delete env[name];
const child = spawn(electron.path, [projectRoot, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
child.on('error', (error) => fail(`Electron did not run (${error.message})`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
