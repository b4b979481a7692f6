/**
 * The browser side of bench/highlight-cost.ts: one Chromium with every
 * extension under test loaded at once, each allowed only on its own hosts (its
 * manifest's content-script matches are rewritten in a copy), so that a page
 * with and a page without an extension are measured in the same browser, one
 * right after the other. What the page pays is read from the page's renderer:
 * CDP `Performance.getMetrics` TaskDuration (all main-thread tasks: script,
 * style, layout, paint, GC, IPC) and, for the breakdown, a trace.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, startFixtureServer } from '../tests/e2e/harness.ts';

export interface ExtensionUnderTest {
  /** A built extension folder (manifest.json inside). */
  dir: string;
  /** The only hosts its content scripts run on here. */
  hosts: string[];
}

export interface Bench {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBench(pagesDir: string, extensions: ExtensionUnderTest[]): Promise<Bench> {
  const copies: string[] = [];
  for (const ext of extensions) {
    const out = mkdtempSync(join(tmpdir(), 'dl-bench-ext-'));
    cpSync(ext.dir, out, { recursive: true });
    const manifestPath = join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { matches: string[] }[] };
    for (const cs of manifest.content_scripts ?? []) cs.matches = ext.hosts.map((h) => `http://${h}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    copies.push(out);
  }
  const { server, port } = await startFixtureServer(pagesDir);
  const profile = mkdtempSync(join(tmpdir(), 'dl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${copies.join(',')}`,
      `--load-extension=${copies.join(',')}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Let the service workers start before the first measured page.
  await new Promise((r) => setTimeout(r, 1500));
  return {
    context,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
      for (const c of copies) rmSync(c, { recursive: true, force: true });
    },
  };
}

/**
 * Main-world probes, installed before any page script: when the first
 * highlight was registered and when the page first painted. They run in every
 * variant alike (with, without, mark.js), so their own small cost cancels out
 * in the differences.
 */
const PROBES = `(() => {
  const b = (window.__bench = { firstHighlight: null, fcp: null, stop: () => clearInterval(id) });
  const id = setInterval(() => {
    if (b.firstHighlight !== null) return;
    for (const [, h] of CSS.highlights) if (h.size) b.firstHighlight = performance.now();
  }, 16);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

export interface Tab {
  page: Page;
  cdp: CDPSession;
  /** The page renderer's main-thread TaskDuration so far, in ms. */
  taskMs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * A tab on `host`'s blank page with metrics on. The measured page is then
 * opened from it by the page itself (a same-site navigation keeps the renderer,
 * so TaskDuration runs on across it).
 */
export async function openTab(context: BrowserContext, host: string): Promise<Tab> {
  const page = await context.newPage();
  if (!process.env.NOPROBE) await page.addInitScript({ content: PROBES });
  await page.goto(`http://${host}/blank`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    page,
    cdp,
    async taskMs() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

export async function navigate(tab: Tab, url: string): Promise<void> {
  await tab.page.evaluate((u) => void (location.href = u), url);
  await tab.page.waitForURL(url, { waitUntil: 'load', timeout: 120_000 });
}

/**
 * Waits until the page's main thread has been quiet (under 2 ms of tasks per
 * 100 ms poll, the polls' own cost included) for `quietMs`; returns the
 * TaskDuration at the last poll that saw work, and when that was.
 */
export async function settle(tab: Tab, quietMs = 1500, maxMs = 90_000): Promise<{ taskMs: number; at: number }> {
  const t0 = Date.now();
  let last = await tab.taskMs();
  let lastWork = { taskMs: last, at: Date.now() };
  let quiet = 0;
  while (quiet * 100 < quietMs && Date.now() - t0 < maxMs) {
    await tab.page.waitForTimeout(100);
    const now = await tab.taskMs();
    if (now - last > 2) {
      quiet = 0;
      lastWork = { taskMs: now, at: Date.now() };
    } else quiet++;
    last = now;
  }
  return lastWork;
}

/** Registered highlight ranges on the page (read in the main world: the registry is shared). */
export const registeredRanges = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name !== 'diplolens-current' && name !== 'diplolens-found') n += h.size;
    return n;
  });

// ── traces ───────────────────────────────────────────────────────────────────

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', 'v8',
  'disabled-by-default-v8.gc', 'loading', 'ipc', 'mojom', 'extensions',
  // performance.mark() in the page: how bench/change-trace.ts finds the page's main thread.
  'blink.user_timing',
];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frames?: { url?: string; processId?: number }[] }; beginData?: { url?: string }; name?: string };
}

export async function startTrace(tab: Tab): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: object[] }) => void events.push(...(d.value as unknown as TraceEvent[]));
  tab.cdp.on('Tracing.dataCollected', onData);
  await tab.cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((r) => tab.cdp.once('Tracing.tracingComplete', r));
    await tab.cdp.send('Tracing.end');
    // On a loaded machine the end of a trace was once never reported (the sitting hung for 10 min):
    // a trace that has not ended within a minute is summarised from what arrived.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = await Promise.race([done.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 60_000)))]);
    clearTimeout(timer);
    if (late) console.warn(`  trace end not reported within 60 s; ${events.length} events kept`);
    tab.cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** What a main-thread event's own time was spent on. */
