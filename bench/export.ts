/**
 * Export benchmark (not a test): 100,000 realistic examples (Cyrillic, Latin,
 * Turkish, emoji; quotes of ~100–600 characters with ~200 characters of context;
 * 0–4 concepts, 0–5 tags, some notes), timed through every export.
 *
 *   npx tsx bench/export.ts [--rows 100000] [--runs 3]
 *
 * Prints a Markdown table: median and min of the runs, output size in MB
 * (UTF-8 bytes), and for the chunked CSV the longest single chunk (the longest
 * the page is blocked between two yields).
 */
import { performance } from 'node:perf_hooks';
import type { Example } from '../utils/model/example.ts';
import { exportCodedSegmentsCsv, exportExamplesCsv, exportExamplesCsvChunked } from '../utils/export/csv.ts';
import { exportJson, parseImport } from '../utils/export/json.ts';
import { exportWebAnnotations } from '../utils/export/web-annotation.ts';
import { LEXICON } from '../seeds/lexicon.ts';
import { CODEBOOK } from '../seeds/codebook.ts';

const args = process.argv.slice(2);
const arg = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : d;
};
const ROWS = Number(arg('rows', '100000'));
const RUNS = Number(arg('runs', '3'));

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const SENTENCES = [
  'Digital diplomacy has become an everyday instrument of foreign policy.',
  'Министр иностранных дел провёл переговоры с коллегой по видеосвязи, обсудив вопросы цифровой дипломатии.',
  "O'zbekiston Tashqi ishlar vazirligi raqamli diplomatiya bo'yicha yangi strategiyani taqdim etdi.",
  'Сыртқы істер министрлігі цифрлық дипломатия туралы халықаралық форумға қатысты.',
  'Dışişleri Bakanlığı İstanbul’da dijital diplomasi konulu bir toplantı düzenledi.',
  'The Embassy invites citizens abroad to register for consular services online 🇺🇿.',
  'Spokesperson: "We call on all parties to respect international law, including the UN Charter."',
  'Посольство напоминает гражданам о необходимости регистрации, подробности — на сайте.',
];
const SITES = ['mfa.uz', 'gov.kz', 'mfa.gov.tr', 'x.com', 't.me', 'facebook.com', 'mid.ru', 'state.gov'];
const TAGS = ['forum', 'visa', 'UN', 'crisis', 'branding', 'COVID-19', 'investment', 'diaspora', 'interview', 'Q&A'];
const conceptIds = LEXICON.map((c) => c.id);
const functionIds = CODEBOOK.map((f) => f.id);

function text(min: number, max: number): string {
  let s = '';
  const n = int(min, max);
  while (s.length < n) s += (s ? ' ' : '') + pick(SENTENCES);
  return s.slice(0, n);
}

function makeRow(i: number): Example {
  const quote = text(100, 600);
  const prefix = text(150, 200);
  const suffix = text(150, 200);
  const site = pick(SITES);
  const t = Date.UTC(2024, 0, 1) + i * 60_000;
  return {
    id: crypto.randomUUID(),
    quote,
    prefix,
    suffix,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
      position: { type: 'TextPositionSelector', start: 1000 + i, end: 1000 + i + quote.length },
    },
    url: `https://${site}/en/press/news/${2024 + (i % 2)}/${i}`,
    canonicalUrl: rand() < 0.5 ? `https://${site}/news/${i}` : undefined,
    title: text(40, 90),
    site,
    lang: pick(['en', 'ru', 'uz', 'kk', 'tr']),
    detection: {
      kind: pick(['mfa', 'government', 'none'] as const),
      subkind: pick(['ministry', 'embassy', 'none'] as const),
      country: pick(['UZ', 'KZ', 'TR', 'RU', 'US', null]),
      confidence: Math.round(rand() * 100) / 100,
      reasons: [`${site} is the official website of a ministry of foreign affairs.`],
      platform: site === 'x.com' ? 'x' : site === 't.me' ? 'telegram' : site === 'facebook.com' ? 'facebook' : 'web',
    },
    concepts: Array.from({ length: int(0, 4) }, () => pick(conceptIds)),
    tags: Array.from({ length: int(0, 5) }, () => pick(TAGS)),
    functionId: rand() < 0.7 ? pick(functionIds) : '',
    note: rand() < 0.3 ? text(20, 300) : '',
    createdAt: t,
    updatedAt: t + int(0, 86_400_000),
    lexiconVersion: '2026.11.1',
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

async function time(fn: () => string | Promise<string>): Promise<{ ms: number[]; out: string }> {
  const ms: number[] = [];
  let out = '';
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    out = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms, out };
}

async function main() {
  const t0 = performance.now();
  const rows = Array.from({ length: ROWS }, (_, i) => makeRow(i));
  console.log(`Generated ${ROWS.toLocaleString('en')} examples in ${(performance.now() - t0).toFixed(0)} ms; Node ${process.version}; ${RUNS} runs each.\n`);

  const now = new Date();
  const table: string[][] = [];
  const add = (name: string, r: { ms: number[]; out: string }, extra = '') =>
    table.push([name, median(r.ms).toFixed(0), Math.min(...r.ms).toFixed(0), (bytes(r.out) / 1e6).toFixed(1), extra]);

  const csv = await time(() => exportExamplesCsv(rows, { bom: true, now }));
  add('exportExamplesCsv', csv);

  // Main-thread time between two yields (the last slice runs until the function returns).
  let slices: number[] = [];
  const chunked = await time(async () => {
    slices = [];
    let last = performance.now();
    const out = await exportExamplesCsvChunked(rows, {
      bom: true,
      now,
      yieldTo: async () => {
        slices.push(performance.now() - last);
        await new Promise<void>((r) => setImmediate(r));
        last = performance.now();
      },
    });
    slices.push(performance.now() - last);
    return out;
  });
  add(
    'exportExamplesCsvChunked (2,000/chunk)',
    chunked,
    `${slices.length} slices: p90 ${[...slices].sort((a, b) => a - b)[Math.floor(slices.length * 0.9)]!.toFixed(0)} ms, top ${slices.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 3).map(([s, i]) => `#${i}:${s.toFixed(0)}`).join(' ')}, median ${median(slices).toFixed(0)} ms, longest ${Math.max(...slices).toFixed(0)} ms (last run); identical to sync: ${chunked.out === csv.out}`,
  );

  add('exportCodedSegmentsCsv', await time(() => exportCodedSegmentsCsv(rows, { bom: true, now })));
  const json = await time(() => exportJson(rows, { now, lexiconVersion: '2026.11.1' }));
  add('exportJson', json);
  const parsed = await time(() => {
    const r = parseImport(json.out);
    if (!r.ok) throw new Error(r.error);
    return '';
  });
  table.push(['parseImport (of that JSON)', median(parsed.ms).toFixed(0), Math.min(...parsed.ms).toFixed(0), '', '']);
  add('exportWebAnnotations', await time(() => exportWebAnnotations(rows, { now, conceptIri: (id) => `urn:diplolens:concept:${id}` })));

  console.log('| Export | median ms | min ms | output MB | notes |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of table) console.log(`| ${r.join(' | ')} |`);
}

await main();
