// A small synchronous log file that rotates by size: file → file.1 → file.2 …, keeping `keep`
// old files. Logging must never take the kiosk down, so no method ever throws.

import {
  appendFileSync,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';
export type LogFields = Readonly<Record<string, unknown>>;
type LogMethod = (message: string, fields?: LogFields) => void;

export type RotatingLog = {
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  /** The last `lines` lines, oldest first, reaching into rotated files when needed. */
  tail(lines: number): string[];
};

export type RotatingLogOptions = {
  file: string;
  maxBytes: number;
  keep?: number;
  now?: () => Date;
};

export const MAX_MESSAGE_CHARS = 2000;

export function createRotatingLog({
  file,
  maxBytes,
  keep = 3,
  now = () => new Date(),
}: RotatingLogOptions): RotatingLog {
  // Report a failing disk once, not on every line; report again after it has recovered.
  let failureReported = false;

  function write(level: LogLevel, message: string, fields?: LogFields): void {
    try {
      appendWithRotation(file, formatLine(now(), level, message, fields), maxBytes, keep);
      failureReported = false;
    } catch (error) {
      if (!failureReported) console.error(`Cannot write the log file ${file}:`, error);
      failureReported = true;
    }
  }

  return {
    info: (message, fields) => write('INFO', message, fields),
    warn: (message, fields) => write('WARN', message, fields),
    error: (message, fields) => write('ERROR', message, fields),
    tail: (lines) => {
      try {
        return tailAcrossFiles(file, keep, lines);
      } catch {
        return [];
      }
    },
  };
}

export function formatLine(
  time: Date,
  level: LogLevel,
  message: string,
  fields?: LogFields,
): string {
  const text = capChars(escapeControlCharacters(String(message)), MAX_MESSAGE_CHARS);
  const extra =
    fields === undefined
      ? ''
      : ` ${capChars(escapeControlCharacters(serializeFields(fields)), MAX_MESSAGE_CHARS)}`;
  return `${formatTime(time)} ${level} ${text}${extra}\n`;
}

function formatTime(time: Date): string {
  return Number.isNaN(time.getTime()) ? 'invalid-time' : time.toISOString();
}

// C0, DEL and C1 controls, plus the line and paragraph separators that some viewers break
// lines on: none may reach the file raw, or one entry could pose as several (or hide some).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The escapes are JSON's own, so the serialised fields stay valid JSON. */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function capChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  // Do not split a surrogate pair, which would write a broken character.
  const lastKept = text.charCodeAt(cut - 1);
  if (lastKept >= 0xd800 && lastKept <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

function serializeFields(fields: LogFields): string {
  try {
    return JSON.stringify(fields, (_key, value: unknown) => {
      if (value instanceof Error)
        return { name: value.name, message: value.message, stack: value.stack };
      if (typeof value === 'bigint') return value.toString();
      return value;
    });
  } catch (error) {
    return JSON.stringify({ unserializable: error instanceof Error ? error.message : 'unknown' });
  }
}

function appendWithRotation(file: string, line: string, maxBytes: number, keep: number): void {
  const size = fileSize(file);
  if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(file, keep);
  try {
    appendFileSync(file, line);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, line);
  }
}

function fileSize(file: string): number {
  try {
    const stats = statSync(file);
    // Rotating would move someone's folder aside; refuse instead.
    if (!stats.isFile()) throw new Error(`${file} is not a regular file`);
    return stats.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw error;
  }
}

function rotate(file: string, keep: number): void {
  removeRotationsFrom(file, keep);
  for (let index = keep - 1; index >= 1; index -= 1) {
    renameIfPresent(rotatedName(file, index), rotatedName(file, index + 1));
  }
  if (keep > 0) renameSync(file, rotatedName(file, 1));
  else unlinkSync(file);
}

// Removes file.N for every N >= from, including leftovers from a run with a larger `keep`.
function removeRotationsFrom(file: string, from: number): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const suffix = name.slice(prefix.length);
    if (/^[1-9][0-9]*$/.test(suffix) && Number(suffix) >= from) {
      unlinkSync(join(dirname(file), name));
    }
  }
}

function renameIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function rotatedName(file: string, index: number): string {
  return `${file}.${index}`;
}

function tailAcrossFiles(file: string, keep: number, count: number): string[] {
  const wanted = Math.floor(count);
  if (!(wanted > 0)) return [];
  const collected: string[] = [];
  const files = [file, ...Array.from({ length: keep }, (_, index) => rotatedName(file, index + 1))];
  for (const path of files) {
    const needed = wanted - collected.length;
    if (needed <= 0) break;
    collected.unshift(...readLastLines(path, needed));
  }
  return collected;
}

const TAIL_CHUNK_BYTES = 64 * 1024;

// Reads backwards from the end so that a tail of a large file costs only a few chunks.
function readLastLines(path: string, count: number): string[] {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  try {
    const chunks: Buffer[] = [];
    let position = fstatSync(fd).size;
    let newlines = 0;
    // A complete line needs the newline before it too, hence count + 1.
    while (position > 0 && newlines <= count) {
      const length = Math.min(TAIL_CHUNK_BYTES, position);
      position -= length;
      const chunk = readChunk(fd, position, length);
      chunks.unshift(chunk);
      newlines += countNewlines(chunk);
    }
    const lines = Buffer.concat(chunks).toString('utf8').split('\n');
    const complete = position > 0 ? lines.slice(1) : lines;
    return complete.filter((line) => line !== '').slice(-count);
  } finally {
    closeSync(fd);
  }
}

function readChunk(fd: number, position: number, length: number): Buffer {
  const chunk = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, chunk, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return chunk.subarray(0, filled);
}

function countNewlines(chunk: Buffer): number {
  let newlines = 0;
  for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) {
    newlines += 1;
  }
  return newlines;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
