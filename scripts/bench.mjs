// `npm run bench`: drives the built UI (through serve:web) in Chromium and writes one JSON object
// to bench-results.json and stdout. Timings are the median of 3 runs; `--record` also appends it to
// bench/history.jsonl.

import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from './lib/chromium.mjs';

const RUNS = 3;
const WARM_UP_CHANGES = 500;
const CHANGES = 500;
const SOAK_CHANGES = 5000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 100) / 100;

// jsRaw/jsGzip: the JavaScript the start page loads: the entry index.html names, the app chunks
// the entry always loads once the first screen has painted (its dynamic imports), and whatever
// those import statically. Chunks loaded later on demand (the chooser, the presenter view) are
// counted apart in jsLazyRaw/jsLazyGzip.
function startUpScripts(dir, html) {
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const found = new Set(entries);
  for (const entry of entries) {
    const deps = /m\.f=\[([^\]]*)\]/.exec(read(entry))?.[1] ?? '';
    for (const m of deps.matchAll(/"\.\/([\w-]+\.js)"/g)) found.add(m[1]);
  }
  for (const file of found) {
    for (const m of read(file).matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)) found.add(m[1]);
  }
  return [...found];
}

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
  const initial = startUpScripts(dir, html);
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

// Runs in the page before any of its scripts, so markup in index.html counts from the moment the
// parser inserts it. `window.__painted` resolves with the time of the first frame painted after
// `selectors` are all in the DOM and the web font faces of `weights` have loaded;
// `window.__imagePainted` with that of the first frame after the image `image` has loaded.
// `window.__largest` collects the largest-contentful-paint candidates.
function watchPaints({ selectors, weights, image }) {
  const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  const paintedOnceTrue = (condition) =>
    new Promise((resolve) => {
      const check = () => (condition() ? resolve(performance.now()) : afterFrame(check));
      check();
    });
  const fontsIn = () =>
    weights.every((weight) =>
      [...document.fonts].some(
        (face) =>
          face.family.includes('Atkinson') && face.weight === weight && face.status === 'loaded',
      ),
    );
  const domReady = (wanted) =>
    new Promise((resolve) => {
      const ready = () => wanted.every((selector) => document.querySelector(selector));
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  window.__painted = domReady(selectors).then(() => paintedOnceTrue(fontsIn));
  window.__imagePainted = image
    ? domReady([image]).then(() =>
        paintedOnceTrue(() => {
          const element = document.querySelector(image);
          return element?.complete && element.naturalWidth > 0;
        }),
      )
    : Promise.resolve(undefined);
  window.__largest = [];
  new PerformanceObserver((list) => window.__largest.push(...list.getEntries())).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
}

// The first slide: its heading painted with the web font (firstSlideMs), and the largest paint of
// the same load (largestPaintMs): the later of the last largest-contentful-paint candidate and the
// frame that shows the slide's illustration. Chromium skips images of low entropy, as flat SVG
// illustrations are, as candidates, so the illustration's frame is watched for itself.
async function firstSlideTimes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(watchPaints, {
    selectors: ['[aria-current="true"][data-slide-index] h1'],
    weights: ['700'],
    image: '[aria-current="true"][data-slide-index] img',
  });
  await page.goto(`${url}#/slide/1`);
  const firstSlide = await page.evaluate(() => window.__painted);
  const illustration = await page.evaluate(() => window.__imagePainted);
  // Long enough for an entrance animation to end, so the last candidate has been reported.
  await page.waitForTimeout(600);
  const candidate = await page.evaluate(() => window.__largest.at(-1)?.startTime ?? 0);
  await context.close();
  return { firstSlide, largestPaint: Math.max(illustration, candidate) };
}

// The start screen: its heading and start button painted with both web font faces in.
async function startScreenMs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(watchPaints, {
    selectors: ['.start-screen h1', '.start-screen .start-button'],
    weights: ['400', '700'],
  });
  await page.goto(url);
  const ms = await page.evaluate(() => window.__painted);
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
  // The app itself, not the ready-made first screen index.html shows until it has started.
  await page.waitForSelector('html[data-app-started] [aria-current="true"][data-slide-index] h1');
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
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const listeners = metrics.find((metric) => metric.name === 'JSEventListeners').value;
    return { heap: usedSize, domNodes, listeners };
  };
  // Warm up to steady state first: over the first few hundred changes V8 compiles optimised code
  // for the deck (a heap snapshot comparison shows ~0.5 MB of InstructionStream and its byte
  // arrays, and no JavaScript objects); growth after that is what a long-running kiosk keeps.
  await changeTimes(page, WARM_UP_CHANGES);
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

