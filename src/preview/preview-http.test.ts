import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadKioskSetup } from '../node/config/kiosk-setup';
import { hashPin } from '../node/kiosk/pin';
import { DEFAULT_SETTINGS } from '../shared/settings/kiosk-settings';
import {
  configPathFromEnv,
  createPreviewServer,
  listenOnLoopback,
  portFromEnv,
} from './preview-http';
import { createPreviewKiosk, MAX_UNLOCK_BODY_BYTES } from './preview-kiosk';

let base: string;
let server: Server;
let port: number;
let roots: { renderer: string; locales: string; resources: string };
const extraServers: Server[] = [];
const SECRET = 'SECRET-NEXT-TO-THE-ROOTS';

// Sends a request line exactly as written: no client library normalises it first.
function rawRequest(target: string, host = `127.0.0.1:${port}`): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const statusOf = (response: string): number => Number(response.split(' ')[1]);
const bodyOf = (response: string): string => response.slice(response.indexOf('\r\n\r\n') + 4);
const headerOf = (response: string, name: string): string | undefined =>
  new RegExp(`^${name}: (.*)$`, 'im').exec(response.split('\r\n\r\n')[0] ?? '')?.[1]?.trim();

type RequestOptions = { body?: string; headers?: Record<string, string>; to?: number };

// Any method, with an optional body, on the raw socket like rawRequest.
function request(method: string, target: string, options: RequestOptions = {}): Promise<string> {
  const to = options.to ?? port;
  const headers: Record<string, string> = {
    Host: `127.0.0.1:${to}`,
    Connection: 'close',
    ...options.headers,
  };
  if (options.body !== undefined && !('Transfer-Encoding' in headers)) {
    headers['Content-Length'] = String(Buffer.byteLength(options.body));
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n${options.body ?? ''}`);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      // The server may close early on an oversized body; what it said before counts.
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(data) : reject(error),
    );
  });
}

const unlock = (pin: unknown, options: RequestOptions = {}): Promise<string> =>
  request('POST', '/__kiosk/unlock', {
    body: JSON.stringify({ pin }),
    ...options,
    headers: { 'Content-Type': 'application/json', ...options.headers },
  });

// A second server on its own config file; each has its own PIN lockout.
async function serverWithConfig(config: string | null): Promise<number> {
  let path: string | undefined;
  if (config !== null) {
    path = join(base, `config-${extraServers.length}.json`);
    writeFileSync(path, config);
  }
  const extra = createPreviewServer(roots, {
    kiosk: createPreviewKiosk(loadKioskSetup(path, roots.locales), undefined, roots),
  });
  extraServers.push(extra);
  return Number(new URL(await listenOnLoopback(extra, 0)).port);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'preview-http-'));
  roots = {
    renderer: join(base, 'out', 'renderer'),
    locales: join(base, 'locales'),
    resources: join(base, 'resources'),
  };
  for (const dir of Object.values(roots)) mkdirSync(dir, { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  for (const code of ['en', 'nl']) mkdirSync(join(roots.locales, code));
  writeFileSync(join(base, 'package.json'), SECRET);
  writeFileSync(join(base, 'out', 'secret.json'), SECRET);
  server = createPreviewServer(roots);
  const url = await listenOnLoopback(server, 0);
  port = Number(new URL(url).port);
  expect(url).toBe(`http://127.0.0.1:${port}/`);
});

afterAll(async () => {
  for (const each of [server, ...extraServers]) {
    each.closeAllConnections();
    await new Promise((resolve) => each.close(resolve));
  }
  rmSync(base, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves the UI with the same CSP as the app scheme', async () => {
    const response = await rawRequest('/');
    expect(statusOf(response)).toBe(200);
    expect(response).toContain("Content-Security-Policy: default-src 'none'");
    expect(response).toContain('<title>kiosk</title>');
  });

  // The page's first screen needs no settings; fetched early they only held up its fonts and
  // illustration (measured), so the app asks for them when it starts.
  it('has the browser fetch nothing ahead for the page', async () => {
    expect(headerOf(await rawRequest('/'), 'Link')).toBeUndefined();
  });

  it.each([
    '/../package.json',
    '/../../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/..\\package.json',
    '/resources/../../package.json',
    '/locales/../../out/secret.json',
    '//package.json',
    'http://127.0.0.1/../package.json',
    '/index.html%00',
    '/.%2e/package.json',
  ])('refuses the raw target %s', async (target) => {
    const response = await rawRequest(target);
    expect(statusOf(response)).toBeGreaterThanOrEqual(400);
    expect(response).not.toContain(SECRET);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(statusOf(await rawRequest('/', 'evil.example'))).toBe(421);
    expect(statusOf(await rawRequest('/', `localhost:${port}`))).toBe(200);
  });

  it('reads the config path from KIOSK_CONFIG, with none meaning the defaults', () => {
    expect(configPathFromEnv(undefined)).toBeUndefined();
    expect(configPathFromEnv('  ')).toBeUndefined();
    expect(configPathFromEnv('/etc/kiosk.json')).toBe('/etc/kiosk.json');
  });

  it('reads the port from PORT and rejects junk', () => {
    expect(portFromEnv(undefined)).toBe(0);
    expect(portFromEnv('')).toBe(0);
    expect(portFromEnv('4173')).toBe(4173);
    expect(() => portFromEnv('80a')).toThrow(/PORT/);
    expect(() => portFromEnv('70000')).toThrow(/PORT/);
  });
});

