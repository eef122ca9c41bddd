// `node scripts/profile-start.mjs [hash]`: loads the built UI (through serve:web) in Chromium with
// tracing on and prints where start-up time goes: the network waterfall, parse and evaluate of
// the scripts, the app's own marks (settings, i18n, deck, first render), layout, paint, image
// decode and the paint milestones. Times are milliseconds from navigation start. The raw trace
// goes to bench/start-trace.json (not committed) for chrome://tracing or Perfetto.

import { mkdirSync, writeFileSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from './lib/chromium.mjs';

const HASH = process.argv[2] ?? '#/slide/1';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'netlog',
  'blink',
];

const ms = (n) => Math.round(n * 10) / 10;

function summarise(events) {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame,
  );
  const zero = navigation?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const at = (ts) => ms((ts - zero) / 1000);
  const rows = [];

  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    const request = requests.get(data.requestId) ?? {};
    if (e.name === 'ResourceSendRequest')
      Object.assign(request, { url: data.url, start: e.ts, priority: data.priority });
    if (e.name === 'ResourceReceiveResponse') request.response = e.ts;
    if (e.name === 'ResourceFinish') request.end = e.ts;
    requests.set(data.requestId, request);
  }
  for (const r of [...requests.values()].filter((r) => r.url).sort((a, b) => a.start - b.start)) {
    const path = new URL(r.url).pathname;
    rows.push([`fetch ${path} (${r.priority})`, at(r.start), r.end ? at(r.end) : '?']);
  }

  const complete = events.filter((e) => e.ph === 'X' && e.ts >= zero);
  const scriptNames = new Set([
    'v8.compile',
    'v8.compileModule',
    'EvaluateScript',
    'v8.evaluateModule',
  ]);
  for (const e of complete.filter((e) => scriptNames.has(e.name))) {
    const url = e.args?.data?.url ?? e.args?.fileName ?? '';
    if (!url.includes('/assets/')) continue;
    rows.push([`${e.name} ${new URL(url).pathname}`, at(e.ts), at(e.ts + e.dur)]);
  }

  const marks = events.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('kiosk:'));
  for (const e of marks) rows.push([`mark ${e.name}`, at(e.ts), at(e.ts)]);

  for (const name of ['firstPaint', 'firstContentfulPaint', 'largestContentfulPaint::Candidate']) {
    for (const e of events.filter((e) => e.name === name && e.ts >= zero))
      rows.push([name, at(e.ts), at(e.ts)]);
  }

  const totals = {};
  for (const e of complete) {
    const group = /Decode|ImageDecode/.test(e.name)
      ? 'image decode'
      : e.name === 'Layout'
        ? 'layout'
        : e.name === 'UpdateLayoutTree'
          ? 'style recalc'
          : e.name === 'Paint' || e.name === 'PaintImage'
            ? 'paint'
            : e.name === 'ParseHTML'
              ? 'parse HTML'
              : e.name === 'FunctionCall' ||
                  e.name === 'EventDispatch' ||
                  e.name === 'RunMicrotasks'
                ? 'script (calls, events, microtasks)'
                : undefined;
    if (!group) continue;
    const entry = (totals[group] ??= { ms: 0, count: 0, first: at(e.ts) });
    entry.ms += e.dur / 1000;
    entry.count += 1;
  }

  rows.sort((a, b) => a[1] - b[1]);
  return { rows, totals };
}

// Self time per function from a V8 CPU profile of the same load, the top `count`.
function hottest(profile, count) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const file = url ? new URL(url).pathname.split('/').pop() : '';
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

async function main() {
  const { url, server } = await startPreviewServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    // One warm-up load, as the bench's later runs are: the disk cache and V8's code cache filled.
    await page.goto(`${url}${HASH}`);
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${url}${HASH}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/start-trace.json', JSON.stringify(events));
    const { rows, totals } = summarise(events);
    console.log(`start-up of ${HASH}, ms from navigation start (start → end)`);
    for (const [what, start, end] of rows)
      console.log(`${String(start).padStart(7)} → ${String(end).padStart(7)}  ${what}`);
    console.log('\ntotals on the main thread (ms, count, first at)');
    for (const [group, { ms: total, count, first }] of Object.entries(totals))
      console.log(`${ms(total).toString().padStart(7)}  ×${count}  @${first}  ${group}`);
    console.log('\nCPU profile, self time (ms), top 20');
    for (const [name, total] of hottest(profile, 20))
      console.log(`${ms(total).toString().padStart(7)}  ${name}`);
    await context.close();
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
