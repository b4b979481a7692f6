/**
 * The registry's cost in the background: module evaluation (parsing the
 * generated rows), index build, look-up rate and memory.
 *   npx tsx bench/registry.ts [--runs 7]     (fresh processes; medians and ranges)
 * The registry and detector are first bundled into one minified ES module by
 * Vite (bench/registry-entry.ts), as the extension's build bundles them into
 * background.js; each child process imports that bundle, builds both indexes
 * once (as the service worker does on its first detection), then times
 * look-ups: accounts (hits and misses), hosts (hits and misses) and whole
 * detectSource calls. Memory is the V8 heap after a forced GC, before and after
 * import + build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { Sample } from './registry-entry.ts';


function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function bundle(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'diplolens-registry-'));
  await build({
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: fileURLToPath(new URL('./registry-entry.ts', import.meta.url)), formats: ['es'], fileName: 'registry' } },
  });
  return join(outDir, 'registry.js');
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
  const file = await bundle();
  console.log(`Bundle: ${(statSync(file).size / 1e6).toFixed(2)} MB (minified, ${file})`);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    // Plain node, no TypeScript loader: the bundle is evaluated as the browser would evaluate background.js.
    const script = `globalThis.gc(); const heap0 = process.memoryUsage().heapUsed; const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); m.runChild(t0, heap0);`;
    const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    samples.push(JSON.parse(out) as Sample);
  }
  const row = (label: string, key: keyof Sample, fmt: (x: number) => string) => {
    const xs = samples.map((s) => s[key]);
    console.log(`| ${label} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))} |`);
  };
  const s0 = samples[0]!;
  console.log(`Registry: ${s0.orgs} organisations from Wikidata, ${s0.accounts} account keys (generated + hand-written), ${s0.sites} generated websites; ${runs} fresh processes.\n`);
  console.log('| measure | median | range |\n|---|---|---|');
  row('module evaluation (ms)', 'importMs', (x) => x.toFixed(0));
  row('index build, accounts + hosts (ms)', 'buildMs', (x) => x.toFixed(1));
  row('account look-ups per second', 'accountLookupsPerSec', (x) => `${(x / 1e6).toFixed(1)} M`);
  row('host look-ups per second', 'hostLookupsPerSec', (x) => `${(x / 1e6).toFixed(2)} M`);
  row('detectSource calls per second', 'detectPerSec', (x) => `${(x / 1e3).toFixed(0)} k`);
  row('heap after import + build (MB)', 'heapMb', (x) => x.toFixed(1));
}

void main();