describe('preview server: /__kiosk/settings.json', () => {
  it('serves the default settings as JSON when no config is given', async () => {
    const response = await request('GET', '/__kiosk/settings.json');
    expect(statusOf(response)).toBe(200);
    expect(headerOf(response, 'Content-Type')).toBe('application/json; charset=utf-8');
    expect(headerOf(response, 'Cache-Control')).toBe('no-store');
    expect(headerOf(response, 'X-Content-Type-Options')).toBe('nosniff');
    expect(JSON.parse(bodyOf(response))).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores a query string and answers HEAD without a body', async () => {
    expect(statusOf(await request('GET', '/__kiosk/settings.json?t=1'))).toBe(200);
    const head = await request('HEAD', '/__kiosk/settings.json');
    expect(statusOf(head)).toBe(200);
    expect(bodyOf(head)).toBe('');
  });

  it('serves the settings of the config file, never the PIN hash', async () => {
    const pin = hashPin('258013', Buffer.alloc(24, 9));
    const to = await serverWithConfig(
      JSON.stringify({
        mode: 'windowed',
        idleSeconds: 120,
        staffPinHash: pin.hash,
        staffPinSalt: pin.salt,
      }),
    );
    const response = await request('GET', '/__kiosk/settings.json', { to });
    const settings = JSON.parse(bodyOf(response)) as Record<string, unknown>;
    expect(settings).toMatchObject({
      mode: 'windowed',
      idleSeconds: 120,
      staffPinConfigured: true,
    });
    expect(response).not.toContain(pin.hash);
    expect(response).not.toContain(pin.salt);
  });

  it('still serves settings from a bad config file, with errors naming each field', async () => {
    const to = await serverWithConfig(
      JSON.stringify({ idleSeconds: 'soon', printing: false, langauges: ['nl'] }),
    );
    const response = await request('GET', '/__kiosk/settings.json', { to });
    expect(statusOf(response)).toBe(200);
    const settings = JSON.parse(bodyOf(response)) as {
      idleSeconds: number;
      printing: boolean;
      configProblems: number;
    };
    expect(settings.idleSeconds).toBe(90);
    expect(settings.printing).toBe(false);
    // Only the count: what the problems are (values, paths) is for unlocked staff.
    expect(settings.configProblems).toBe(3);
    expect(bodyOf(response)).not.toMatch(/soon|langauges/);
  });

  it('serves defaults with a file error when the config is not JSON', async () => {
    const to = await serverWithConfig('{ "mode": ');
    const response = await request('GET', '/__kiosk/settings.json', { to });
    const settings = JSON.parse(bodyOf(response)) as { configProblems: number };
    expect(settings.configProblems).toBe(1);
  });

  it('serves defaults, without an error, when the config path does not exist', async () => {
    const extra = createPreviewServer(roots, {
      kiosk: createPreviewKiosk(loadKioskSetup(join(base, 'no', 'such.json'), roots.locales)),
    });
    extraServers.push(extra);
    const to = Number(new URL(await listenOnLoopback(extra, 0)).port);
    const response = await request('GET', '/__kiosk/settings.json', { to });
    expect(JSON.parse(bodyOf(response))).toMatchObject({ mode: 'kiosk', configProblems: 0 });
  });

  it('refuses other methods with 405 and the allowed ones', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await request(method, '/__kiosk/settings.json', { body: '' });
      expect(statusOf(response)).toBe(405);
      expect(headerOf(response, 'Allow')).toBe('GET, HEAD');
    }
  });
});

