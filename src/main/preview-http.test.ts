import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPreviewServer, listenOnLoopback, portFromEnv } from './preview-http';

let base: string;
let server: Server;
let port: number;
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

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'preview-http-'));
  const roots = {
    renderer: join(base, 'out', 'renderer'),
    locales: join(base, 'locales'),
    resources: join(base, 'resources'),
  };
  for (const dir of Object.values(roots)) mkdirSync(dir, { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(base, 'package.json'), SECRET);
  writeFileSync(join(base, 'out', 'secret.json'), SECRET);
  server = createPreviewServer(roots);
  const url = await listenOnLoopback(server, 0);
  port = Number(new URL(url).port);
  expect(url).toBe(`http://127.0.0.1:${port}/`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves the UI with the same CSP as the app scheme', async () => {
    const response = await rawRequest('/');
    expect(statusOf(response)).toBe(200);
    expect(response).toContain("Content-Security-Policy: default-src 'none'");
    expect(response).toContain('<title>kiosk</title>');
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

  it('reads the port from PORT and rejects junk', () => {
    expect(portFromEnv(undefined)).toBe(0);
    expect(portFromEnv('')).toBe(0);
    expect(portFromEnv('4173')).toBe(4173);
    expect(() => portFromEnv('80a')).toThrow(/PORT/);
    expect(() => portFromEnv('70000')).toThrow(/PORT/);
  });
});
