// `npm run bench -- <name> [args]` runs bench/<name>.ts (e.g. `npm run bench -- registry`);
// with no name it lists the benchmarks. Each benchmark prints its own Markdown table.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// Helpers of a benchmark (entry bundles, page generators, browser plumbing) are not benchmarks themselves.
const HELPER = /-(entry|browser|markjs|pages|reference)\.ts$|^pages\.ts$/;
const names = readdirSync(new URL('../bench/', import.meta.url)).filter((f) => f.endsWith('.ts') && !HELPER.test(f)).map((f) => f.slice(0, -3));
const [name, ...rest] = process.argv.slice(2);
if (!name || !names.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\nbenchmarks: ${names.join(', ')}`);
  process.exit(name ? 2 : 0);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`, ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);
