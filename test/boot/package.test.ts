// The packaged app, proven without downloading Electron: electron-builder's `dir` target runs
// for real against a stand-in Electron distribution whose executable carries Electron's fuse
// wire, so fuse flipping happens as it would for an installer. Then the fuses are read back,
// the ASAR's contents are checked, and the built main process is booted from the archive.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { expectBootedApp } from './boot-expectations';
import { type BootedMain, bootMain, type Snapshot } from './boot-harness';
import { makeStandInElectronDist } from './stand-in-dist';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const builderConfig = parseYaml(
  readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8'),
) as {
  productName: string;
  electronFuses: Record<string, boolean>;
};
const FUSE_ON = 0x31;
const FUSE_OFF = 0x30;

/** Bare imports in the built main process: the packages the app needs at run time. */
function runtimeImports(mainDir: string): string[] {
  const files = readdirSync(mainDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  const specifiers = files.flatMap((file) => {
    const code = readFileSync(join(mainDir, file), 'utf8');
    return [
      ...code.matchAll(
        /(?:^|\n)import\s[^'"]*["']([^'"]+)["']|import\(\s*["']([^'"]+)["']\s*\)|require\(\s*["']([^'"]+)["']\s*\)/g,
      ),
    ].map((match) => match[1] ?? match[2] ?? match[3]!);
  });
  const bare = specifiers.filter(
    (specifier) =>
      !specifier.startsWith('.') && !specifier.startsWith('node:') && specifier !== 'electron',
  );
  return [
    ...new Set(
      bare.map((specifier) =>
        specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    ),
  ];
}

/** The packages (`name` or `@scope/name`) an archive holds under node_modules/. */
/** A config file that asks for windowed mode: an installed app must not read it. */
function windowedConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kiosk-packaged-')), 'kiosk-config.json');
  writeFileSync(file, JSON.stringify({ mode: 'windowed' }));
  return file;
}

function packagesIn(entries: string[]): Set<string> {
  return new Set(
    entries
      .filter((entry) => /^\/node_modules\/[^/]+/.test(entry))
      .map((entry) => {
        const parts = entry.split('/').slice(2);
        return (parts[0]!.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
      })
      .filter((name) => name !== '' && name !== '.bin'),
  );
}

describe('the packaged app (electron-builder dir target, stand-in Electron)', () => {
  const work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
  const outputDir = join(work, 'dist');
  const unpacked = join(outputDir, 'linux-unpacked');
  const executable = join(unpacked, builderConfig.productName);
  const archive = join(unpacked, 'resources', 'app.asar');
  let entries: string[];
  let main: BootedMain;
  let snapshot: Snapshot;
  // The archive is unpacked into a folder of the same name, so that paths the app derives
  // from app.getAppPath() look as they do in the packaged app.
  const extractedApp = join(work, 'extracted', 'resources', 'app.asar');

  beforeAll(async () => {
    const electronDist = makeStandInElectronDist(join(work, 'electron-dist'));
    const result = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${outputDir}`,
      ],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 120_000 },
    );
    if (result.status !== 0) {
      throw new Error(
        `electron-builder failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
    }
    entries = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    extractAll(archive, extractedApp);
    main = await bootMain({
      appPath: extractedApp,
      packaged: true,
      // A packaged app ignores the dev server and KIOSK_CONFIG even when they are set: the
      // expectations below find a kiosk window on app://, not a windowed one on the server.
      env: {
        ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/',
        KIOSK_CONFIG: windowedConfig(),
      },
    });
    await main.ready();
    snapshot = await main.snapshot();
    const files = entries.filter((entry) => statSync(join(extractedApp, entry)).isFile());
    console.log(
      `packaged ASAR: ${(statSync(archive).size / 1e6).toFixed(2)} MB, ${entries.length} entries ` +
        `(${files.length} files, ${entries.filter((entry) => entry.startsWith('/node_modules/')).length} under node_modules/)`,
    );
  }, 180_000);

  afterAll(async () => {
    await main?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('flips every fuse in electron-builder.yml, and they read back as configured', async () => {
    const wire = await getCurrentFuseWire(executable);
    const configured = Object.entries(builderConfig.electronFuses);
    expect(configured.length).toBeGreaterThanOrEqual(7);
    for (const [key, enabled] of configured) {
      const name = (key[0]!.toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options;
      const index = FuseV1Options[name];
      expect({ fuse: name, known: index !== undefined }).toEqual({ fuse: name, known: true });
      expect({ fuse: name, state: wire[index] }).toEqual({
        fuse: name,
        state: enabled ? FUSE_ON : FUSE_OFF,
      });
    }
  });

  it('packs the built app, its words and content, and the packages main imports', () => {
    for (const required of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/locales/nl/common.json',
      '/locales/en/common.json',
      '/resources/deck.json',
      '/resources/activities.json',
    ]) {
      expect(entries).toContain(required);
    }
    // Whatever the built main process imports at run time ships, and nothing more.
    const imports = runtimeImports(join(projectRoot, 'out', 'main'));
    for (const name of imports) expect(entries).toContain(`/node_modules/${name}/package.json`);
    expect([...packagesIn(entries)].sort()).toEqual(imports.sort());
  });

  it('leaves out sources, tests, source maps, the preview server and dev-only packages', () => {
    const forbidden = entries.filter(
      (entry) =>
        /^\/(src|e2e|scripts|docs|bench|test-results|\.ci|\.git)(\/|$)/.test(entry) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry) ||
        /\.map$/.test(entry) ||
        /\.ts$/.test(entry) ||
        entry === '/out/main/preview-server.js',
    );
    expect(forbidden).toEqual([]);
    const packages = packagesIn(entries);
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => packages.has(name));
    expect(devOnly).toEqual([]);
    // What the renderer bundle already contains never ships twice.
    for (const bundled of ['react', 'react-dom', 'i18next', 'react-i18next', 'qrcode']) {
      expect(packages.has(bundled)).toBe(false);
    }
  });

  it('runs as a packaged app: from the archive, never from a dev server', () => {
    expect(snapshot.windows[0]!.loadedUrls[0]).toBe(`${APP_ORIGIN}/index.html`);
    const preload = snapshot.windows[0]!.options.webPreferences!['preload'] as string;
    expect(preload.startsWith(extractedApp)).toBe(true);
  });

  expectBootedApp(() => ({ main, snapshot, appRoot: extractedApp }));
});

describe('the stand-in Electron distribution', () => {
  it('carries a version-1 fuse wire that @electron/fuses can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-dist-'));
    try {
      const dist = makeStandInElectronDist(join(dir, 'dist'));
      const wire = await getCurrentFuseWire(join(dist, 'electron'));
      expect(wire.version).toBe('1');
      expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_ON);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_OFF);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
