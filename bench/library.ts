/**
 * Library benchmark at 100,000 examples (not a test).
 *
 *   npm run build && npx tsx bench/library.ts [--rows 100000]
 *
 * In Node, on the same pure code the page runs: building the search index,
 * search per keystroke (each prefix of a few typed queries, some misspelt), one
 * filter over all rows. In Chromium, with the built extension and the rows in
 * its IndexedDB: the library's first render, the time until every row is
 * loaded and searchable, and a CSV export from the page, with the longest task
 * the page saw during each (PerformanceObserver 'longtask').
 */
import { performance } from 'node:perf_hooks';
import { createSearchIndex } from '../utils/library/search-index.ts';
import { makePredicate, NO_FILTERS } from '../utils/library/filters.ts';
import { exportExamplesCsv } from '../utils/export/csv.ts';

import { launch, putExamples } from '../tests/e2e/harness.ts';
import { makeRows } from './library-rows.ts';

const args = process.argv.slice(2);
const ROWS = Number(args[args.indexOf('--rows') + 1] || 100_000) || 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = makeRows(ROWS);
const table: string[] = [];

// ── Node: the pure parts ────────────────────────────────────────────────────
let t = performance.now();
const index = createSearchIndex(rows);
const buildMs = performance.now() - t;
index.search('warm');
const keystrokes: number[] = [];
for (const q of ['diplomacy', 'disinformaton', 'цифровая', 'soft power', 'elchixona']) {
  for (let i = 1; i <= q.length; i++) {
    t = performance.now();
    const hit = index.search(q.slice(0, i));
    // The page then filters the rows by the matching ids: part of the keystroke's cost.
    const view = hit ? rows.filter((r) => hit.hasDoc(r)) : rows;
    keystrokes.push(performance.now() - t);
    void view;
  }
}
const pred = makePredicate({ ...NO_FILTERS, country: 'KZ', concept: 'soft-power' }, () => '');
const filters: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  rows.filter(pred);
  filters.push(performance.now() - t);
}
t = performance.now();
const csv = exportExamplesCsv(rows, { bom: true, now: new Date() });
const csvMs = performance.now() - t;
table.push(`| search index built (once, while rows load) | ${buildMs.toFixed(0)} ms | |`);
table.push(`| search per keystroke (median / max of ${keystrokes.length}) | ${median(keystrokes).toFixed(1)} ms / ${Math.max(...keystrokes).toFixed(0)} ms | 50 ms |`);
table.push(`| a filter (country + concept) | ${median(filters).toFixed(1)} ms | 50 ms |`);
table.push(`| CSV export, pure function (${(csv.length / 1e6).toFixed(0)} MB) | ${csvMs.toFixed(0)} ms | 3 s |`);

// ── Chromium: the page ──────────────────────────────────────────────────────
const h = await launch();
const page = await h.openExtensionPage('library.html');
await putExamples(page, rows);
await page.close();

const lib = await h.context.newPage();
await lib.addInitScript(() => {
  const w = window as unknown as { __lt: number[]; __firstRow: number };
  w.__lt = [];
  // The moment the first row is in the document, recorded by the page itself.
  const mo = new MutationObserver(() => {
    if (document.querySelector('[role="row"][aria-rowindex="2"]')) {
      w.__firstRow = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push(e.duration))).observe({ type: 'longtask', buffered: true });
});
await lib.setViewportSize({ width: 1280, height: 800 });
await lib.goto(`chrome-extension://${h.extensionId}/library.html`);
await lib.waitForSelector('[role="row"][aria-rowindex="2"]');
const firstRender = await lib.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
await lib.waitForFunction((n) => (document.querySelector('.filters__count')?.textContent ?? '').includes(`of ${n.toLocaleString()} examples`), ROWS, {
  timeout: 120_000,
});
const allLoaded = await lib.evaluate(() => performance.now());
await lib.waitForTimeout(1000);
const loadLongest = await lib.evaluate(() => Math.max(0, ...(window as unknown as { __lt: number[] }).__lt));
await lib.evaluate(() => ((window as unknown as { __lt: number[] }).__lt = []));
await lib.getByText('Export', { exact: true }).click();
const t1 = Date.now();
const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 120_000 }), lib.getByRole('button', { name: 'Export CSV' }).click()]);
const exportMs = Date.now() - t1;
void download;
// Long-task entries reach the observer in a later task: give them time to arrive.
await lib.waitForTimeout(1000);
const exportLongest = await lib.evaluate(() => Math.max(0, ...(window as unknown as { __lt: number[] }).__lt));
await h.close();

table.push(`| library first render (navigation → first row) | ${firstRender.toFixed(0)} ms | 200 ms |`);
table.push(`| every row loaded and searchable | ${allLoaded.toFixed(0)} ms (longest task ${loadLongest.toFixed(0)} ms) | |`);
table.push(`| CSV export from the page, click → download | ${exportMs} ms (longest task ${exportLongest.toFixed(0)} ms) | 3 s |`);

console.log(`\n${ROWS.toLocaleString()} examples\n`);
console.log('| measure | result | aim |');
console.log('|---|---|---|');
for (const r of table) console.log(r);
