import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/internal-regex': '^@(shared|locales)/',
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      // Resolves what the build resolves (TypeScript sources, the @shared alias), so the cycle
      // rule follows every import.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.d.mts', '.js', '.mjs', '.json'],
          alias: {
            '@shared': [fileURLToPath(new URL('src/shared', import.meta.url))],
            '@locales': [fileURLToPath(new URL('locales', import.meta.url))],
          },
        }),
      ],
    },
    rules: {
      // The import graph stays a tree of layers: no module reaches itself through its imports.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Who runs what: only the Electron app (src/main) and its preload may import electron; the
    // Node code both entries run (src/node) and the preview server never reach into the app.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only src/main/ and src/preload/ run in Electron; pass what you need in from there.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/node', './src/preview'],
              from: ['./src/main', './src/preload', './src/renderer'],
              message: 'src/node and src/preview run without Electron: no app code here.',
            },
            {
              target: './src/node',
              from: './src/preview',
              message: 'The preview server uses src/node, not the other way round.',
            },
            {
              target: './src/shared',
              from: [
                './src/main',
                './src/node',
                './src/preview',
                './src/preload',
                './src/renderer',
              ],
              message: 'src/shared is used by every side and depends on none of them.',
            },
            {
              target: './src/renderer',
              from: ['./src/main', './src/node', './src/preview', './src/preload'],
              message: 'The renderer reaches the main process only through window.kiosk.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/node/**/*.ts',
      'src/preview/**/*.ts',
      'src/preload/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'e2e/**/*.{ts,mjs}',
      'test/**/*.{ts,mjs}',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'e2e/**/*.{ts,mjs}', 'test/**/*.{ts,mjs}', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Code these scripts hand to page.evaluate runs in the browser.
    files: ['scripts/bench.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
