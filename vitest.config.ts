import { resolve } from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@shared': resolve('src/shared'), '@locales': resolve('locales') },
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      // Whole-project checks: content, translations, palette, security audit, packaging config.
      'test/checks/**/*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
  },
});
