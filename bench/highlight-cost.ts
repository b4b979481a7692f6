/**
 * What highlighting costs the PAGE, measured from outside in real Chromium (not
 * a test). Every page is loaded with DiploLens, without any extension, and with
 * mark.js packed as an extension (its fastest use, one combined RegExp), in one
 * browser, in interleaved runs (the order rotates each run), so that the
 * machine's load hits all alike; differences are taken run by run, then the
 * median and the range over runs are reported.
 *
 *   npm run bench:highlight-cost                       (builds first; about an hour on 2 cores)
 *   npm run bench:highlight-cost -- --runs 3 --pages 1 --reader-screens 20
 *   npm run bench:highlight-cost -- --before 62881cf   (also a build of an older commit, same sitting)
 *   npm run bench -- highlight-cost …                  (the same on the build already in .output)
 *
 * Options: --runs N (5), --pages 0.1,1,5,text5,rewrite,feed, --scroll 1 (pages
 * given a scroll phase), --reader-screens N|all (60), --fast-screens N|all (all),
 * --fast-screens-per-s N (10),
 * --trace-runs N (= runs; 0 skips traces), --before DIR|REV, --no-markjs,
 * --out FILE (bench/results/highlight-cost.json).
 *
 * Measures, with minus without (main-thread TaskDuration of the page's renderer,
 * CDP Performance.getMetrics; browser work included):
 *   (a) load: navigation until the main thread has been quiet for 1.5 s
 *   (b) scroll: from the top to the end (or N screens) at a reader's pace (one
 *       screen a second) and at a fast pace, and coverage: of the occurrences
 *       DiploLens counts that were wholly on screen at some step, the share
 *       that were registered at every step they were on screen
 *   (c) longest task with minus longest without, and the longest task in which
 *       DiploLens's script ran (from a trace)
 *   (d) navigation to the first registered highlight (and to first paint)
 *   (e) one unrelated DOM change (a clock near the top changes its text)
 *   a breakdown of the 1 MB page's added time by what the main thread did (trace)
 *   rewrite: added main-thread time per second, and the page's own 5 ms timer's ticks per second
 *   feed: added time per second, and how soon each new official post is highlighted
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR, ROOT } from '../tests/e2e/harness.ts';
import {
  extensionOrigins,
  launchBench,
  navigate,
  openTab,
  PARTS,
  registeredRanges,
  settle,
  startTrace,
  summariseTrace,
  type Part,
  type Tab,
  type TraceSummary,
} from './highlight-cost-browser.ts';
import { markJsExtension } from './highlight-cost-markjs.ts';
import { pageFor, type BenchPage } from './highlight-cost-pages.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : d);
const RUNS = Number(arg('runs', '5'));
const PAGES = arg('pages', '0.1,1,5,text5,rewrite,feed').split(',');
const SCROLL = new Set(arg('scroll', '1').split(','));
const READER_SCREENS = arg('reader-screens', '60') === 'all' ? Infinity : Number(arg('reader-screens', '60'));
const FAST_SCREENS_PER_S = Number(arg('fast-screens-per-s', '10'));
const FAST_SCREENS = arg('fast-screens', 'all') === 'all' ? Infinity : Number(arg('fast-screens', 'all'));
const TRACE_RUNS = Number(arg('trace-runs', String(RUNS)));
const BEFORE = arg('before', '');
const MARKJS = !args.includes('--no-markjs');
const OUT = resolve(arg('out', join(ROOT, 'bench/results/highlight-cost.json')));

// ── variants ─────────────────────────────────────────────────────────────────
/** Who runs on a page: each variant has its own hosts (the page is the same file). */
interface Variant {
  name: 'without' | 'DiploLens' | 'before' | 'mark.js';
  staticHost: string;
  feedHost: string;
}
const WITHOUT: Variant = { name: 'without', staticHost: 'base.test', feedHost: 'feed.test' };
const OURS: Variant = { name: 'DiploLens', staticHost: 'mfa.uz', feedHost: 'x.com' };
const OLD: Variant = { name: 'before', staticHost: 'old.mfa.uz', feedHost: 'twitter.com' };
const MARK: Variant = { name: 'mark.js', staticHost: 'mark.test', feedHost: 'mark-feed.test' };

