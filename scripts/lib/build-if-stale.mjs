// Builds with electron-vite when out/ is missing or older than the sources it is built from.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'locales', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = [
  'out/main/index.js',
  'out/main/preview-server.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  );
}

export function buildIfStale(projectRoot) {
  const outputs = OUTPUTS.map((file) => join(projectRoot, file));
  const oldestOutput = Math.min(
    ...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)),
  );
  const newestInput = Math.max(...INPUTS.map((input) => newestMtime(join(projectRoot, input))));
  if (oldestOutput > newestInput) return;
  process.stderr.write('Building the app (electron-vite build)…\n');
  // Build output goes to stderr so that a caller's stdout stays clean.
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 2, 2],
    },
  );
  if (result.status !== 0) throw new Error('electron-vite build failed (see above)');
}
