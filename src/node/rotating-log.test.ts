import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createRotatingLog, formatLine, MAX_MESSAGE_CHARS } from './rotating-log';

const FIXED_TIME = new Date('2026-11-26T07:42:00.000Z');
const now = (): Date => FIXED_TIME;
const LINE_PREFIX = '2026-11-26T07:42:00.000Z INFO ';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotating-log-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

// Each "message-NN" line is exactly 40 bytes: 31 prefix + 9 text.
function message(index: number): string {
  return `message-${String(index).padStart(1, '0')}`;
}

describe('line format', () => {
  it('writes time, level, message and JSON fields', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: 10_000, now });
    log.info('message', { k: 'v' });
    log.warn('careful');
    log.error('broken', { code: 3, nested: { ok: false } });
    expect(read(file)).toBe(
      [
        '2026-11-26T07:42:00.000Z INFO message {"k":"v"}',
        '2026-11-26T07:42:00.000Z WARN careful',
        '2026-11-26T07:42:00.000Z ERROR broken {"code":3,"nested":{"ok":false}}',
        '',
      ].join('\n'),
    );
  });

  it('escapes newlines so every entry is one line', () => {
    expect(formatLine(FIXED_TIME, 'ERROR', 'first\nsecond\r\nthird', { text: 'a\nb' })).toBe(
      '2026-11-26T07:42:00.000Z ERROR first\\nsecond\\r\\nthird {"text":"a\\nb"}\n',
    );
  });

  describe('escapes every control character and the Unicode line separators', () => {
    const codes = [
      ...Array.from({ length: 0x20 }, (_, code) => code),
      ...Array.from({ length: 0x9f - 0x7f + 1 }, (_, index) => 0x7f + index),
      0x2028,
      0x2029,
    ];
    // eslint-disable-next-line no-control-regex
    const RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

    it.each(codes.map((code) => [code.toString(16).padStart(4, '0'), code]))(
      'U+%s in the message and in the fields',
      (_hex, code) => {
        const char = String.fromCharCode(code);
        const line = formatLine(FIXED_TIME, 'WARN', `a${char}b`, { text: `c${char}d` });
        expect(line.endsWith('\n')).toBe(true);
        expect(line.slice(0, -1)).not.toMatch(RAW);
        const fields = line.slice(line.indexOf(' {') + 1, -1);
        expect(JSON.parse(fields)).toEqual({ text: `c${char}d` });
      },
    );

    it('writes a readable escape', () => {
      expect(formatLine(FIXED_TIME, 'INFO', 'a\u001b[2Jb\u2028c\td\u0085')).toBe(
        '2026-11-26T07:42:00.000Z INFO a\\u001b[2Jb\\u2028c\\td\\u0085\n',
      );
    });

    it('leaves no raw control character in any line', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'binary' }),
          (message, text) => {
            const line = formatLine(FIXED_TIME, 'INFO', message, { text });
            expect(line.slice(0, -1)).not.toMatch(RAW);
          },
        ),
      );
      // Quick alone; a loaded 2-core machine once took over 5 s for the 100 runs.
    }, 30_000);
  });

  it(`caps messages at ${MAX_MESSAGE_CHARS} characters`, () => {
    const line = formatLine(FIXED_TIME, 'INFO', 'x'.repeat(10_000));
    const text = line.slice(LINE_PREFIX.length, -1);
    expect(text).toHaveLength(MAX_MESSAGE_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });

  it('caps the message after escaping, and never splits an emoji', () => {
    const text = formatLine(FIXED_TIME, 'INFO', `${'a'.repeat(1998)}😀😀`).slice(
      LINE_PREFIX.length,
      -1,
    );
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(text).toBe(`${'a'.repeat(1998)}…`);
    const escaped = formatLine(FIXED_TIME, 'INFO', '\n'.repeat(3000)).slice(LINE_PREFIX.length, -1);
    expect(escaped).toHaveLength(MAX_MESSAGE_CHARS);
    expect(escaped).not.toContain('\n');
  });

  it('logs errors, big integers and unserialisable fields without throwing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(formatLine(FIXED_TIME, 'ERROR', 'e', { error: new RangeError('bad') })).toContain(
      '"error":{"name":"RangeError","message":"bad","stack":"RangeError: bad\\n',
    );
    expect(formatLine(FIXED_TIME, 'INFO', 'n', { n: 10n })).toContain('{"n":"10"}');
    expect(formatLine(FIXED_TIME, 'INFO', 'c', circular)).toMatch(
      / c \{"unserializable":".+"\}\n$/,
    );
  });

  it('survives an invalid clock', () => {
    expect(formatLine(new Date(Number.NaN), 'INFO', 'x')).toBe('invalid-time INFO x\n');
  });
});

