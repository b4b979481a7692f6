/**
 * How much of highlighting's main-thread time is the DOM walk, and how close
 * DiploLens's walk is to the cheapest walk possible from a content script.
 * In real Chromium, in an isolated world (where content scripts run), on the
 * generated pages of bench/pages.ts: `gatherText` (utils/highlight/
 * text-runs.ts) gathering the page into match requests, against two floors:
 * a bare firstChild/nextSibling loop that reads each element's tag and each
 * text node's data (the least any walk that knows where blocks begin can
 * do), and a TreeWalker that visits text nodes only (the least any walk can
 * do at all: it cannot tell paragraphs or scripts apart). "Cold" is the first
 * walk of a fresh page (every node's wrapper is created then), as on a real
 * visit; "warm" walks again. With --main the same walks run in the page's own
 * world instead, to measure what moving the walk there would save. Not a test.
 *
 *   npx tsx bench/walk-floor.ts [--sizes 1,5] [--runs 3] [--main]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launch, ROOT } from '../tests/e2e/harness.ts';
import { generate } from './pages.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : d);
const SIZES = arg('sizes', '1,5').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const MAIN_WORLD = args.includes('--main');

const bundled = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, lib: { entry: join(ROOT, 'utils/highlight/text-runs.ts'), formats: ['iife'], name: '__textRuns' } },
});
const code = (Array.isArray(bundled) ? bundled[0]! : bundled as { output: { code: string }[] }).output[0]!.code;

const WALKS: Record<string, string> = {
  bare: `const root = document.body; let n = root.firstChild, chars = 0;
    while (n) { let down = false; const t = n.nodeType;
      if (t === 3) chars += n.data.length; else if (t === 1) { const tag = n.localName; down = tag !== 'script' && tag !== 'style'; }
      if (down && n.firstChild) { n = n.firstChild; continue; }
      for (;;) { if (n.nextSibling) { n = n.nextSibling; break; } n = n.parentNode; if (!n || n === root) { n = null; break; } } }
    return chars;`,
  'text nodes only': `const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n, chars = 0;
    while ((n = w.nextNode())) chars += n.data.length;
    return chars;`,
  DiploLens: `const { gatherText, TextBatch, FULL } = globalThis.__textRuns; const b = new TextBatch(); let chars = 0;
    for (const s of gatherText(document.body, false, b, 1, 65536)) if (s === FULL) chars += b.take().text.length;
    return chars + b.take().text.length;`,
};

const dir = join(tmpdir(), `diplolens-walk-${process.pid}`);
mkdirSync(join(dir, 'news.example.org'), { recursive: true });
for (const mb of SIZES) writeFileSync(join(dir, 'news.example.org', `${mb}.html`), generate(mb * 1024 * 1024));
const h = await launch({ pagesDir: dir });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`${MAIN_WORLD ? 'main' : 'isolated'} world\n| page text | walk | cold | warm |\n|---|---|---|---|`);
for (const mb of SIZES) {
  for (const [name, body] of Object.entries(WALKS)) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`http://news.example.org/${mb}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      // Without a contextId, Runtime.evaluate runs in the page's own (main) world.
      const contextId = MAIN_WORLD
        ? undefined
        : (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `walk-${i}` })).executionContextId;
      await cdp.send('Runtime.evaluate', { expression: code, contextId });
      const expression = `(() => { const walk = () => { ${body} }; let t = performance.now(); walk(); const cold = performance.now() - t; t = performance.now(); walk(); return [cold, performance.now() - t]; })()`;
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      const [c, w] = r.result.value as [number, number];
      cold.push(c);
      warm.push(w);
    }
    console.log(`| ${mb} MB | ${name} | ${median(cold).toFixed(0)} ms | ${median(warm).toFixed(0)} ms |`);
  }
}
await h.close();
rmSync(dir, { recursive: true, force: true });
