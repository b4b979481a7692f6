/**
 * What one unrelated DOM change costs a large page, and on what: the (e) measure of
 * bench/highlight-cost.ts taken apart with a trace. The same page (a clock line near the top
 * changes its text) without any extension and with DiploLens, in one browser, alternating; for
 * each change the page's main-thread TaskDuration and, from a trace of every change, the own time
 * per part (our script, style, layout, paint, marker rebuild, …) and the heaviest event names.
 *
 *   npx wxt build && npx tsx bench/change-trace.ts [--page 5] [--changes 6]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness.ts';
import { extensionOrigins, launchBench, navigate, openTab, PARTS, settle, startTrace, summariseTrace, type TraceEvent } from './highlight-cost-browser.ts';
import { pageFor } from './highlight-cost-pages.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : d);
const page = pageFor(arg('page', '5'));
const CHANGES = Number(arg('changes', '6'));
/**
 * --control-ranges N: the page without the extension registers N highlight ranges itself (in the
 * first screens, with a fill like ours), so "added" then shows what DiploLens costs beyond the
 * browser's own price for having any custom highlight registered.
 */
const CONTROL_RANGES = Number(arg('control-ranges', '0'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const hosts = { without: 'base.test', DiploLens: 'mfa.uz' } as const;
const dir = mkdtempSync(join(tmpdir(), 'dl-change-pages-'));
for (const host of Object.values(hosts)) {
  mkdirSync(join(dir, host), { recursive: true });
  writeFileSync(join(dir, host, 'blank.html'), '<!doctype html><title>blank</title>');
  writeFileSync(join(dir, host, `${page.name}.html`), page.html);
}
const bench = await launchBench(dir, [{ dir: EXTENSION_DIR, hosts: [hosts.DiploLens] }]);
const origins = await extensionOrigins(bench.context);
const tabs = {} as Record<keyof typeof hosts, Awaited<ReturnType<typeof openTab>>>;
for (const [name, host] of Object.entries(hosts) as [keyof typeof hosts, string][]) {
  const tab = await openTab(bench.context, host);
  await navigate(tab, `http://${host}/${page.name}`);
  if (name === 'without' && CONTROL_RANGES > 0) {
    await tab.page.evaluate((n) => {
      const style = document.createElement('style');
      style.textContent = '::highlight(control) { background-color: rgb(124 58 237 / 0.32); }';
      document.head.append(style);
      const h = new Highlight();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t && h.size < n; t = walker.nextNode()) {
        if ((t.nodeValue ?? '').length < 12) continue;
        h.add(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 10 }));
      }
      CSS.highlights.set('control', h);
    }, CONTROL_RANGES);
  }
  await settle(tab);
  tabs[name] = tab;
}
const result: Record<string, { taskMs: number[]; parts: Record<string, number[]>; names: Map<string, number> }> = {};
for (let k = 0; k < CHANGES; k++) {
  for (const name of Object.keys(hosts) as (keyof typeof hosts)[]) {
    const tab = tabs[name];
    await tab.page.bringToFront();
    const r = (result[name] ??= { taskMs: [], parts: Object.fromEntries(PARTS.map((p) => [p, []])), names: new Map() });
    const stop = await startTrace(tab);
    const c0 = await tab.taskMs();
    await tab.page.evaluate((i) => {
      performance.mark('dl-change');
      const clock = document.getElementById('bench-clock');
      if (clock) clock.textContent = `Updated 10:00:${String(i).padStart(2, '0')}`;
    }, k + 1);
    await sleep(400);
    r.taskMs.push((await tab.taskMs()) - c0);
    const events: TraceEvent[] = await stop();
    // The trace began after the page loaded: its main thread is where the page's mark was made.
    const mark = events.find((e) => e.name === 'dl-change');
    if (!mark) throw new Error('the page\'s mark is not in the trace');
    const s = summariseTrace(events, tab.page.url(), origins, mark);
    for (const p of PARTS) r.parts[p]!.push(s.parts[p]);
    // Heaviest event names on the renderer main threads (inclusive time), to say what a part is.
    for (const e of events) if (e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur && e.dur > 500) r.names.set(e.name, (r.names.get(e.name) ?? 0) + e.dur / 1000);
    await sleep(200);
  }
}
for (const [name, r] of Object.entries(result)) {
  console.log(`\n${name}: per change TaskDuration median ${median(r.taskMs).toFixed(1)} ms (${r.taskMs.map((x) => x.toFixed(1)).join(', ')})`);
  console.log('  parts (median ms per change): ' + PARTS.map((p) => `${p} ${median(r.parts[p]!).toFixed(1)}`).join(', '));
  console.log('  heaviest events (inclusive ms over all changes): ' + [...r.names].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', '));
}
// Paired: each change's cost with DiploLens minus the same change's without, taken one right after the other.
const w = result.without!.taskMs;
const d = result.DiploLens!.taskMs.map((x, i) => x - w[i]!);
const sorted = [...d].sort((a, b) => a - b);
console.log(`\nadded per change (paired), ms: median ${median(d).toFixed(1)}, range ${sorted[0]!.toFixed(1)}–${sorted.at(-1)!.toFixed(1)} over ${d.length} changes`);
const ours = result.DiploLens!.parts['our script']!;
console.log(`our script per change, ms: median ${median(ours).toFixed(1)}, max ${Math.max(...ours).toFixed(1)}`);
await bench.close();
