/**
 * Where the content script's highlighting time goes: a CPU profile of one
 * highlighted generated page (bench/pages.ts) in real Chromium, summed by
 * function (self time), the extension's own functions marked. Not a test.
 *
 *   DIPLOLENS_PROFILE=1 npm run build && npx tsx bench/profile-highlight.ts [--mb 1]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../tests/e2e/harness.ts';
import { generate } from './pages.ts';

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1] ?? 1) || 1;
const dir = join(tmpdir(), `diplolens-profile-${process.pid}`);
mkdirSync(join(dir, 'mfa.uz'), { recursive: true });
writeFileSync(join(dir, 'mfa.uz', 'page.html'), generate(mb * 1024 * 1024));

const h = await launch({ pagesDir: dir });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto('http://mfa.uz/page', { waitUntil: 'load' });
// Settled: the number of ranges is unchanged for a second.
let last = -1;
for (let still = 0; still < 10; ) {
  await page.waitForTimeout(100);
  const n = await page.evaluate(() => [...CSS.highlights.values()].reduce((a, x) => a + x.size, 0));
  still = n === last && n > 0 ? still + 1 : 0;
  last = n;
}
const { profile } = await cdp.send('Profiler.stop');
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] };
const nodes = profile.nodes as Node[];
const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
const self = new Map<string, number>();
const counts = new Map<number, number>();
for (const s of profile.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
let ours = 0;
for (const n of nodes) {
  const ms = (counts.get(n.id) ?? 0) * interval;
  if (!ms) continue;
  const f = n.callFrame;
  const mine = f.url.startsWith('chrome-extension://');
  if (mine) ours += ms;
  const key = `${mine ? '*' : ' '} ${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + ms);
}
console.log(`${last} ranges; ${ours.toFixed(0)} ms sampled in the extension's own functions (self time, * = ours)`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
await h.close();
rmSync(dir, { recursive: true, force: true });
