/**
 * Highlighting benchmark in real Chromium (not a test): generated pages of about
 * 100 KB, 1 MB and 5 MB of text with realistic structure, served under an
 * official hostname (DiploLens highlights) and under a news hostname (DiploLens
 * only detects: the baseline). Compared in the same run with mark.js marking
 * the same terms in its fastest use (one combined RegExp through markRegExp).
 *
 *   npm run build && npx tsx bench/highlight.ts [--sizes 0.1,1,5] [--runs 3]
 *
 * Reports, per size: DiploLens's main-thread time until everything is
 * highlighted (the content script's own account: lexicon compile + every
 * sliced unit of walk/match/range work, from its 'perf.get' reply), its longest
 * task (the compile or the longest slice), the longest task the page saw after
 * DOMContentLoaded (PerformanceObserver 'longtask', which also counts the
 * browser's own style and paint work), wall time to the last highlight and DOM
 * nodes added; and mark.js's time to the next painted frame and the nodes it adds.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { askTab, launch } from '../tests/e2e/harness.ts';
import { generate, TERMS } from './pages.ts';
import type { HighlightPerf } from '../utils/messages/protocol.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : d;
};
const SIZES_MB = arg('sizes', '0.1,1,5').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

// ── measurement ─────────────────────────────────────────────────────────────
const INIT = () => {
  const w = window as unknown as { __lt: { start: number; duration: number }[]; __dcl: number; __nodes0: number };
  w.__lt = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    w.__dcl = performance.now();
    w.__nodes0 = document.getElementsByTagName('*').length;
  });
};

const totalRanges = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

type Perf = HighlightPerf;

interface Run {
  ourMs: number;
  ourLongestMs: number;
  wallMs: number;
  longestMs: number;
  nodesAdded: number;
  ranges: number;
}

async function measure(page: Page, url: string, expectRanges: boolean): Promise<Run> {
  await page.goto(url, { waitUntil: 'load' });
  // On the official host, wait for the first highlight before judging "settled".
  if (expectRanges) {
    const t = Date.now();
    while ((await totalRanges(page)) === 0 && Date.now() - t < 30_000) await page.waitForTimeout(50);
  }
  // Settled: the number of ranges has not changed for 600 ms (polled every 100 ms in both runs).
  let last = -1;
  let lastChange = Date.now();
  let lastRangeTime = 0;
  const t0 = Date.now();
  while (Date.now() - lastChange < 600) {
    const n = await totalRanges(page);
    if (n !== last) {
      last = n;
      lastChange = Date.now();
      lastRangeTime = await page.evaluate(() => performance.now());
    }
    await page.waitForTimeout(100);
    if (Date.now() - t0 > 60_000) break;
  }
  // Settled also means nothing is queued in the content script.
  const tabId = await h.tabIdOf(page);
  let perf = await askTab<{ ok: boolean; value: Perf }>(h, tabId, 'perf.get');
  while (perf.ok && perf.value.queued > 0) {
    await page.waitForTimeout(100);
    perf = await askTab<{ ok: boolean; value: Perf }>(h, tabId, 'perf.get');
  }
  if (perf.ok && expectRanges) console.log(`  ${url}: walk ${(perf.value.busyMs - perf.value.sendMs - perf.value.paintMs).toFixed(0)} ms, send ${perf.value.sendMs.toFixed(0)} ms, ranges ${perf.value.paintMs.toFixed(0)} ms, replies ${perf.value.replyMs.toFixed(0)} ms, ${perf.value.slices} slices; matching in the background ${perf.value.backgroundMatchMs.toFixed(0)} ms`);
  const p = perf.ok ? perf.value : { busyMs: 0, sendMs: 0, paintMs: 0, backgroundMatchMs: 0, replyMs: 0, longestSliceMs: 0, queued: 0, ranges: 0, slices: 0 } satisfies Perf;
  const info = await page.evaluate(() => {
    const w = window as unknown as { __lt: { start: number; duration: number }[]; __dcl: number; __nodes0: number };
    return {
      dcl: w.__dcl,
      longest: Math.max(0, ...w.__lt.filter((e) => e.start >= w.__dcl).map((e) => e.duration)),
      nodes: document.getElementsByTagName('*').length - w.__nodes0,
    };
  });
  return { ourMs: p.busyMs + p.replyMs, ourLongestMs: p.longestSliceMs, wallMs: last > 0 ? lastRangeTime - info.dcl : 0, longestMs: info.longest, nodesAdded: info.nodes, ranges: last };
}

async function markJs(page: Page, url: string, pattern: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await page.addScriptTag({ content: MARK_JS });
  return page.evaluate(async (src) => {
    const re = new RegExp(src, 'giu');
    const nodes0 = document.getElementsByTagName('*').length;
    const t0 = performance.now();
    const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o?: object): void } }).Mark;
    new Mark(document.body).markRegExp(re, { acrossElements: false });
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t0, nodes: document.getElementsByTagName('*').length - nodes0, marks: document.querySelectorAll('mark').length };
  }, pattern);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dir = join(tmpdir(), `diplolens-bench-${process.pid}`);
const terms = [...new Set(Object.values(TERMS).flat())].sort((a, b) => b.length - a.length);
const pattern = `(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
for (const mb of SIZES_MB) {
  const html = generate(mb * 1024 * 1024);
  for (const host of ['mfa.uz', 'news.example.org']) {
    mkdirSync(join(dir, host, 'bench'), { recursive: true });
    writeFileSync(join(dir, host, 'bench', `${mb}.html`), html);
  }
}

const h = await launch({ pagesDir: dir });
const rows: string[] = [];
console.log(`terms for mark.js: ${terms.length}; runs per cell: ${RUNS}`);
for (const mb of SIZES_MB) {
  const ours: Run[] = [];
  const base: Run[] = [];
  const mark: { ms: number; nodes: number; marks: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [list, host] of [
      [ours, 'mfa.uz'],
      [base, 'news.example.org'],
    ] as const) {
      const page = await h.context.newPage();
      await page.addInitScript(INIT);
      list.push(await measure(page, `http://${host}/bench/${mb}`, host === 'mfa.uz'));
      await page.close();
    }
    const page = await h.context.newPage();
    mark.push(await markJs(page, `http://news.example.org/bench/${mb}`, pattern));
    await page.close();
  }
  const added = median(ours.map((r) => r.ourMs));
  const markMs = median(mark.map((m) => m.ms));
  const row = `| ${mb >= 1 ? `${mb} MB` : `${mb * 1000} KB`} | ${added.toFixed(0)} ms | ${median(ours.map((r) => r.ourLongestMs)).toFixed(0)} ms | ${median(ours.map((r) => r.longestMs)).toFixed(0)} ms (without DiploLens: ${median(base.map((r) => r.longestMs)).toFixed(0)} ms) | ${median(ours.map((r) => r.wallMs)).toFixed(0)} ms | ${median(ours.map((r) => r.nodesAdded))} | ${median(ours.map((r) => r.ranges))} | ${markMs.toFixed(0)} ms | ${median(mark.map((m) => m.nodes))} | ${(added / markMs).toFixed(2)} |`;
  console.log(row);
  rows.push(row);
}
await h.close();
rmSync(dir, { recursive: true, force: true });
console.log('\n| page text | DiploLens main-thread time | DiploLens longest task | longest task the page saw | wall time to last highlight | DOM nodes added | ranges | mark.js to next paint | mark.js nodes added | DiploLens / mark.js |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
