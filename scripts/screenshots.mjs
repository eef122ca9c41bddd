// Takes touch-emulated screenshots of the UI (landscape and portrait, Dutch and English) for a
// person to look at: node scripts/screenshots.mjs [hash …]   → screenshots/*.png

import { mkdirSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from './lib/chromium.mjs';

const hashes = process.argv.slice(2).length ? process.argv.slice(2) : [''];
const { url, server } = await startPreviewServer();
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const [orientation, viewport] of [
    ['landscape', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
  ]) {
    for (const language of ['nl', 'en']) {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const page = await context.newPage();
      await page.addInitScript(
        (lng) => sessionStorage.setItem('physio-kiosk.language', lng),
        language,
      );
      for (const hash of hashes) {
        await page.goto(url + hash);
        await page.waitForTimeout(600);
        const name = `screenshots/${(hash || 'start').replace(/[^a-z0-9-]+/gi, '_')}-${language}-${orientation}.png`;
        await page.screenshot({ path: name });
        console.log(name);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
