// Guards the packaging config: the Electron fuses of the security checklist must not change
// unnoticed. test/boot/package.test.ts checks that electron-builder really applies them.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type Node = string | boolean | number | null | Node[] | { [key: string]: Node };

// js-yaml refuses duplicate keys, so a second, contradicting fuse entry cannot pass unseen.
const config = load(readFileSync(resolve('electron-builder.yml'), 'utf8')) as Record<string, Node>;

describe('electron-builder.yml', () => {
  it('sets every Electron fuse of the security checklist, and only those', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR archive (the integrity fuses need it)', () => {
    expect(config['asar']).toBe(true);
  });

  it('names the app', () => {
    expect(config['appId']).toBe('nl.physio-kiosk.app');
    expect(config['productName']).toBe('physio-kiosk');
  });

  it('ships the build, the translations, the content and package.json, and nothing else', () => {
    expect(config['files']).toEqual([
      'out/**',
      '!out/main/preview-server.js',
      '!**/*.map',
      'locales/**',
      'resources/**',
      'package.json',
    ]);
  });

  it('installs into one fixed place on Windows', () => {
    expect((config['nsis'] as Record<string, Node>)['allowToChangeInstallationDirectory']).toBe(
      false,
    );
  });

  it('builds deb and AppImage for Linux and NSIS for Windows', () => {
    expect((config['linux'] as Record<string, Node>)['target']).toEqual(['deb', 'AppImage']);
    expect((config['win'] as Record<string, Node>)['target']).toEqual(['nsis']);
  });
});
