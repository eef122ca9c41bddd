import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

import { checkDeck } from './scripts/lib/check-deck-plugin';
import { firstScreens } from './scripts/lib/first-screens-plugin';
import { preloadFonts } from './scripts/lib/preload-fonts-plugin';
import { preloadImages } from './scripts/lib/preload-images-plugin';

// The deck itself is checked by checkDeck; here only the first slide's illustration is read.
const deck = JSON.parse(readFileSync(resolve('resources/deck.json'), 'utf8')) as {
  slides: { illustration: string }[];
};
const firstIllustrations = [
  'illustrations/start.svg',
  ...deck.slides.slice(0, 1).map((s) => s.illustration),
];

export default defineConfig({
  main: {
    build: {
      // The main process bundles its few packages, so the packaged app ships no node_modules.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The loopback preview server: a Node program of its own, built beside the app because
          // it runs the same serving and kiosk code (src/node/).
          'preview-server': resolve('src/preview/preview-server.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: {
      alias: { '@shared': resolve('src/shared'), '@locales': resolve('locales') },
    },
    // The start screen's two faces: regular and bold, Latin.
    plugins: [
      react(),
      checkDeck(resolve('.')),
      preloadFonts(/-latin-(400|700)-normal-/),
      preloadImages(firstIllustrations),
      firstScreens(),
    ],
    build: {
      minify: true,
      assetsInlineLimit: 0,
      // One stylesheet, linked from index.html: the ready-made first screens paint with it before
      // the app's chunk (whose components import the styles) has run.
      cssCodeSplit: false,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          // A static page of its own, shown by main when the app fails to load.
          'out-of-order': resolve('src/renderer/out-of-order.html'),
        },
      },
    },
  },
});