export type Part = 'our script' | 'page script' | 'marker rebuild' | 'style' | 'layout' | 'paint' | 'GC' | 'messaging' | 'parse' | 'other';
export const PARTS: Part[] = ['our script', 'page script', 'marker rebuild', 'style', 'layout', 'paint', 'GC', 'messaging', 'parse', 'other'];

function partOf(name: string): Part | 'js' {
  // HighlightRegistry::ValidateHighlightMarkers runs inside the compositing-inputs phase
  // (Chromium's local_frame_view.cc): it deletes and re-adds a marker for every registered range.
  if (name === 'Blink.CompositingInputs.UpdateTime') return 'marker rebuild';
  if (/GC|Scavenge|Sweep|Marking|Heap/.test(name)) return 'GC';
  if (/recalcStyle|rebuildLayoutTree|UpdateLayoutTree|updateStyle|StyleEngine|Style::/.test(name)) return 'style';
  if (/Layout|InlineNode|Shape|Font/.test(name)) return 'layout';
  if (/Paint|Layeriz|Commit|CompositeLayers|UpdateLayer|Raster|PrePaint|Lifecycle/.test(name)) return 'paint';
  if (/mojo|IPC|MessageChannel|Extension|Messag/i.test(name)) return 'messaging';
  if (/ParseHTML|Parser|TextResourceDecoder|DocumentLoader|Tokenizer|Preload/.test(name)) return 'parse';
  if (/FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireIdleCallback|FireAnimationFrame|EventDispatch|Microtask|Compile|Script/.test(name)) return 'js';
  return 'other';
}

export interface TraceSummary {
  /** Main-thread own time per part, ms. */
  parts: Record<Part, number>;
  /** The longest top-level task on the page's main thread, ms. */
  longestTaskMs: number;
  /** The longest top-level task in which DiploLens's (the extension's) script ran 1 ms or more, ms. */
  longestOursMs: number;
  totalMs: number;
}

/** Sums the page renderer's main thread: own time per part, and the longest task. */
export function summariseTrace(
  events: TraceEvent[],
  pageUrl: string,
  extensionOrigins: string[],
  /** The page's main thread when the trace began after its load (no ParseHTML to find it by). */
  thread?: { pid: number; tid: number },
): TraceSummary {
  const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  const parse = thread ?? events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) return { parts, longestTaskMs: 0, longestOursMs: 0, totalMs: 0 };
  const { pid, tid } = parse;
  const xs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  interface Open {
    e: TraceEvent;
    end: number;
    own: number;
    url: string | undefined;
    top: { dur: number; ours: number };
  }
  const stack: Open[] = [];
  let longest = 0;
  let total = 0;
  const tops: { dur: number; ours: number }[] = [];
  const close = (o: Open) => {
    let part = partOf(o.e.name);
    if (part === 'js') {
      const url = o.url ?? stack.findLast((s) => s.url)?.url;
      part = url && (url.startsWith('chrome-extension://') || extensionOrigins.some((x) => url.startsWith(x))) ? 'our script' : 'page script';
    }
    parts[part] += o.own / 1000;
    if (part === 'our script') o.top.ours += o.own;
  };
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.own -= e.dur!;
    else {
      longest = Math.max(longest, e.dur!);
      total += e.dur!;
    }
    const url = e.args?.data?.url || undefined;
    const top = parent ? parent.top : { dur: e.dur!, ours: 0 };
    if (!parent) tops.push(top);
    stack.push({ e, end: e.ts + e.dur!, own: e.dur!, url, top });
  }
  while (stack.length) close(stack.pop()!);
  const longestOurs = Math.max(0, ...tops.filter((t) => t.ours >= 1000).map((t) => t.dur));
  return { parts, longestTaskMs: longest / 1000, longestOursMs: longestOurs / 1000, totalMs: total / 1000 };
}

/** The origin a loaded extension's scripts run from, by its name in the manifest. */
export async function extensionOrigins(context: BrowserContext): Promise<string[]> {
  const workers = context.serviceWorkers();
  return [...new Set(workers.map((w) => new URL(w.url()).origin))];
}