function builtBefore(spec: string): string {
  if (existsSync(join(spec, 'manifest.json'))) return resolve(spec);
  // A commit: built in a temporary worktree that borrows this checkout's node_modules.
  const wt = mkdtempSync(join(tmpdir(), 'dl-bench-before-'));
  const out = mkdtempSync(join(tmpdir(), 'dl-bench-before-build-'));
  execFileSync('git', ['worktree', 'add', '--detach', wt, spec], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(wt, 'node_modules'));
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: wt, stdio: 'ignore' });
    cpSync(join(wt, '.output/chrome-mv3'), out, { recursive: true });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', wt], { cwd: ROOT, stdio: 'ignore' });
  }
  return out;
}

const variants: Variant[] = [WITHOUT, OURS];
const extensions = [{ dir: EXTENSION_DIR, hosts: [OURS.staticHost, OURS.feedHost] }];
if (BEFORE) {
  variants.push(OLD);
  extensions.push({ dir: builtBefore(BEFORE), hosts: [OLD.staticHost, OLD.feedHost] });
}
if (MARKJS) {
  variants.push(MARK);
  extensions.push({ dir: markJsExtension(), hosts: [MARK.staticHost] });
}

// ── pages ────────────────────────────────────────────────────────────────────
const pages: BenchPage[] = PAGES.map(pageFor);
const dir = mkdtempSync(join(tmpdir(), 'dl-bench-pages-'));
for (const v of variants) {
  for (const host of [v.staticHost, v.feedHost]) {
    mkdirSync(join(dir, host), { recursive: true });
    writeFileSync(join(dir, host, 'blank.html'), '<!doctype html><title>blank</title>');
    for (const p of pages) writeFileSync(join(dir, host, `${p.name}.html`), p.html);
  }
}

/** The coverage probe: the product's own walk and matcher, bundled for the page's main world. */
const referenceBundle = await (async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: join(ROOT, 'bench/highlight-cost-reference.ts'), formats: ['iife'], name: '__dlRef' } },
  });
  return (Array.isArray(out) ? out[0]! : (out as { output: { code: string }[] })).output[0]!.code;
})();

// ── measuring one page in one variant ────────────────────────────────────────
interface Coverage {
  occurrences: number;
  seen: number;
  covered: number;
  maxRegistered: number;
  samples: number;
}
interface Scroll {
  taskMs: number;
  seconds: number;
  coverage: Coverage | null;
}
interface StaticRun {
  loadMs: number;
  settledMs: number;
  firstHighlightMs: number | null;
  fcpMs: number | null;
  changeMs: number;
  registered: number;
  reader?: Scroll;
  fast?: Scroll;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scrollPhase(tab: Tab, v: Variant, pxPerStep: number, stepMs: number, maxScreens: number): Promise<Scroll> {
  const { page } = tab;
  const probe = v !== MARK;
  if (probe) await page.evaluate(() => (window as unknown as { __dlResetCoverage?: () => void }).__dlResetCoverage?.());
  const height = await page.evaluate(() => innerHeight);
  const t0 = await tab.taskMs();
  const started = Date.now();
  let moved = 0;
  await page.mouse.move(640, 400);
  for (;;) {
    const before = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, pxPerStep);
    await sleep(stepMs);
    // The same evaluate in every variant: the probe where there is one, a no-op else.
    const after = await page.evaluate(
      (p) => (p ? (window as unknown as { __dlSample(): void }).__dlSample() : undefined, scrollY),
      probe,
    );
    moved += after - before;
    if (after === before && (await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2))) break;
    if (moved >= maxScreens * height) break;
  }
  await sleep(1000);
  const taskMs = (await tab.taskMs()) - t0;
  const coverage = probe ? await page.evaluate(() => (window as unknown as { __dlCoverage(): Coverage }).__dlCoverage()) : null;
  return { taskMs, seconds: (Date.now() - started) / 1000, coverage };
}