describe('preview server: /__kiosk/unlock', () => {
  it('says no PIN is configured on the defaults', async () => {
    const response = await unlock('1234');
    expect(statusOf(response)).toBe(200);
    expect(JSON.parse(bodyOf(response))).toEqual({ ok: false, reason: 'no-pin-configured' });
  });

  it('checks the PIN with the same lockout as the app', async () => {
    const pin = hashPin('258013', Buffer.alloc(24, 4));
    const to = await serverWithConfig(
      JSON.stringify({ staffPinHash: pin.hash, staffPinSalt: pin.salt }),
    );
    const answer = async (typed: string) => JSON.parse(bodyOf(await unlock(typed, { to })));
    expect(await answer('258013')).toEqual({ ok: true, sessionSeconds: 120 });
    expect(await answer('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
    expect(await answer('not a pin')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 1 });
    expect(await answer('1111')).toMatchObject({ ok: false, reason: 'locked' });
    const locked = await answer('258013');
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect(locked.secondsLeft).toBeGreaterThan(55);
    expect(locked.secondsLeft).toBeLessThanOrEqual(60);
  });

  it('answers with the same service as the app: staff diagnostics with its log, no exit', async () => {
    const pin = hashPin('258013', Buffer.alloc(24, 5));
    const to = await serverWithConfig(
      JSON.stringify({ staffPinHash: pin.hash, staffPinSalt: pin.salt }),
    );
    const diagnostics = () => request('GET', '/__kiosk/diagnostics.json', { to });
    expect(statusOf(await diagnostics())).toBe(403);
    await unlock('258013', { to });
    const act = async (body: unknown) =>
      JSON.parse(
        bodyOf(await request('POST', '/__kiosk/action', { to, body: JSON.stringify(body) })),
      );
    expect(await act({ action: 'exit' })).toMatchObject({ ok: false });
    expect(await act({ action: 'presenter-on' })).toMatchObject({
      ok: true,
      settings: { presenterMode: true },
    });
    const shown = JSON.parse(bodyOf(await diagnostics()));
    expect(shown).toMatchObject({ version: 'preview', configErrors: [] });
    expect(shown.logTail.join('\n')).toMatch(/INFO staff panel unlocked[\s\S]*presenter-on/);
  });

  it('accepts a request from its own page (same Origin)', async () => {
    const response = await unlock('1234', { headers: { Origin: `http://127.0.0.1:${port}` } });
    expect(statusOf(response)).toBe(200);
  });

  it('refuses a request sent by a page of another origin', async () => {
    const response = await unlock('1234', { headers: { Origin: 'https://evil.example' } });
    expect(statusOf(response)).toBe(403);
  });

  it.each([
    ['not JSON', 'pin=1234'],
    ['no pin', '{}'],
    ['a number', '{"pin": 1234}'],
    ['null', 'null'],
    ['a list', '["1234"]'],
    ['empty', ''],
  ])('refuses a body that is %s with 400', async (_name, body) => {
    const response = await request('POST', '/__kiosk/unlock', { body });
    expect(statusOf(response)).toBe(400);
  });

  it(`refuses a body over ${MAX_UNLOCK_BODY_BYTES} bytes with 413`, async () => {
    expect(MAX_UNLOCK_BODY_BYTES).toBe(1024);
    const padded = JSON.stringify({ pin: '1234', pad: 'x'.repeat(MAX_UNLOCK_BODY_BYTES) });
    expect(statusOf(await request('POST', '/__kiosk/unlock', { body: padded }))).toBe(413);
  });

  it('counts an oversized body that hides its length (chunked) as 413 too', async () => {
    const chunk = 'x'.repeat(600);
    const body = `${(600).toString(16)}\r\n${chunk}\r\n`.repeat(3) + '0\r\n\r\n';
    const response = await request('POST', '/__kiosk/unlock', {
      body,
      headers: { 'Transfer-Encoding': 'chunked' },
    });
    expect(statusOf(response)).toBe(413);
  });

  it('accepts a body of exactly the limit', async () => {
    const filler = 'x'.repeat(MAX_UNLOCK_BODY_BYTES - JSON.stringify({ pin: '1', p: '' }).length);
    const body = JSON.stringify({ pin: '1', p: filler });
    expect(Buffer.byteLength(body)).toBe(MAX_UNLOCK_BODY_BYTES);
    expect(statusOf(await request('POST', '/__kiosk/unlock', { body }))).toBe(200);
  });

  it('refuses other methods with 405', async () => {
    for (const method of ['GET', 'HEAD', 'PUT']) {
      const response = await request(method, '/__kiosk/unlock');
      expect(statusOf(response)).toBe(405);
      expect(headerOf(response, 'Allow')).toBe('POST');
    }
  });
});

describe('preview server: the rest of /__kiosk/', () => {
  it.each([
    '/__kiosk/',
    '/__kiosk/settings',
    '/__kiosk/settings.json/',
    '/__kiosk/diagnostics',
    '/__kiosk/../index.html',
    '/__kiosk/%2e%2e/index.html',
    '/__kiosk//settings.json',
  ])('answers %s with 404', async (target) => {
    const response = await request('GET', target);
    expect(statusOf(response)).toBe(404);
    expect(response).not.toContain('<title>kiosk</title>');
  });

  it('refuses a foreign Host header here too (DNS rebinding)', async () => {
    const response = await request('GET', '/__kiosk/settings.json', {
      headers: { Host: 'evil.example' },
    });
    expect(statusOf(response)).toBe(421);
  });
});
