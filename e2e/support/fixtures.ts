// The shared test fixture: every test fails on a console error, an uncaught page error, or a
// request that leaves the app's origin.

import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
  /** Origins besides the test server's that count as the app (a server a test started itself). */
  allowedOrigins: Set<string>;
}

const LOCAL_SCHEMES = ['data:', 'blob:'];

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = {
    errors: [],
    foreignRequests: [],
    allowedOrigins: new Set([origin]),
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    const own = [...problems.allowedOrigins].some((allowed) => url.startsWith(`${allowed}/`));
    if (!own && !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) {
      problems.foreignRequests.push(url);
    }
  });
  return problems;
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watchPage(page, new URL(baseURL ?? '/').origin);
      await use(problems);
      expect(problems.errors, 'console errors or page errors').toEqual([]);
      expect(problems.foreignRequests, 'requests outside the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
