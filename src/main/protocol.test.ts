import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

const registered: unknown[] = [];
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => registered.push(...schemes) },
}));

const { answerAppRequest, registerAppScheme } = await import('./protocol');

const base = mkdtempSync(join(tmpdir(), 'protocol-'));
const roots = { renderer: join(base, 'r'), locales: join(base, 'l'), resources: join(base, 's') };
for (const dir of Object.values(roots)) mkdirSync(dir);
writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html>');

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(registered).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
    });
  });

  it('answers the app host with the file and its CSP', async () => {
    const response = await answerAppRequest(new Request('app://kiosk/index.html'), roots);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 for another host and for traversal', async () => {
    expect((await answerAppRequest(new Request('app://evil/index.html'), roots)).status).toBe(404);
    const traversal = await answerAppRequest(
      new Request('app://kiosk/%2e%2e/%2e%2e/etc/passwd'),
      roots,
    );
    expect(traversal.status).toBeGreaterThanOrEqual(400);
  });
});
