import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { loadKioskSetup, logKioskSetup } from './kiosk-setup';

let dir: string;
let locales: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-setup-'));
  locales = join(dir, 'locales');
  for (const code of ['en', 'nl']) mkdirSync(join(locales, code), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadKioskSetup', () => {
  it('uses the defaults when no config file is asked for', () => {
    const setup = loadKioskSetup(undefined, locales);
    expect(setup.source).toBe('defaults');
    expect(setup.errors).toEqual([]);
    expect(setup.config.languages).toEqual(['nl', 'en']);
  });

  it('uses the defaults when the file is missing, without an error', () => {
    const setup = loadKioskSetup(join(dir, 'nope.json'), locales);
    expect(setup.source).toBe('defaults');
    expect(setup.errors).toEqual([]);
  });

  it('keeps the good settings of a file and names each bad field', () => {
    const path = configFile(
      'mixed.json',
      JSON.stringify({ mode: 'windowed', idleSeconds: 'ninety', printer: 'Balie' }),
    );
    const setup = loadKioskSetup(path, locales);
    expect(setup.source).toBe('file');
    expect(setup.config.mode).toBe('windowed');
    expect(setup.config.printer).toBe('Balie');
    expect(setup.config.idleSeconds).toBe(90);
    expect(setup.errors.map((error) => error.field)).toEqual(['idleSeconds']);
  });

  it('runs on defaults when the file is not JSON', () => {
    const setup = loadKioskSetup(configFile('broken.json', '{ nope'), locales);
    expect(setup.source).toBe('defaults');
    expect(setup.errors[0]?.field).toBe('(file)');
    expect(setup.config.mode).toBe('kiosk');
  });

  it('adds a language without translations to the errors', () => {
    const setup = loadKioskSetup(configFile('de.json', '{"languages": ["nl", "de"]}'), locales);
    expect(setup.config.languages).toEqual(['nl']);
    expect(setup.errors.map((error) => error.field)).toEqual(['languages']);
  });
});

describe('logKioskSetup', () => {
  it('logs where the config came from and one warning per error', () => {
    const log = { info: vi.fn(), warn: vi.fn() };
    const setup = loadKioskSetup(
      configFile('two.json', '{"idleSeconds": 1, "colour": "red"}'),
      locales,
    );
    logKioskSetup(setup, log);
    expect(log.info).toHaveBeenCalledWith(
      'config loaded',
      expect.objectContaining({ source: 'file', errors: 2 }),
    );
    expect(log.warn).toHaveBeenCalledTimes(2);
    expect(log.warn.mock.calls.map((call) => call[1])).toEqual([
      { field: 'idleSeconds' },
      { field: 'colour' },
    ]);
  });
});
