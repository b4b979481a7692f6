/**
 * What DiploLens costs a page it does not highlight (not a test): the longest
 * task each page load shows (PerformanceObserver 'longtask', ≥ 50 ms), with the
 * extension and in a browser without it, on the same news page.
 *
 *   npm run build && npx tsx bench/startup.ts [--loads 8]
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, launch, startFixtureServer } from '../tests/e2e/harness.ts';

const args = process.argv.slice(2);
const LOADS = Number(args[args.indexOf('--loads') + 1] || 8) || 8;
const URL_ = 'http://www.reuters.com/world/asia/central-asia-tech';

const INIT = () => {
  const w = window as unknown as { __lt: number[] };
  w.__lt = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
};

async function loads(ctx: BrowserContext): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const p = await ctx.newPage();
    await p.addInitScript(INIT);
    await p.goto(URL_);
    await p.waitForTimeout(1000);
    out.push(Math.max(0, ...(await p.evaluate(() => (window as unknown as { __lt: number[] }).__lt))));
    await p.close();
  }
  return out;
}

const h = await launch();
const withExt = await loads(h.context);
await h.close();
const { server, port } = await startFixtureServer();
const b = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', `--host-resolver-rules=MAP * 127.0.0.1:${port}`] });
const without = await loads(await b.newContext());
await b.close();
server.close();
const fmt = (xs: number[]) => xs.map((x) => (x ? `${x} ms` : '–')).join(', ');
console.log(`| | longest task per page load (${LOADS} loads; – = none ≥ 50 ms) |\n|---|---|`);
console.log(`| with DiploLens | ${fmt(withExt)} |`);
console.log(`| without the extension | ${fmt(without)} |`);
