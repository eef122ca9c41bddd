import { expect, test } from './support/fixtures';

// The preview server must refuse these exactly as the app:// scheme does (raw targets reach it
// un-normalised, so Playwright's request API with a raw path is the honest test).
const HOSTILE = [
  '/../package.json',
  '/..%2fpackage.json',
  '/%2e%2e/package.json',
  '/resources/../../package.json',
  '/locales/..\\..\\package.json',
  '/.git/config',
  '/index.html%00.json',
];

test('the preview server sends a strict CSP and refuses traversal', async ({ request }) => {
  const index = await request.get('/');
  expect(index.status()).toBe(200);
  const csp = index.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  for (const path of HOSTILE) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(await response.text(), path).not.toContain('"devDependencies"');
  }
});
