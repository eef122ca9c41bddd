// A stand-in Electron distribution for electron-builder's `electronDist` option: the files
// electron-builder copies, and an executable that carries Electron's fuse wire (the sentinel
// of @electron/fuses, wire version 1, nine fuses) with Electron 45's factory settings, so that
// electron-builder's fuse flipping runs for real. It is not a runnable Electron.

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { SENTINEL } from '@electron/fuses/dist/constants.js';

// RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, EmbeddedAsarIntegrity,
// OnlyLoadAppFromAsar, BrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges,
// WasmTrapHandlers: what an unmodified Electron binary ships with.
const FACTORY_FUSES = '101100011';
const WIRE_VERSION = 1;

export function makeStandInElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: not runnable" >&2\nexit 1\n'),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([WIRE_VERSION, FACTORY_FUSES.length]),
    Buffer.from(FACTORY_FUSES, 'ascii'),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), executable);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), 'v45.5.0');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  return dir;
}
