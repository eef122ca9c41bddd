// Takes touch-emulated screenshots of the UI (landscape and portrait, Dutch and English) for a
// person to look at: node scripts/screenshots.mjs [hash …]   → screenshots/*.png
// With --presenter: the presenter view beside a patient's screen on slide 6, at full HD and on
// a 1366×768 laptop.

import { mkdirSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from './lib/chromium.mjs';

const presenter = process.argv.includes('--presenter');
const args = process.argv.slice(2).filter((arg) => arg !== '--presenter');
const hashes = args.length ? args : [''];
const LANGUAGES = ['nl', 'en'];
const { url, server } = await startPreviewServer();
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });

async function pageIn(context, language) {
  const page = await context.newPage();
  await page.addInitScript((lng) => sessionStorage.setItem('physio-kiosk.language', lng), language);
  return page;
}

async function shoot(page, name) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `screenshots/${name}.png` });
  console.log(`screenshots/${name}.png`);
}

async function screens() {
  for (const [orientation, viewport] of [
    ['landscape', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
  ]) {
    for (const language of LANGUAGES) {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const page = await pageIn(context, language);
      for (const hash of hashes) {
        await page.goto(url + hash);
        await shoot(
          page,
          `${(hash || 'start').replace(/[^a-z0-9-]+/gi, '_')}-${language}-${orientation}`,
        );
      }
      await context.close();
    }
  }
}

async function presenterScreens() {
  for (const [size, viewport] of [
    ['1920x1080', { width: 1920, height: 1080 }],
    ['1366x768', { width: 1366, height: 768 }],
  ]) {
    for (const language of LANGUAGES) {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const audience = await pageIn(context, language);
      await audience.goto(`${url}#/slide/6`);
      const view = await context.newPage();
      await view.goto(`${url}#/presenter`);
      await view.getByTestId('presenter-view').waitFor();
      await shoot(view, `presenter-${language}-${size}`);
      await context.close();
    }
  }
}

try {
  await (presenter ? presenterScreens() : screens());
} finally {
  await browser.close();
  server.kill();
}