describe('rotation', () => {
  const LINE_BYTES = Buffer.byteLength(formatLine(FIXED_TIME, 'INFO', message(0)));

  it('keeps each line the same size for these tests', () => {
    expect(LINE_BYTES).toBe(Buffer.byteLength(formatLine(FIXED_TIME, 'INFO', message(9))));
  });

  it('rotates when the next line would exceed maxBytes, not before', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES * 3, now });
    for (const index of [1, 2, 3]) log.info(message(index));
    expect(statSync(file).size).toBe(LINE_BYTES * 3);
    expect(existsSync(`${file}.1`)).toBe(false);

    log.info(message(4));
    expect(read(`${file}.1`).trim().split('\n')).toHaveLength(3);
    expect(read(file)).toBe(`${LINE_PREFIX}${message(4)}\n`);
  });

  it('shifts file → file.1 → file.2 and keeps only `keep` old files', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES, keep: 2, now });
    for (let index = 1; index <= 6; index += 1) log.info(message(index));
    expect(readdirSync(dir).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    expect(read(file)).toContain(message(6));
    expect(read(`${file}.1`)).toContain(message(5));
    expect(read(`${file}.2`)).toContain(message(4));
  });

  it('keeps 3 old files by default', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES, now });
    for (let index = 1; index <= 9; index += 1) log.info(message(index));
    expect(readdirSync(dir).sort()).toEqual([
      'kiosk.log',
      'kiosk.log.1',
      'kiosk.log.2',
      'kiosk.log.3',
    ]);
  });

  it('removes leftovers from a run that kept more files, but not unrelated files', () => {
    const file = join(dir, 'kiosk.log');
    for (const name of [
      'kiosk.log',
      'kiosk.log.1',
      'kiosk.log.5',
      'kiosk.log.12',
      'kiosk.log.bak',
      'other.log.9',
    ]) {
      writeFileSync(join(dir, name), `${LINE_PREFIX}old\n`);
    }
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES, keep: 2, now });
    log.info(message(1));
    expect(readdirSync(dir).sort()).toEqual([
      'kiosk.log',
      'kiosk.log.1',
      'kiosk.log.2',
      'kiosk.log.bak',
      'other.log.9',
    ]);
  });

  it('continues a file left by an earlier run and rotates it by its real size', () => {
    const file = join(dir, 'kiosk.log');
    writeFileSync(file, 'x'.repeat(LINE_BYTES * 2));
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES * 2, now });
    log.info(message(1));
    expect(read(`${file}.1`)).toBe('x'.repeat(LINE_BYTES * 2));
    expect(read(file)).toBe(`${LINE_PREFIX}${message(1)}\n`);
  });

  it('writes a line longer than maxBytes into a fresh file rather than dropping it', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: 10, now });
    log.info(message(1));
    log.info(message(2));
    expect(read(file)).toContain(message(2));
    expect(read(`${file}.1`)).toContain(message(1));
  });

  it('with keep: 0 starts the file afresh', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: LINE_BYTES, keep: 0, now });
    log.info(message(1));
    log.info(message(2));
    expect(readdirSync(dir)).toEqual(['kiosk.log']);
    expect(read(file)).toBe(`${LINE_PREFIX}${message(2)}\n`);
  });

  it('creates the folder when needed', () => {
    const file = join(dir, 'logs', 'nested', 'kiosk.log');
    createRotatingLog({ file, maxBytes: 1000, now }).info('hello');
    expect(read(file)).toBe(`${LINE_PREFIX}hello\n`);
  });

  it('creates the folder again if it is deleted while running', () => {
    const file = join(dir, 'logs', 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: 1000, now });
    log.info('one');
    rmSync(join(dir, 'logs'), { recursive: true });
    log.info('two');
    expect(read(file)).toBe(`${LINE_PREFIX}two\n`);
  });
});

