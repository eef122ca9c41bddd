// The staff PIN is stored only as a salted scrypt hash in the config file.
// scripts/hash-pin.mjs repeats these parameters in plain JS; pin.test.ts checks they agree.

import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

import { type StaffPin } from '../../shared/settings/kiosk-settings';

export const SCRYPT_PARAMS = Object.freeze({ N: 2 ** 14, r: 8, p: 1 });
export const PIN_HASH_BYTES = 32;
export const PIN_SALT_BYTES = 24;

const PIN_FORMAT = /^[0-9]{6,12}$/;
const HASH_HEX = new RegExp(`^[0-9a-f]{${PIN_HASH_BYTES * 2}}$`, 'i');
const SALT_HEX = new RegExp(`^[0-9a-f]{${PIN_SALT_BYTES * 2}}$`, 'i');

export function isValidPinFormat(pin: string): boolean {
  return PIN_FORMAT.test(pin);
}

/** Throws RangeError for a PIN that is not 6–12 digits: the keypad would refuse it. */
export function hashPin(
  pin: string,
  salt: Buffer = randomBytes(PIN_SALT_BYTES),
): { hash: string; salt: string } {
  if (!isValidPinFormat(pin)) throw new RangeError('A staff PIN must be 6 to 12 digits');
  return { hash: derive(pin, salt).toString('hex'), salt: salt.toString('hex') };
}

/** Never throws: a malformed stored hash or salt simply fails to verify. */
export function verifyPin(pin: string, staffPin: StaffPin): boolean {
  try {
    if (!isValidPinFormat(pin)) return false;
    if (!HASH_HEX.test(staffPin.hash) || !SALT_HEX.test(staffPin.salt)) return false;
    const expected = Buffer.from(staffPin.hash, 'hex');
    const actual = derive(pin, Buffer.from(staffPin.salt, 'hex'));
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

function derive(pin: string, salt: Buffer): Buffer {
  return scryptSync(pin, salt, PIN_HASH_BYTES, SCRYPT_PARAMS);
}