async function measureStatic(context: Parameters<typeof openTab>[0], p: BenchPage, v: Variant): Promise<StaticRun> {
  const tab = await openTab(context, v.staticHost);
  const { page } = tab;
  try {
    const t0 = await tab.taskMs();
    const navAt = Date.now();
    await navigate(tab, `http://${v.staticHost}/${p.name}`);
    const s = await settle(tab);
    const probes = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstHighlight: number | null; fcp: number | null; stop(): void } }).__bench;
      b.stop();
      return { firstHighlight: b.firstHighlight, fcp: b.fcp };
    });
    const registered = await registeredRanges(page);
    // (e) one unrelated change at a time, each given 400 ms for all its consequences.
    const changes: number[] = [];
    for (let k = 0; k < 8; k++) {
      const c0 = await tab.taskMs();
      await page.evaluate((i) => {
        const clock = document.getElementById('bench-clock');
        if (clock) clock.textContent = `Updated 10:00:${String(i).padStart(2, '0')}`;
      }, k + 1);
      await sleep(400);
      changes.push((await tab.taskMs()) - c0);
    }
    const run: StaticRun = {
      loadMs: s.taskMs - t0,
      settledMs: s.at - navAt,
      firstHighlightMs: probes.firstHighlight,
      fcpMs: probes.fcp,
      changeMs: median(changes),
      registered,
    };
    if (SCROLL.has(String(p.mb)) && p.kind === 'static') {
      if (v !== MARK) {
        await page.addScriptTag({ content: referenceBundle });
        await page.evaluate(() => (window as unknown as { __dlReference(): number }).__dlReference());
      }
      await settle(tab, 1000);
      const screensPerStep = 0.1; // a screen a second, in steps of a tenth every 100 ms
      run.reader = await scrollPhase(tab, v, Math.round(800 * screensPerStep), 100, READER_SCREENS);
      await page.evaluate(() => scrollTo(0, 0));
      await settle(tab, 1000);
      const stepMs = 25;
      run.fast = await scrollPhase(tab, v, Math.round((800 * FAST_SCREENS_PER_S * stepMs) / 1000), stepMs, FAST_SCREENS);
    }
    return run;
  } finally {
    await tab.close();
  }
}

interface DynamicRun {
  taskMsPerS: number;
  ticksPerS?: number;
  maxRegistered: number;
  officialPosts?: number;
  highlightedWithin1s?: number;
  latencyMedianMs?: number;
  latencyMaxMs?: number;
  missed?: number;
  unofficialHighlighted?: number;
}

