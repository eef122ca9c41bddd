import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from './http-headers';
import { serveRequest, type ServedRoots } from './serve-file';

let base: string;
let roots: ServedRoots;
const SECRET = 'TOP-SECRET-OUTSIDE-ROOT';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'serve-file-'));
  roots = {
    renderer: join(base, 'out', 'renderer'),
    locales: join(base, 'locales'),
    resources: join(base, 'resources'),
  };
  for (const dir of Object.values(roots)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(roots.locales, 'nl'));
  writeFileSync(
    join(roots.renderer, 'index.html'),
    '<!doctype html><html lang="nl"><title>ok</title></html>',
  );
  writeFileSync(join(roots.locales, 'nl', 'common.json'), '{"a":"b"}');
  writeFileSync(join(roots.resources, 'deck.json'), '{"slides":[]}');
  writeFileSync(join(roots.resources, 'drawing.svg'), '<svg><script>alert(1)</script></svg>');
  writeFileSync(join(roots.renderer, 'out-of-order.html'), '<html lang="{{lang}}">{{title}}');
  mkdirSync(join(roots.locales, 'en'));
  writeFileSync(
    join(roots.locales, 'en', 'kiosk.json'),
    JSON.stringify({ 'out-of-order': { title: 'Out of order' } }),
  );
  mkdirSync(join(roots.renderer, 'assets'));
  for (const asset of ['index.js', 'index.css', 'font.woff2']) {
    writeFileSync(join(roots.renderer, 'assets', asset), 'x');
  }
  writeFileSync(join(base, 'secret.json'), SECRET);
  symlinkSync(join(base, 'secret.json'), join(roots.resources, 'escape.json'));
  symlinkSync(base, join(roots.resources, 'up'));
  symlinkSync(join(roots.resources, 'deck.json'), join(roots.resources, 'inside.json'));
  mkdirSync(join(roots.resources, 'folder.json'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('serveRequest', () => {
  it('serves the start page with a strict Content-Security-Policy', async () => {
    const response = await serveRequest('/', roots);
    expect(response.status).toBe(200);
    expect(response.body?.toString()).toContain('<title>ok</title>');
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    const csp = response.headers['Content-Security-Policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['/', 'no-cache'],
    ['/out-of-order.html', 'no-cache'],
    ['/assets/index.js', 'max-age=31536000, immutable'],
    ['/resources/drawing.svg', 'max-age=3600'],
    ['/locales/nl/common.json', 'max-age=3600'],
  ])('lets a page keep %s as long as it cannot change (%s)', async (target, cacheControl) => {
    expect((await serveRequest(target, roots)).headers['Cache-Control']).toBe(cacheControl);
  });

  it('serves the start page in the configured default language', async () => {
    const stamped = await serveRequest('/', roots, 'GET', { pageLanguage: 'en' });
    expect(stamped.body?.toString()).toContain('<html lang="en">');
    expect(stamped.headers['Content-Length']).toBe(String(stamped.body?.length));
    const asBuilt = await serveRequest('/index.html', roots);
    expect(asBuilt.body?.toString()).toContain('<html lang="nl">');
    const locale = await serveRequest('/locales/nl/common.json', roots, 'GET', {
      pageLanguage: 'en',
    });
    expect(locale.body?.toString()).toBe('{"a":"b"}');
  });

  it.each([
    '/resources/drawing.svg',
    '/resources/deck.json',
    '/locales/nl/common.json',
    '/assets/index.js',
    '/assets/index.css',
    '/assets/font.woff2',
  ])('sends the policy, sandboxed, and nosniff with %s too', async (target) => {
    const response = await serveRequest(target, roots);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; sandbox`);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('does not sandbox the page itself, which must run its script', async () => {
    const response = await serveRequest('/index.html', roots);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the out-of-order page translated, with the page policy', async () => {
    const response = await serveRequest('/out-of-order.html?lng=en&retry=30', roots);
    expect(response.status).toBe(200);
    expect(response.body?.toString()).toBe('<html lang="en">Out of order');
    expect(response.headers['Content-Length']).toBe(String(response.body?.length));
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the locales and resources roots with JSON content types', async () => {
    const locale = await serveRequest('/locales/nl/common.json', roots);
    expect(locale.status).toBe(200);
    expect(locale.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect((await serveRequest('/resources/deck.json', roots)).status).toBe(200);
  });

  it('follows a symlink that stays inside its root', async () => {
    expect((await serveRequest('/resources/inside.json', roots)).status).toBe(200);
  });

  it.each([
    '/resources/escape.json',
    '/resources/up/secret.json',
    '/resources/up/out/renderer/index.html',
  ])('refuses %s, a symlink out of its root', async (target) => {
    const response = await serveRequest(target, roots);
    expect(response.status).toBeGreaterThanOrEqual(403);
    expect(response.body?.toString()).not.toContain(SECRET);
  });

  it('answers 404 for a missing file and for a directory', async () => {
    expect((await serveRequest('/missing.html', roots)).status).toBe(404);
    expect((await serveRequest('/resources/folder.json', roots)).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveRequest('/', roots, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const post = await serveRequest('/', roots, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['Allow']).toBe('GET, HEAD');
  });
});
