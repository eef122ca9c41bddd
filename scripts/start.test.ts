// `npm start` on a machine without the Electron binary: it runs the electron package's own
// installer against a loopback mirror. A mirror that answers 404, one that hangs, and one that
// serves a file with the wrong checksum each end in one clear line and leave nothing behind;
// a mirror with a (stand-in) Electron gets it installed and launched.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { installerFailure } from './lib/ensure-electron.mjs';

const realRoot = join(import.meta.dirname, '..');
const electronPackage = join(realRoot, 'node_modules', 'electron');
const version = (
  JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const zipName = `electron-v${version}-linux-${process.arch}.zip`;

/** A copy of the project's start script with the electron package as `npm ci` leaves it. */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  cpSync(join(realRoot, 'scripts'), join(root, 'scripts'), { recursive: true });
  const packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    copyFileSync(join(electronPackage, file), join(packageDir, file));
  }
  for (const scope of ['@electron', '@electron-internal']) {
    symlinkSync(join(realRoot, 'node_modules', scope), join(root, 'node_modules', scope));
  }
  // A build that is up to date, so that a successful start goes straight to Electron.
  for (const file of [
    'out/main/index.js',
    'out/main/preview-server.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

/** A zip archive with stored (uncompressed) entries, as Electron's releases are unpacked. */
function storedZip(files: { name: string; data: Buffer; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, mode } of files) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

type Mirror = { url: string; requests: string[]; server: Server };
const servers: Server[] = [];
const projects: string[] = [];

async function mirror(answer: (path: string, response: ServerResponse) => void): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    answer(request.url ?? '', response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, server };
}

type Run = { code: number | null; stderr: string; stdout: string; ms: number };

function runStart(root: string, env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: root,
        electron_config_cache: join(root, 'electron-cache'),
        KIOSK_ELECTRON_DOWNLOAD_TIMEOUT_SECONDS: '3',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr, stdout, ms: Date.now() - started }));
  });
}

function expectOneLineFailure(run: Run, what: RegExp): void {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^physio-kiosk cannot start: downloading Electron \d+\.\d+\.\d+ failed: /,
  );
  expect(lines[0]).toMatch(what);
  expect(lines[0]).toContain('Retry with: npm start');
  expect(lines[0]).toContain('npm run serve:web');
}

function expectNothingHalfWritten(root: string): void {
  expect(existsSync(join(root, 'node_modules', 'electron', 'dist'))).toBe(false);
  expect(existsSync(join(root, 'node_modules', 'electron', 'path.txt'))).toBe(false);
}

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
  for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('asks the mirror for this Electron and says in one line that it answered 404', async () => {
    const root = makeProject();
    projects.push(root);
    const server = await mirror((_path, response) => {
      response.writeHead(404);
      response.end('not here');
    });
    const run = await runStart(root, { ELECTRON_MIRROR: server.url });
    expect(server.requests).toContain(`/v${version}/${zipName}`);
    expectOneLineFailure(run, /404/);
    expectNothingHalfWritten(root);
  });

  it('gives up on a mirror that never answers, within its time limit', async () => {
    const root = makeProject();
    projects.push(root);
    const server = await mirror(() => {
      // Accept the request and never answer.
    });
    const run = await runStart(root, { ELECTRON_MIRROR: server.url });
    expectOneLineFailure(run, /timed out/);
    expect(run.ms).toBeLessThan(10_000);
    expectNothingHalfWritten(root);
  });

  it('refuses a download whose checksum does not match', async () => {
    const root = makeProject();
    projects.push(root);
    const server = await mirror((_path, response) => {
      response.writeHead(200, { 'Content-Type': 'application/zip' });
      response.end(storedZip([{ name: 'electron', data: Buffer.from('evil'), mode: 0o755 }]));
    });
    const run = await runStart(root, { ELECTRON_MIRROR: server.url });
    expectOneLineFailure(run, /checksum/i);
    expectNothingHalfWritten(root);
  });

  it('says so when no server can be reached at all', async () => {
    const root = makeProject();
    projects.push(root);
    const run = await runStart(root, { ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expectOneLineFailure(run, /could not reach http:\/\/127\.0\.0\.1:9\//);
    expectNothingHalfWritten(root);
  });

  it('installs Electron from the mirror, then starts it on the project', async () => {
    const root = makeProject();
    projects.push(root);
    const marker = join(root, 'started.txt');
    const seen = join(root, 'environment.txt');
    const standIn = Buffer.from(
      `#!/bin/sh\necho "$@" > "${marker}"\n` +
        `echo "[$ELECTRON_RENDERER_URL][$NODE_OPTIONS][$electron_use_remote_checksums][$ELECTRON_RUN_AS_NODE]" > "${seen}"\n`,
    );
    const zip = storedZip([
      { name: 'electron', data: standIn, mode: 0o755 },
      { name: 'version', data: Buffer.from(version), mode: 0o644 },
    ]);
    const sha = createHash('sha256').update(zip).digest('hex');
    const server = await mirror((path, response) => {
      if (path.endsWith('/SHASUMS256.txt')) return response.end(`${sha} *${zipName}\n`);
      if (path.endsWith(`/${zipName}`)) return response.end(zip);
      response.writeHead(404);
      response.end();
    });
    const run = await runStart(root, {
      ELECTRON_MIRROR: server.url,
      electron_use_remote_checksums: '1',
      ELECTRON_RENDERER_URL: 'http://evil.example/',
      NODE_OPTIONS: '--no-warnings',
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(marker, 'utf8').trim()).toBe(root);
    // None of those reaches the kiosk.
    expect(readFileSync(seen, 'utf8').trim()).toBe('[][][][]');
    expect(readFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe(
      'electron',
    );
    // The second start finds the binary and downloads nothing.
    const before = server.requests.length;
    rmSync(marker);
    expect((await runStart(root, { ELECTRON_MIRROR: server.url })).code).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(existsSync(marker)).toBe(true);
  });
});

describe('installerFailure', () => {
  it("keeps the installer's first error line and drops the stack", () => {
    expect(
      installerFailure(
        'HTTPError: Response code 404 (Not Found) for http://x/y.zip\n    at FetchDownloader.download (file:///a.js:1:1)\n',
      ),
    ).toBe('HTTPError: Response code 404 (Not Found) for http://x/y.zip');
    expect(installerFailure('')).toBe('the installer failed');
  });
});
