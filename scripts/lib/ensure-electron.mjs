// Gets the Electron binary the way the `electron` package itself does on first use: by running
// its own installer (node_modules/electron/install.js, which honours ELECTRON_MIRROR, the
// download cache and checksums). Bounded in time; on failure it leaves nothing half written.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { findElectronBinary } from './electron-binary.mjs';

const DEFAULT_TIMEOUT_SECONDS = 600;

function electronVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** The installer's own words for what went wrong: its first error line, without the stack. */
export function installerFailure(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  const error = lines.find((line) => /^(\w+Error|Error)\b[:\s]/.test(line));
  const cause = lines.find((line) => /^\[cause\]|code: '/.test(line));
  const text = error ?? lines.find((line) => line !== '') ?? 'the installer failed';
  return (cause ? `${text} (${cause})` : text).slice(0, 300);
}

function downloadSource(env) {
  return (
    env.ELECTRON_MIRROR ||
    env.npm_config_electron_mirror ||
    'https://github.com/electron/electron/releases/ (the default; ELECTRON_MIRROR was not set)'
  );
}

function timeoutSeconds(env) {
  const value = Number(env.KIOSK_ELECTRON_DOWNLOAD_TIMEOUT_SECONDS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_SECONDS;
}

function runInstaller(packageDir, env, limitSeconds) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `no answer within ${limitSeconds} s (timed out)` });
    }, limitSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ ok: true });
      const failure = installerFailure(stderr);
      resolve({
        ok: false,
        reason: /fetch failed/.test(failure) ? `could not reach ${downloadSource(env)}` : failure,
      });
    });
  });
}

/**
 * Resolves to `{ found: true, path }` once a runnable Electron binary is in place, or to
 * `{ found: false, reason }` with one sentence on what failed.
 */
export async function ensureElectron(projectRoot, { env = process.env, onDownload } = {}) {
  const present = findElectronBinary(projectRoot);
  if (present.found || env.ELECTRON_OVERRIDE_DIST_PATH) return present;
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'install.js'))) return present;

  const version = electronVersion(packageDir);
  const leftovers = [join(packageDir, 'dist'), join(packageDir, 'path.txt')].filter(
    (path) => !existsSync(path),
  );
  onDownload?.(version);
  const limit = timeoutSeconds(env);
  const installed = await runInstaller(packageDir, env, limit);
  const after = installed.ok ? findElectronBinary(projectRoot) : undefined;
  if (after?.found) return after;
  for (const path of leftovers) rmSync(path, { recursive: true, force: true });
  const reason = installed.ok ? after.reason : installed.reason;
  return { found: false, reason: `downloading Electron ${version} failed: ${reason}` };
}