// `npm run bench -- --record` appends the run to bench/history.jsonl, so the trend stays in the
// repository.
function recordHistory(results) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], {
    encoding: 'utf8',
  }).trim();
  const line = {
    commit: dirty ? `${commit}+dirty` : commit,
    date: new Date().toISOString(),
    ...results,
  };
  mkdirSync('bench', { recursive: true });
  appendFileSync(join('bench', 'history.jsonl'), `${JSON.stringify(line)}\n`);
}

// `--start-only`: the three start figures alone (medians of 5), printed, nothing written; for
// trying a change quickly before a full run.
async function startOnly(browser, url) {
  const first = [];
  const largest = [];
  const startScreen = [];
  for (let run = 0; run < 5; run += 1) {
    const slide = await firstSlideTimes(browser, url);
    first.push(slide.firstSlide);
    largest.push(slide.largestPaint);
    startScreen.push(await startScreenMs(browser, url));
  }
  console.log(
    JSON.stringify({
      firstSlideMs: round(median(first)),
      largestPaintMs: round(median(largest)),
      startScreenMs: round(median(startScreen)),
    }),
  );
}

async function main() {
  const { url, server } = await startPreviewServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // GC on demand, so heap growth is measured after collection.
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    if (process.argv.includes('--start-only')) return await startOnly(browser, url);
    const first = [];
    const largest = [];
    const startScreen = [];
    const change = { p50: [], p95: [] };
    const animated = { p50: [], p95: [] };
    const memory = [];
    for (let run = 0; run < RUNS; run += 1) {
      const slide = await firstSlideTimes(browser, url);
      first.push(slide.firstSlide);
      largest.push(slide.largestPaint);
      startScreen.push(await startScreenMs(browser, url));
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
      largestPaintMs: round(median(largest)),
      startScreenMs: round(median(startScreen)),
      changeMs: { p50: round(median(change.p50)), p95: round(median(change.p95)) },
      changeAnimatedMs: { p50: round(median(animated.p50)), p95: round(median(animated.p95)) },
      heapBytes: { before: middle.before.heap, after: middle.after.heap },
      domNodes: { before: middle.before.domNodes, after: middle.after.domNodes },
      listeners: { before: middle.before.listeners, after: middle.after.listeners },
      bytes: bundleBytes(),
      runs: RUNS,
      changes: CHANGES,
      soakChanges: SOAK_CHANGES,
    };
    results.targets = {
      firstSlideMs: results.firstSlideMs <= 120,
      largestPaintMs: results.largestPaintMs <= 150,
      startScreenMs: results.startScreenMs <= 120,
      changeP95: results.changeMs.p95 <= 17,
      heapGrowth: results.heapBytes.after - results.heapBytes.before <= 200_000,
      domNodesUnchanged: results.domNodes.after === results.domNodes.before,
      listenersUnchanged: results.listeners.after === results.listeners.before,
      jsGzip: results.bytes.jsGzip <= 120_000,
    };
    const json = JSON.stringify(results, null, 2);
    writeFileSync('bench-results.json', `${json}\n`);
    process.stdout.write(`${json}\n`);
    if (process.argv.includes('--record')) recordHistory(results);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
