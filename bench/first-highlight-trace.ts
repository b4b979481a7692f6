/**
 * When DiploLens's work on a page's load happens, against the page's first paint and its first
 * registered highlight: a trace of one load of the 1 MB page, listing each top-level task of the
 * page's main thread in which the extension's script ran (start after navigation, duration), so
 * the wait before the first highlight can be told apart from the work (issue 12, item 3).
 *
 *   npx wxt build && npx tsx bench/first-highlight-trace.ts [--page 1] [--runs 3]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness.ts';
import { extensionOrigins, launchBench, navigate, openTab, settle, startTrace, type TraceEvent } from './highlight-cost-browser.ts';
import { pageFor } from './highlight-cost-pages.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : d);
const page = pageFor(arg('page', '1'));
const RUNS = Number(arg('runs', '3'));
const dir = mkdtempSync(join(tmpdir(), 'dl-first-pages-'));
mkdirSync(join(dir, 'mfa.uz'), { recursive: true });
writeFileSync(join(dir, 'mfa.uz', 'blank.html'), '<!doctype html><title>blank</title>');
writeFileSync(join(dir, 'mfa.uz', `${page.name}.html`), page.html);
const bench = await launchBench(dir, [{ dir: EXTENSION_DIR, hosts: ['mfa.uz'] }]);
const origins = await extensionOrigins(bench.context);
for (let run = 0; run < RUNS; run++) {
  const tab = await openTab(bench.context, 'mfa.uz');
  const stop = await startTrace(tab);
  const url = `http://mfa.uz/${page.name}`;
  await navigate(tab, url);
  await settle(tab);
  const probes = await tab.page.evaluate(() => (window as unknown as { __bench: { firstHighlight: number | null; fcp: number | null } }).__bench);
  const events: TraceEvent[] = await stop();
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const nav = events.find((e) => e.pid === parse?.pid && e.name === 'navigationStart') ?? parse!;
  const main = events.filter((e) => e.pid === parse!.pid && e.tid === parse!.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  // Top-level tasks, and whether the extension's script ran inside each.
  const tops: { ts: number; dur: number; ours: number; what: string[]; inner: TraceEvent[] }[] = [];
  let cur: (typeof tops)[number] | null = null;
  for (const e of main) {
    if (!cur || e.ts >= cur.ts + cur.dur) {
      cur = { ts: e.ts, dur: e.dur!, ours: 0, what: [], inner: [] };
      tops.push(cur);
      continue;
    }
    cur.inner.push(e);
    const u = e.args?.data?.url;
    if (u && (u.startsWith('chrome-extension://') || origins.some((o) => u.startsWith(o)))) {
      cur.ours += e.dur!;
      if (cur.what.length < 3 && !cur.what.includes(e.name)) cur.what.push(e.name);
    }
  }
  const t0 = nav.ts;
  console.log(`\nrun ${run + 1}: first paint ${probes.fcp?.toFixed(0)} ms, first highlight ${probes.firstHighlight?.toFixed(0)} ms (page clock)`);
  for (const t of tops.filter((t) => t.ours > 300)) {
    console.log(`  +${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms  task ${(t.dur / 1000).toFixed(1).padStart(6)} ms, ours ${(t.ours / 1000).toFixed(1).padStart(6)} ms  ${t.what.join(', ')}`);
    // In a long one, what ran: the named calls and the browser's own work inside it, longest first.
    if (t.dur > 30_000 && args.includes('--inner')) {
      const named = t.inner
        .filter((e) => e.dur! > 2000)
        .map((e) => `${e.name}${(e.args?.data as { functionName?: string } | undefined)?.functionName ? `:${(e.args!.data as { functionName?: string }).functionName}` : ''} ${(e.dur! / 1000).toFixed(1)}`);
      console.log(`      ${named.slice(0, 16).join(' | ')}`);
    }
  }
  await tab.close();
}
await bench.close();