async function measureDynamic(context: Parameters<typeof openTab>[0], p: BenchPage, v: Variant): Promise<DynamicRun> {
  const host = p.kind === 'feed' ? v.feedHost : v.staticHost;
  const tab = await openTab(context, host);
  const { page } = tab;
  try {
    await navigate(tab, `http://${host}/${p.name}`);
    await page.evaluate(() => (window as unknown as { __bench: { stop(): void } }).__bench.stop());
    await sleep(3000);
    // Which posts are highlighted, and when: checked in every variant alike.
    await page.evaluate(() => {
      const w = window as unknown as { __lit: Map<string, number>; __maxRegistered: number; __posts?: { id: string }[] };
      w.__lit = new Map();
      w.__maxRegistered = 0;
      setInterval(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights) {
          if (name === 'diplolens-current' || name === 'diplolens-found') continue;
          for (const r of h as Iterable<AbstractRange>) {
            n++;
            const post = r.startContainer.parentElement?.closest('article');
            if (post && !w.__lit.has(post.id)) w.__lit.set(post.id, performance.now());
          }
        }
        w.__maxRegistered = Math.max(w.__maxRegistered, n);
      }, 20);
    });
    const windowStart = await page.evaluate(() => performance.now());
    const t0 = await tab.taskMs();
    const ticks0 = await page.evaluate(() => (window as unknown as { __ticks?: number }).__ticks ?? 0);
    const started = Date.now();
    await sleep(10_000);
    const seconds = (Date.now() - started) / 1000;
    const taskMsPerS = ((await tab.taskMs()) - t0) / seconds;
    const out = await page.evaluate(
      ([from, ticks0]) => {
        const w = window as unknown as {
          __lit: Map<string, number>;
          __maxRegistered: number;
          __ticks?: number;
          __posts?: { id: string; official: boolean; at: number }[];
          __feed?: number;
        };
        clearInterval(w.__feed);
        const now = performance.now();
        // Posts added in the window, with a second to be highlighted in it.
        const posts = (w.__posts ?? []).filter((x) => x.at >= from && x.at <= now - 1000);
        const official = posts.filter((x) => x.official);
        const lat = official.map((x) => (w.__lit.has(x.id) ? w.__lit.get(x.id)! - x.at : Infinity));
        return {
          ticks: (w.__ticks ?? 0) - ticks0,
          maxRegistered: w.__maxRegistered,
          official: official.length,
          within1s: lat.filter((l) => l <= 1000).length,
          latencies: lat.filter((l) => Number.isFinite(l)),
          missed: lat.filter((l) => !Number.isFinite(l)).length,
          unofficial: posts.filter((x) => !x.official && w.__lit.has(x.id)).length,
        };
      },
      [windowStart, ticks0] as const,
    );
    const run: DynamicRun = { taskMsPerS, maxRegistered: out.maxRegistered };
    if (p.kind === 'rewrite') run.ticksPerS = out.ticks / seconds;
    else {
      run.officialPosts = out.official;
      run.highlightedWithin1s = out.within1s;
      run.latencyMedianMs = median(out.latencies);
      run.latencyMaxMs = out.latencies.length ? Math.max(...out.latencies) : NaN;
      run.missed = out.missed;
      run.unofficialHighlighted = out.unofficial;
    }
    return run;
  } finally {
    await tab.close();
  }
}

async function traceStatic(context: Parameters<typeof openTab>[0], p: BenchPage, v: Variant, origins: string[]): Promise<TraceSummary> {
  const tab = await openTab(context, v.staticHost);
  try {
    const stop = await startTrace(tab);
    const url = `http://${v.staticHost}/${p.name}`;
    await navigate(tab, url);
    await settle(tab);
    return summariseTrace(await stop(), url, origins);
  } finally {
    await tab.close();
  }
}

// ── the sitting ──────────────────────────────────────────────────────────────
const fmt = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
/** Median and range of a list, "m (lo–hi)". */
const mr = (xs: number[], d = 0) => {
  const f = xs.filter(Number.isFinite);
  return f.length ? `${fmt(median(f), d)} (${fmt(Math.min(...f), d)}–${fmt(Math.max(...f), d)})` : '–';
};
const pairs = <T>(runs: Record<string, T[]>, a: string, b: string, f: (x: T) => number) =>
  (runs[a] ?? []).map((x, i) => f(x) - f(runs[b]![i]!));

const load0 = loadavg();
console.log(`load average at start: ${load0.map((x) => x.toFixed(2)).join(' ')}; runs ${RUNS}; pages ${PAGES.join(',')}`);
const bench = await launchBench(dir, extensions);
const origins = await extensionOrigins(bench.context);
const results: Record<string, unknown> = {};
const lines: string[] = [];
const say = (s: string) => {
  console.log(s);
  lines.push(s);
};

