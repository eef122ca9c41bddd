// The boot tests: the *built* main process (and the packaged app) booted in Node with a
// stand-in for `electron`. They run after `npm run build`, so they are kept apart from the
// unit tests.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/boot/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
