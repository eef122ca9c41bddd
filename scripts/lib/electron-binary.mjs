// Finds the Electron binary without triggering the download that `require('electron')` starts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(projectRoot) {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (override) {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : {
          found: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${candidate})`,
        };
  }
  if (!existsSync(packageDir))
    return { found: false, reason: 'the electron package is not installed (run npm ci)' };
  if (!relative)
    return {
      found: false,
      reason:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)',
    };
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `the Electron binary is missing (${candidate})` };
}
