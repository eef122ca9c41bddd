import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseConfig } from '../../shared/settings/config-file-schema';
import { hashPin, isValidPinFormat, verifyPin } from './pin';

const HASH_PIN_SCRIPT = resolve(import.meta.dirname, '../../../scripts/hash-pin.mjs');

describe('isValidPinFormat', () => {
  it.each(['123456', '000000', '123456789012', '00001234'])('accepts %s', (pin) => {
    expect(isValidPinFormat(pin)).toBe(true);
  });

  it.each([
    '',
    '1234',
    '12345',
    '1234567890123',
    '12a456',
    ' 123456',
    '123456\n',
    '١٢٣٤٥٦',
    '1234.6',
    '-12345',
  ])('rejects %j', (pin) => {
    expect(isValidPinFormat(pin)).toBe(false);
  });
});

describe('hashPin and verifyPin', () => {
  const stored = hashPin('482100');

  it('produces a 64-hex-character hash and a 48-hex-character salt', () => {
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.salt).toMatch(/^[0-9a-f]{48}$/);
  });

  it('verifies the right PIN', () => {
    expect(verifyPin('482100', stored)).toBe(true);
  });

  it.each(['482101', '128400', '4821000', '', '482100 ', 'abcdef'])(
    'rejects the wrong PIN %j',
    (pin) => {
      expect(verifyPin(pin, stored)).toBe(false);
    },
  );

  it('gives different hashes for the same PIN with different salts', () => {
    const other = hashPin('482100');
    expect(other.salt).not.toBe(stored.salt);
    expect(other.hash).not.toBe(stored.hash);
  });

  it('is deterministic for a given salt', () => {
    const salt = Buffer.alloc(24, 7);
    expect(hashPin('482100', salt)).toEqual(hashPin('482100', salt));
    expect(hashPin('482100', salt).salt).toBe('07'.repeat(24));
  });

  it('accepts an uppercase stored hash', () => {
    const upper = { hash: stored.hash.toUpperCase(), salt: stored.salt.toUpperCase() };
    expect(verifyPin('482100', upper)).toBe(true);
  });

  it('refuses to hash something that is not a 6–12 digit PIN', () => {
    expect(() => hashPin('123')).toThrow(RangeError);
    expect(() => hashPin('pass word')).toThrow(/6 to 12 digits/);
  });

  it.each([
    ['an empty hash', { hash: '', salt: 'ab'.repeat(16) }],
    ['a short hash', { hash: 'ab'.repeat(31), salt: 'ab'.repeat(16) }],
    ['a long hash', { hash: 'ab'.repeat(33), salt: 'ab'.repeat(16) }],
    ['a hash that is not hex', { hash: 'zz'.repeat(32), salt: 'ab'.repeat(16) }],
    ['a hash with an odd hex tail', { hash: `${'ab'.repeat(31)}a`, salt: 'ab'.repeat(16) }],
    ['a salt that is not hex', { hash: 'ab'.repeat(32), salt: 'salt' }],
    ['an empty salt', { hash: 'ab'.repeat(32), salt: '' }],
  ])('returns false, never throws, for %s', (_name, malformed) => {
    expect(() => verifyPin('482100', malformed)).not.toThrow();
    expect(verifyPin('482100', malformed)).toBe(false);
  });

  it('returns false for stored values of the wrong type (from untyped callers)', () => {
    const broken = { hash: 42, salt: null } as unknown as { hash: string; salt: string };
    expect(verifyPin('482100', broken)).toBe(false);
  });
});

describe('scripts/hash-pin.mjs', () => {
  function runScript(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [HASH_PIN_SCRIPT, ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('prints a config fragment that pin.ts verifies', () => {
    const { status, stdout, stderr } = runScript('246813');
    expect(status).toBe(0);
    expect(stderr).toContain('kiosk-config.json');
    expect(stdout).toMatch(
      /^\{"staffPinHash": "[0-9a-f]{64}", "staffPinSalt": "[0-9a-f]{48}"\}\n$/,
    );
    const { config, errors } = parseConfig(JSON.parse(stdout));
    expect(errors).toEqual([]);
    if (config.staffPin === null) throw new Error('expected a staff PIN');
    expect(verifyPin('246813', config.staffPin)).toBe(true);
    expect(verifyPin('246814', config.staffPin)).toBe(false);
  });

  it('works for an 8-digit PIN with leading zeros', () => {
    const { staffPinHash, staffPinSalt } = JSON.parse(runScript('00012345').stdout) as {
      staffPinHash: string;
      staffPinSalt: string;
    };
    expect(verifyPin('00012345', { hash: staffPinHash, salt: staffPinSalt })).toBe(true);
  });

  it.each(['1234', '12345', '1234567890123', '12a456', 'abcdef', ''])(
    'refuses %j with a clear message',
    (pin) => {
      const { status, stdout, stderr } = runScript(pin);
      expect(status).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain('a staff PIN must be 6 to 12 digits');
    },
  );

  it('shows usage without a PIN', () => {
    const { status, stdout, stderr } = runScript();
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: node scripts\/hash-pin\.mjs <PIN>/);
  });
});
