#!/usr/bin/env node
// Prints the staffPinHash/staffPinSalt pair for kiosk-config.json.
// Usage: node scripts/hash-pin.mjs 482913
// Must match src/node/kiosk/pin.ts (scrypt N=2^14, r=8, p=1, 32-byte key, 24-byte salt);
// src/node/kiosk/pin.test.ts verifies this script's output with pin.ts.

import { randomBytes, scryptSync } from 'node:crypto';

const USAGE = 'Usage: node scripts/hash-pin.mjs <PIN>   (the PIN is 6 to 12 digits, e.g. 482913)';

function main(args) {
  const [pin, ...extra] = args;
  if (pin === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  if (!/^[0-9]{6,12}$/.test(pin)) {
    console.error(
      `Refused: a staff PIN must be 6 to 12 digits (0-9) and nothing else; got ${pin.length} character(s).`,
    );
    console.error(USAGE);
    return 2;
  }
  const salt = randomBytes(24);
  const hash = scryptSync(pin, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
  process.stdout.write(
    `{"staffPinHash": "${hash.toString('hex')}", "staffPinSalt": "${salt.toString('hex')}"}\n`,
  );
  console.error('Paste both settings into kiosk-config.json, then restart the kiosk.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