describe('tail', () => {
  it('returns the last N lines of the current file, oldest first', () => {
    const file = join(dir, 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: 100_000, now });
    for (let index = 1; index <= 5; index += 1) log.info(message(index));
    expect(log.tail(2)).toEqual([`${LINE_PREFIX}${message(4)}`, `${LINE_PREFIX}${message(5)}`]);
    expect(log.tail(100)).toHaveLength(5);
  });

  it('reaches into rotated files when the current one is short', () => {
    const file = join(dir, 'kiosk.log');
    const lineBytes = Buffer.byteLength(formatLine(FIXED_TIME, 'INFO', message(0)));
    const log = createRotatingLog({ file, maxBytes: lineBytes * 2, keep: 2, now });
    for (let index = 1; index <= 5; index += 1) log.info(message(index));
    expect(log.tail(4).map((line) => line.slice(LINE_PREFIX.length))).toEqual([
      message(2),
      message(3),
      message(4),
      message(5),
    ]);
    expect(log.tail(100)).toHaveLength(5);
  });

  it('reads only the end of a large file, across chunk boundaries', () => {
    const file = join(dir, 'kiosk.log');
    const lines = Array.from(
      { length: 20_000 },
      (_, index) => `line ${index} ${'é'.repeat(index % 7)}`,
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const log = createRotatingLog({ file, maxBytes: 50 * 1024 * 1024, now });
    expect(log.tail(3)).toEqual(lines.slice(-3));
    expect(log.tail(5_000)).toEqual(lines.slice(-5_000));
    expect(log.tail(30_000)).toEqual(lines);
  });

  it('returns [] for no lines, a missing file, or a bad count', () => {
    const log = createRotatingLog({ file: join(dir, 'none.log'), maxBytes: 1000, now });
    expect(log.tail(5)).toEqual([]);
    log.info('x');
    expect(log.tail(0)).toEqual([]);
    expect(log.tail(-1)).toEqual([]);
    expect(log.tail(Number.NaN)).toEqual([]);
  });
});

describe('failures', () => {
  it('never throws when the folder cannot be created, and reports it once', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createRotatingLog({
      file: join(blocker, 'logs', 'kiosk.log'),
      maxBytes: 1000,
      now,
    });
    expect(() => {
      log.info('one');
      log.warn('two');
      log.error('three', { a: 1 });
    }).not.toThrow();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(log.tail(10)).toEqual([]);
  });

  it('never throws when the log path is a folder', () => {
    const file = join(dir, 'kiosk.log');
    mkdirSync(file);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createRotatingLog({ file, maxBytes: 1000, now });
    expect(() => log.info('x')).not.toThrow();
    expect(() => log.tail(3)).not.toThrow();
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('reports again after the disk has recovered and failed anew', () => {
    const file = join(dir, 'logs', 'kiosk.log');
    writeFileSync(join(dir, 'logs'), 'blocker');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createRotatingLog({ file, maxBytes: 1000, now });
    log.info('lost');
    rmSync(join(dir, 'logs'));
    log.info('kept');
    rmSync(join(dir, 'logs'), { recursive: true });
    writeFileSync(join(dir, 'logs'), 'blocker');
    log.info('lost again');
    expect(consoleError).toHaveBeenCalledTimes(2);
  });

  it('never throws when the clock throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createRotatingLog({
      file: join(dir, 'kiosk.log'),
      maxBytes: 1000,
      now: () => {
        throw new Error('no clock');
      },
    });
    expect(() => log.info('x')).not.toThrow();
  });
});
