// The staff keypad lockout's file, so that a restart does not clear it: a few hundred bytes of
// JSON in the per-machine data folder. Reading tolerates anything (the lockout then starts
// afresh; pin-lockout.ts caps whatever it holds); writing replaces the file whole. Neither throws.

import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

import type { SavedLockout } from '../../shared/pin-lockout';

export const LOCKOUT_FILE_NAME = 'staff-lockout.json';
const MAX_BYTES = 4096;

/** What the file holds, unchecked; `problem` when it is there but cannot be read. */
export function readLockoutFile(path: string): { saved?: unknown; problem?: string } {
  try {
    // Stat before opening: opening a FIFO would block.
    const stats = statSync(path);
    if (!stats.isFile()) return { problem: 'is not a regular file' };
    if (stats.size > MAX_BYTES) return { problem: `is larger than ${MAX_BYTES} bytes` };
    const buffer = Buffer.alloc(MAX_BYTES);
    const fd = openSync(path, 'r');
    let length: number;
    try {
      length = readSync(fd, buffer, 0, MAX_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    const text = buffer.subarray(0, length).toString('utf8');
    try {
      return { saved: JSON.parse(text) as unknown };
    } catch (error) {
      return { problem: `is not valid JSON: ${(error as Error).message}` };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes beside the file, then renames: a crash mid-write never leaves half a file. */
export function writeLockoutFile(path: string, saved: SavedLockout): string | null {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(saved, null, 2)}\n`);
    renameSync(temporary, path);
    return null;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left behind: harmless, and the next write replaces it.
    }
    return error instanceof Error ? error.message : String(error);
  }
}
