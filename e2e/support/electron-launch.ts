// Starts the real Electron app for the `electron` project, wherever the Electron binary exists;
// elsewhere every test says plainly why it is skipped.

import { fileURLToPath } from 'node:url';

import { _electron as electron, type ElectronApplication, test } from '@playwright/test';

import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary(projectRoot);
let announced = false;

/** Call first in every Electron test. */
export function requireElectron(): void {
  const reason = binary.found ? '' : binary.reason;
  if (!binary.found && !announced) {
    announced = true;
    console.log(`Electron tests skipped: ${reason}.`);
  }
  test.skip(!binary.found, `no Electron binary on this machine: ${reason}`);
}

export async function launchKiosk(env: Record<string, string> = {}): Promise<ElectronApplication> {
  if (!binary.found) throw new Error(binary.reason);
  return electron.launch({
    executablePath: binary.path,
    args: [projectRoot],
    env: { ...process.env, KIOSK_CONFIG: 'e2e/config/kiosk-config.json', ...env } as Record<
      string,
      string
    >,
    cwd: projectRoot,
  });
}
