import { describe, expect, it } from 'vitest';

import { contentTypeFor, resolveRequestPath } from './resolve-path';

// Each of these must be refused before any file is touched.
const HOSTILE: string[] = [
  '/..',
  '/../package.json',
  '/../../etc/passwd',
  '/assets/../../package.json',
  '/locales/../package.json',
  '/resources/../../../etc/shadow',
  '/./index.html',
  '/assets/./index.js',
  '/%2e%2e/package.json',
  '/%2E%2E/package.json',
  '/%2e%2e%2fpackage.json',
  '/..%2fpackage.json',
  '/..%2Fpackage.json',
  '/..%5cpackage.json',
  '/%252e%252e/package.json',
  '/%c0%ae%c0%ae/package.json',
  '/..\\package.json',
  '/\\..\\package.json',
  '/resources\\..\\..\\package.json',
  '/index.html%00.json',
  '/index.html\u0000.json',
  '/locales/nl/common.json%00',
  '//etc/passwd',
  '///etc/passwd',
  '/resources//deck.json',
  'C:\\Windows\\win.ini',
  'C:/Windows/win.ini',
  '/C:/Windows/win.ini',
  'etc/passwd',
  '',
  '*',
  'http://evil.example/index.html',
  'app://kiosk/../package.json',
  '/.git/config',
  '/.env',
  '/resources/.hidden.json',
  '/locales/nl/.common.json',
  '/package.json.',
  '/index.html ',
  '/index%20.html',
  '/CON.json',
  '/resources/nul.svg',
  '/resources/aux',
  '/assets/',
  '/locales/',
  '/resources',
  '/index.exe',
  '/server.key',
  '/resources/deck.json\r\nX-Injected: 1',
  '/\u202eindex.html',
  '/résumé.html',
  `/${'a/'.repeat(600)}index.html`,
];

describe('resolveRequestPath', () => {
  it.each(HOSTILE)('refuses %j', (target) => {
    const resolution = resolveRequestPath(target);
    expect(resolution.ok).toBe(false);
  });

  it('refuses dot segments with 403 and encoded ones with 400', () => {
    expect(resolveRequestPath('/../package.json')).toMatchObject({ ok: false, status: 403 });
    expect(resolveRequestPath('/%2e%2e/package.json')).toMatchObject({ ok: false, status: 400 });
    expect(resolveRequestPath('/unknown.xyz')).toMatchObject({ ok: false, status: 404 });
  });

  it.each([
    ['/', 'renderer', ['index.html'], 'text/html; charset=utf-8'],
    ['/index.html', 'renderer', ['index.html'], 'text/html; charset=utf-8'],
    ['/index.html?x=1#/slide/3', 'renderer', ['index.html'], 'text/html; charset=utf-8'],
    ['/?lang=en', 'renderer', ['index.html'], 'text/html; charset=utf-8'],
    [
      '/assets/index-CC4FF4si.js',
      'renderer',
      ['assets', 'index-CC4FF4si.js'],
      'text/javascript; charset=utf-8',
    ],
    [
      '/assets/index-g32-u10v.css',
      'renderer',
      ['assets', 'index-g32-u10v.css'],
      'text/css; charset=utf-8',
    ],
    [
      '/assets/font-400-normal-FfmJh7DR.woff2',
      'renderer',
      ['assets', 'font-400-normal-FfmJh7DR.woff2'],
      'font/woff2',
    ],
    ['/favicon.svg', 'renderer', ['favicon.svg'], 'image/svg+xml'],
    [
      '/locales/nl/common.json',
      'locales',
      ['nl', 'common.json'],
      'application/json; charset=utf-8',
    ],
    ['/resources/deck.json', 'resources', ['deck.json'], 'application/json; charset=utf-8'],
    [
      '/resources/illustrations/slides/vary.svg',
      'resources',
      ['illustrations', 'slides', 'vary.svg'],
      'image/svg+xml',
    ],
    ['/resources/icon.PNG', 'resources', ['icon.PNG'], 'image/png'],
  ])('serves %s from %s', (target, root, segments, contentType) => {
    expect(resolveRequestPath(target)).toEqual({ ok: true, root, segments, contentType });
  });

  it('knows the content type of every file type we ship', () => {
    expect(contentTypeFor('a.woff')).toBe('font/woff');
    expect(contentTypeFor('a.jpg')).toBe('image/jpeg');
    expect(contentTypeFor('a.webp')).toBe('image/webp');
    expect(contentTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('noextension')).toBeUndefined();
  });
});
