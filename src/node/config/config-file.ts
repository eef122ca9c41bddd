// Reads the kiosk config file. Whatever is wrong with the file, the kiosk still starts: on any
// file-level problem it runs on defaults and reports one error staff can act on.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

import {
  type ConfigError,
  FILE_FIELD,
  parseConfig,
} from '../../shared/settings/config-file-schema';
import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';

export const CONFIG_FILE_NAME = 'kiosk-config.json';
export const DEFAULT_MAX_CONFIG_BYTES = 256 * 1024;

export type LoadedConfig = {
  config: KioskConfig;
  errors: ConfigError[];
  source: 'defaults' | 'file';
};

/**
 * KIOSK_CONFIG is for development, tests and the preview server: an installed (packaged) app
 * reads only the file in its data folder, so no launcher or shortcut can hand it another config.
 */
export function configPath(env: NodeJS.ProcessEnv, userDataDir: string, packaged = false): string {
  const fromEnv = env.KIOSK_CONFIG;
  return !packaged && fromEnv !== undefined && fromEnv.trim() !== ''
    ? fromEnv
    : join(userDataDir, CONFIG_FILE_NAME);
}

export function loadConfigFile(path: string, maxBytes = DEFAULT_MAX_CONFIG_BYTES): LoadedConfig {
  const text = readConfigText(path, maxBytes);
  if (text.kind === 'missing') return { config: DEFAULT_CONFIG, errors: [], source: 'defaults' };
  if (text.kind === 'problem') return defaultsWithFileError(text.problem);

  if (text.content.trim() === '') return defaultsWithFileError('is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text.content);
  } catch (error) {
    return defaultsWithFileError(`is not valid JSON: ${errorMessage(error)}`);
  }
  const parsed = parseConfig(raw);
  const isUsable = !parsed.errors.some((error) => error.field === FILE_FIELD);
  return { ...parsed, source: isUsable ? 'file' : 'defaults' };
}

type ConfigText =
  { kind: 'missing' } | { kind: 'problem'; problem: string } | { kind: 'text'; content: string };

function readConfigText(path: string, maxBytes: number): ConfigText {
  try {
    // Stat before opening: opening a FIFO would block, and a huge file must not be read whole.
    const stats = statSync(path);
    if (stats.isDirectory()) return { kind: 'problem', problem: 'is a folder, not a file' };
    if (!stats.isFile()) return { kind: 'problem', problem: 'is not a regular file' };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    const bytes = readAtMost(path, maxBytes + 1);
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    return decodeText(bytes);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    return { kind: 'problem', problem: `cannot be read (${describeFsError(error)})` };
  }
}

function readAtMost(path: string, limit: number): Buffer {
  const buffer = Buffer.alloc(limit);
  const fd = openSync(path, 'r');
  try {
    let filled = 0;
    while (filled < limit) {
      const count = readSync(fd, buffer, filled, limit - filled, null);
      if (count === 0) break;
      filled += count;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): ConfigText {
  return {
    kind: 'problem',
    problem: `is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`,
  };
}

// Windows Notepad's "Unicode" means UTF-16; name it, since the JSON error would be baffling.
function decodeText(bytes: Buffer): ConfigText {
  const startsWithUtf16Bom =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (startsWithUtf16Bom) {
    return { kind: 'problem', problem: 'is saved as UTF-16; save it as UTF-8' };
  }
  try {
    // fatal: reject invalid UTF-8; the default ignoreBOM: false strips a UTF-8 BOM.
    const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: 'text', content };
  } catch {
    return { kind: 'problem', problem: 'is not UTF-8 text; save it as UTF-8' };
  }
}

function defaultsWithFileError(problem: string): LoadedConfig {
  return {
    config: DEFAULT_CONFIG,
    errors: [{ field: FILE_FIELD, message: `the config file ${problem} — using all defaults` }],
    source: 'defaults',
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${bytes} bytes`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return `permission denied, ${code}`;
  return errorMessage(error);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