for (const p of pages) {
  const vs = p.kind === 'static' || p.kind === 'text' ? variants : variants.filter((v) => v !== MARK);
  if (p.kind === 'static' || p.kind === 'text') {
    const runs: Record<string, StaticRun[]> = {};
    for (let i = 0; i < RUNS; i++) {
      const order = [...vs.slice(i % vs.length), ...vs.slice(0, i % vs.length)];
      for (const v of order) {
        const r = await measureStatic(bench.context, p, v);
        (runs[v.name] ??= []).push(r);
        console.log(`  ${p.name} run ${i + 1} ${v.name}: load ${fmt(r.loadMs)} ms, first highlight ${fmt(r.firstHighlightMs ?? NaN)} ms, change ${fmt(r.changeMs, 1)} ms, ${r.registered} registered${r.reader ? `, reader ${fmt(r.reader.taskMs)} ms cov ${r.reader.coverage ? `${r.reader.coverage.covered}/${r.reader.coverage.seen}` : '–'}, fast ${fmt(r.fast!.taskMs)} ms cov ${r.fast!.coverage ? `${r.fast!.coverage.covered}/${r.fast!.coverage.seen}` : '–'}` : ''}`);
      }
    }
    const traces: Record<string, TraceSummary[]> = {};
    for (let i = 0; i < TRACE_RUNS; i++) {
      const order = [...vs.slice(i % vs.length), ...vs.slice(0, i % vs.length)];
      for (const v of order) (traces[v.name] ??= []).push(await traceStatic(bench.context, p, v, origins));
    }
    results[p.name] = { runs, traces };
    say(`\n### ${p.name}`);
    say('| | (a) load added, ms | (d) first highlight, ms after navigation | (e) one DOM change added, ms | registered after load | (c) longest task added, ms | longest task with our script, ms |');
    say('|---|---|---|---|---|---|---|');
    for (const v of vs) {
      if (v === WITHOUT) {
        say(`| without (absolute) | ${mr(runs.without!.map((r) => r.loadMs))} | first paint ${mr(runs.without!.map((r) => r.fcpMs ?? NaN))} | ${mr(runs.without!.map((r) => r.changeMs), 1)} | – | ${mr((traces.without ?? []).map((t) => t.longestTaskMs))} | – |`);
        continue;
      }
      const t = traces[v.name] ?? [];
      const longestOurs = t.map((x) => x.longestOursMs);
      say(`| ${v.name} | ${mr(pairs(runs, v.name, 'without', (r) => r.loadMs))} | ${mr(runs[v.name]!.map((r) => r.firstHighlightMs ?? NaN))} | ${mr(pairs(runs, v.name, 'without', (r) => r.changeMs), 1)} | ${mr(runs[v.name]!.map((r) => r.registered))} | ${mr(pairs(traces, v.name, 'without', (x) => x.longestTaskMs))} | ${mr(longestOurs)} |`);
    }
    if (runs.DiploLens?.[0]?.reader) {
      say('\n| scroll | pace | added main-thread time, ms | load + scroll added, ms | coverage | most ranges registered |');
      say('|---|---|---|---|---|---|');
      for (const pace of ['reader', 'fast'] as const) {
        for (const v of vs) {
          if (v === WITHOUT) continue;
          const add = pairs(runs, v.name, 'without', (r) => r[pace]!.taskMs);
          const total = pairs(runs, v.name, 'without', (r) => r.loadMs + r[pace]!.taskMs);
          const cov = runs[v.name]!.map((r) => r[pace]!.coverage).filter((c): c is Coverage => !!c);
          const share = cov.map((c) => (100 * c.covered) / Math.max(1, c.seen));
          say(`| ${v.name} | ${pace} (${fmt(median(runs[v.name]!.map((r) => r[pace]!.seconds)))} s) | ${mr(add)} | ${mr(total)} | ${cov.length ? `${mr(share, 1)} % of ${fmt(median(cov.map((c) => c.seen)))}` : 'all (DOM marks)'} | ${cov.length ? mr(cov.map((c) => c.maxRegistered)) : '–'} |`);
        }
      }
    }
    if (TRACE_RUNS && p.mb === 1 && p.kind === 'static') {
      say('\n| trace, added ms (with minus without, median of runs) | ' + vs.filter((v) => v !== WITHOUT).map((v) => v.name).join(' | ') + ' |');
      say('|---|' + vs.filter((v) => v !== WITHOUT).map(() => '---').join('|') + '|');
      for (const part of PARTS) {
        say(`| ${part} | ${vs.filter((v) => v !== WITHOUT).map((v) => mr(pairs(traces, v.name, 'without', (x) => x.parts[part as Part]))).join(' | ')} |`);
      }
      say(`| all main-thread tasks | ${vs.filter((v) => v !== WITHOUT).map((v) => mr(pairs(traces, v.name, 'without', (x) => x.totalMs))).join(' | ')} |`);
    }
  } else {
    const runs: Record<string, DynamicRun[]> = {};
    for (let i = 0; i < RUNS; i++) {
      const order = [...vs.slice(i % vs.length), ...vs.slice(0, i % vs.length)];
      for (const v of order) {
        const r = await measureDynamic(bench.context, p, v);
        (runs[v.name] ??= []).push(r);
        console.log(`  ${p.name} run ${i + 1} ${v.name}: ${fmt(r.taskMsPerS)} ms/s${r.ticksPerS !== undefined ? `, ${fmt(r.ticksPerS)} ticks/s` : ''}${r.officialPosts !== undefined ? `, ${r.highlightedWithin1s}/${r.officialPosts} official posts within 1 s, median ${fmt(r.latencyMedianMs!)} ms, missed ${r.missed}, unofficial lit ${r.unofficialHighlighted}` : ''}, max registered ${r.maxRegistered}`);
      }
    }
    results[p.name] = { runs };
    say(`\n### ${p.name}`);
    if (p.kind === 'rewrite') {
      say('| | added main-thread time, ms per s | page timer ticks per s | most ranges registered |');
      say('|---|---|---|---|');
      for (const v of vs) {
        const added = v === WITHOUT ? runs.without!.map((r) => r.taskMsPerS) : pairs(runs, v.name, 'without', (r) => r.taskMsPerS);
        say(`| ${v.name}${v === WITHOUT ? ' (absolute)' : ''} | ${mr(added)} | ${mr(runs[v.name]!.map((r) => r.ticksPerS!))} | ${mr(runs[v.name]!.map((r) => r.maxRegistered))} |`);
      }
    } else {
      say('| | added main-thread time, ms per s | official posts highlighted within 1 s | median / max latency, ms | never highlighted | other accounts highlighted |');
      say('|---|---|---|---|---|---|');
      for (const v of vs) {
        const added = v === WITHOUT ? runs.without!.map((r) => r.taskMsPerS) : pairs(runs, v.name, 'without', (r) => r.taskMsPerS);
        const rs = runs[v.name]!;
        say(`| ${v.name}${v === WITHOUT ? ' (absolute)' : ''} | ${mr(added)} | ${v === WITHOUT ? '–' : `${fmt(median(rs.map((r) => (100 * r.highlightedWithin1s!) / Math.max(1, r.officialPosts!))), 1)} % of ${fmt(median(rs.map((r) => r.officialPosts!)))}`} | ${v === WITHOUT ? '–' : `${mr(rs.map((r) => r.latencyMedianMs!))} / ${mr(rs.map((r) => r.latencyMaxMs!))}`} | ${v === WITHOUT ? '–' : mr(rs.map((r) => r.missed!))} | ${v === WITHOUT ? '–' : mr(rs.map((r) => r.unofficialHighlighted!))} |`);
      }
    }
  }
}
await bench.close();
rmSync(dir, { recursive: true, force: true });
const load1 = loadavg();
say(`\nload average at start ${load0.map((x) => x.toFixed(2)).join(' ')}, at end ${load1.map((x) => x.toFixed(2)).join(' ')} (2 cores); Chromium ${execFileSync('/usr/bin/chromium', ['--version']).toString().trim()}`);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), args, load: { start: load0, end: load1 }, results, tables: lines }, null, 1));
console.log(`\nresults: ${OUT}`);
