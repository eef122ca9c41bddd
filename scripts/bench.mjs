// `npm run bench`: drives the built UI (through serve:web) in Chromium and writes one JSON object
// to bench-results.json and stdout. Timings are the median of 3 runs.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

const RUNS = 3;
const CHANGES = 500;
const SOAK_CHANGES = 5000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--js-flags=--expose-gc',
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 100) / 100;

// jsRaw/jsGzip: the JavaScript the start page loads; chunks loaded later on demand (the chooser)
// are counted apart in jsLazyRaw/jsLazyGzip.
function bundleBytes() {
  const dir = join('out', 'renderer', 'assets');
  const html = readFileSync(join('out', 'renderer', 'index.html'), 'utf8');
  const sizes = (files) =>
    files.reduce(
      (acc, file) => {
        const data = readFileSync(join(dir, file));
        return { raw: acc.raw + data.length, gzip: acc.gzip + gzipSync(data, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const all = readdirSync(dir);
  const js = all.filter((file) => file.endsWith('.js'));
  const initial = js.filter((file) => html.includes(`assets/${file}`));
  const start = sizes(initial);
  const lazy = sizes(js.filter((file) => !initial.includes(file)));
  const css = sizes(all.filter((file) => file.endsWith('.css')));
  return {
    jsRaw: start.raw,
    jsGzip: start.gzip,
    cssRaw: css.raw,
    cssGzip: css.gzip,
    jsLazyRaw: lazy.raw,
    jsLazyGzip: lazy.gzip,
  };
}

async function firstSlideMs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  // Navigation start to the first frame painted with the first slide's heading.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[aria-current="true"][data-slide-index] h1')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__firstSlideMs = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${url}#/slide/1`);
  await page.waitForFunction(() => window.__firstSlideMs !== undefined);
  const ms = await page.evaluate(() => window.__firstSlideMs);
  await context.close();
  return ms;
}

async function openDeck(browser, url, reducedMotion) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    reducedMotion,
  });
  const page = await context.newPage();
  await page.goto(`${url}#/slide/1`);
  await page.waitForSelector('[aria-current="true"][data-slide-index] h1');
  return { context, page };
}

// Key press to the next painted frame that shows the new slide, measured inside the page.
function changeTimes(page, changes) {
  return page.evaluate(async (count) => {
    const total = Number(
      document.querySelector('[data-testid="slide-counter"]').textContent.split('/')[1],
    );
    const times = [];
    let forward = true;
    const shown = () =>
      Number(document.querySelector('[aria-current="true"][data-slide-index]').dataset.slideIndex);
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let i = 0; i < count; i += 1) {
      const before = shown();
      if (before === total - 1) forward = false;
      if (before === 0) forward = true;
      const start = performance.now();
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: forward ? 'ArrowRight' : 'ArrowLeft', bubbles: true }),
      );
      do await frame();
      while (shown() === before);
      times.push(performance.now() - start);
    }
    return times;
  }, changes);
}

async function memoryAfterChanges(browser, url) {
  const { context, page } = await openDeck(browser, url, 'reduce');
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heap: usedSize, domNodes };
  };
  await changeTimes(page, 40); // warm up: every slide has been shown once
  const before = await measure();
  await page.evaluate(async (count) => {
    const total = Number(
      document.querySelector('[data-testid="slide-counter"]').textContent.split('/')[1],
    );
    for (let i = 0; i < count; i += 1) {
      const key = Math.floor(i / (total - 1)) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, SOAK_CHANGES);
  await page.waitForTimeout(200);
  const after = await measure();
  await context.close();
  return { before, after };
}

async function main() {
  const server = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) =>
    createInterface({ input: server.stdout }).once('line', resolve),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const first = [];
    const change = { p50: [], p95: [] };
    const animated = { p50: [], p95: [] };
    const memory = [];
    for (let run = 0; run < RUNS; run += 1) {
      first.push(await firstSlideMs(browser, url));
      for (const [reducedMotion, target] of [
        ['reduce', change],
        ['no-preference', animated],
      ]) {
        const { context, page } = await openDeck(browser, url, reducedMotion);
        const times = await changeTimes(page, CHANGES);
        target.p50.push(percentile(times, 50));
        target.p95.push(percentile(times, 95));
        await context.close();
      }
      memory.push(await memoryAfterChanges(browser, url));
    }
    const heapGrowth = memory.map((m) => m.after.heap - m.before.heap);
    const middle = memory[heapGrowth.indexOf(median(heapGrowth))];
    const results = {
      firstSlideMs: round(median(first)),
      changeMs: { p50: round(median(change.p50)), p95: round(median(change.p95)) },
      changeAnimatedMs: { p50: round(median(animated.p50)), p95: round(median(animated.p95)) },
      heapBytes: { before: middle.before.heap, after: middle.after.heap },
      domNodes: { before: middle.before.domNodes, after: middle.after.domNodes },
      bytes: bundleBytes(),
      runs: RUNS,
      changes: CHANGES,
      soakChanges: SOAK_CHANGES,
    };
    results.targets = {
      firstSlideMs: results.firstSlideMs <= 120,
      changeP95: results.changeMs.p95 <= 17,
      heapGrowth: results.heapBytes.after - results.heapBytes.before <= 200_000,
      domNodesUnchanged: results.domNodes.after === results.domNodes.before,
      jsGzip: results.bytes.jsGzip <= 120_000,
    };
    const json = JSON.stringify(results, null, 2);
    writeFileSync('bench-results.json', `${json}\n`);
    process.stdout.write(`${json}\n`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
