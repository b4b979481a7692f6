/**
 * How long the background takes to compile a codebook of 1,000 concepts (issue 14: at most
 * 100 ms on this machine). `npx tsx bench/codebook-compile.ts [runs]`
 *
 * The codebook is made from the built-in one: its 62 concepts' terms in five languages,
 * with letters changed so each copy's words are new to the compiler (a real large codebook
 * shares few words between concepts), plus a wildcard and an 'as written' term per concept.
 * Each run is a fresh Node process, as a restarted service worker is:
 *   tables   the character tables (built once per worker, whatever the codebook)
 *   first    the first compile of the codebook in that process (code not yet optimised)
 *   again    compiles after the first (an edit saved in the editor), median of 10
 * The machine's load average (1, 5, 15 min) is printed before and after: the machine is shared,
 * so compare numbers taken at similar loads (or interleave runs of two builds).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { builtinCodebook } from '../utils/codebook/builtin.ts';
import { compileCodebook } from '../utils/codebook/compile.ts';
import type { Codebook, CodebookConcept } from '../utils/codebook/model.ts';
import { ensureTables } from '../utils/lexicon/normalise.ts';

const LETTERS = 'abcdefghijklmnoprstuvzабвгдежзиклмнопрстуфхшқғүұөәі';

export function bigCodebook(n = 1000): Codebook {
  const base = builtinCodebook();
  const concepts: CodebookConcept[] = [];
  for (let k = 0; concepts.length < n; k++) {
    for (const c of base.concepts) {
      if (concepts.length >= n) break;
      const change = (t: string) =>
        k === 0
          ? t
          : t.replace(/\p{L}{4,}/gu, (w) => {
              const p = 1 + ((k * 7 + w.length) % (w.length - 2));
              return w.slice(0, p) + LETTERS[(k * 13 + w.length + p) % LETTERS.length] + LETTERS[(k * 5 + p) % LETTERS.length] + w.slice(p + 1);
            });
      const terms = Object.fromEntries(Object.entries(c.terms).map(([lang, list]) => [lang, list.map((t) => ({ ...t, text: change(t.text) }))]));
      const head = change(c.label).split(/\s+/)[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (head.length >= 5) (terms['en'] ??= []).push({ text: `${head.slice(0, 5)}*` });
      (terms['und'] ??= []).push({ text: `${change(c.label).toLowerCase()} ${k}` });
      concepts.push({ ...c, id: `${c.id}-${k}`, terms, stems: undefined });
    }
  }
  return { ...base, id: 'bench', builtIn: false, concepts };
}

function child(): void {
  const cb = bigCodebook();
  let t0 = performance.now();
  ensureTables();
  const tables = performance.now() - t0;
  t0 = performance.now();
  const first = compileCodebook(cb);
  const firstMs = performance.now() - t0;
  const again: number[] = [];
  for (let i = 0; i < 10; i++) {
    t0 = performance.now();
    compileCodebook(cb);
    again.push(performance.now() - t0);
  }
  again.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ tables, first: firstMs, again: again[5], stats: first.lexicon.stats }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const direct = process.argv[1] === import.meta.filename;
if (direct && process.argv[2] === '--child') child();
else if (direct) {
  const runs = Math.max(5, Number(process.argv[2]) || 7);
  const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
  const loadBefore = load();
  const results: { tables: number; first: number; again: number; stats: Record<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    results.push(JSON.parse(r.stdout));
  }
  const s = results[0]!.stats;
  console.log(`codebook: ${s['concepts']} concepts, ${s['terms']} terms, ${s['words']} distinct words, ${s['trieNodes']} trie nodes; ${runs} fresh processes`);
  console.log(`load average before: ${loadBefore}; after: ${load()}\n`);
  console.log('| step | median | range |');
  console.log('| --- | ---: | ---: |');
  for (const [k, label] of [['tables', 'character tables (once per worker)'], ['first', 'first compile in the process'], ['again', 'compile after an edit (median of 10 per process)']] as const) {
    const xs = results.map((r) => r[k]);
    console.log(`| ${label} | ${median(xs).toFixed(0)} ms | ${range(xs)} ms |`);
  }
}
