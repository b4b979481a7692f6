/**
 * What choosing a 1,000-concept codebook costs the background and a page (issue 14):
 * the compile (utils/codebook/compile.ts, as bench/codebook-compile.ts), the rest of the
 * activation (hit table, colour sheet, the concepts a page is sent: active-codebook.ts), the
 * size of that 'codebook.page' answer, and a page's decoding table (lexicon-adapter.ts).
 * `npx tsx bench/active-codebook.ts [runs]`; one process, the character tables built first.
 */
import { bigCodebook } from './codebook-compile.ts';
import { createActiveCodebook } from '../utils/background/active-codebook.ts';
import { compileCodebook } from '../utils/codebook/compile.ts';
import { ensureTables } from '../utils/lexicon/normalise.ts';
import { termEntries } from '../utils/lexicon/hit-codec.ts';

const runs = Number(process.argv[2]) || 7;
const cb = bigCodebook();
ensureTables();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const compileMs: number[] = [];
const activateMs: number[] = [];
const decodeTableMs: number[] = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  let compileTook = 0;
  const active = createActiveCodebook({
    load: async () => ({ ...cb, version: String(i + 1) }),
    builtin: { id: 'diplolens', version: 'x', wire: 'x' },
    builtinLexicon: () => {
      throw new Error('not the built-in codebook');
    },
    tell: () => {},
    compile: (c) => {
      const t0 = performance.now();
      const out = compileCodebook(c);
      compileTook = performance.now() - t0;
      return out;
    },
  });
  const t0 = performance.now();
  const page = await active.page();
  activateMs.push(performance.now() - t0 - compileTook);
  compileMs.push(compileTook);
  bytes = JSON.stringify(page).length;
  if (page.builtIn) throw new Error('expected a user codebook');
  const t1 = performance.now();
  termEntries(page.concepts);
  decodeTableMs.push(performance.now() - t1);
}
console.log(`${cb.concepts.length} concepts; ${runs} runs in one process (the first includes unoptimised code)\n`);
console.log('| step | median | first |');
console.log('| --- | ---: | ---: |');
console.log(`| compile (background) | ${median(compileMs).toFixed(0)} ms | ${compileMs[0]!.toFixed(0)} ms |`);
console.log(`| hit table, colour sheet, page's concepts (background) | ${median(activateMs).toFixed(1)} ms | ${activateMs[0]!.toFixed(1)} ms |`);
console.log(`| decoding table (page, once per version) | ${median(decodeTableMs).toFixed(1)} ms | ${decodeTableMs[0]!.toFixed(1)} ms |`);
console.log(`\n'codebook.page' answer: ${(bytes / 1024).toFixed(0)} KB of JSON`);
