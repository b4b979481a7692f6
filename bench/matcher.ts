/**
 * Benchmark of the concept matcher (not a test): `npx tsx bench/matcher.ts [sizesMB…]`.
 * Generates mixed en/ru/uz/kk/tr text (some sentences carry lexicon terms, inflected),
 * reports match() throughput (median of several runs; 1 MB = 2^20 UTF-16 characters), and the same with a lexicon ten
 * times larger (perturbed copies of every term), which must cost at most 1.5× (one pass).
 */
import { compileLexicon, match } from '../utils/lexicon/index.ts';
import { LEXICON } from '../seeds/lexicon.ts';
import type { Concept, Lang } from '../utils/lexicon/types.ts';

const SENTENCES: string[] = [
  'The ministry published a short note about the weather and the opening hours of the museum.',
  'Digital diplomacy has become an essential instrument of foreign policy for many states.',
  'Ambassadors met to discuss the agenda; the embassies posted photos on social networks.',
  'Soft power and nation branding help a country build its international image.',
  'The quarterly report lists new roads, schools and hospitals built in the regions.',
  'Цифровая дипломатия стала важным инструментом внешней политики государства.',
  'В докладе говорится о мягкой силе и о роли социальных сетей в публичной дипломатии.',
  'Погода в столице остаётся тёплой, в выходные ожидается небольшой дождь.',
  "Raqamli diplomatiyaning ahamiyati ijtimoiy tarmoqlarda tobora oshib bormoqda.",
  "Bugun shahar markazida yangi bog' ochildi va ko'plab odamlar tashrif buyurdi.",
  'Рақамли дипломатия ва ахборот хавфсизлиги масалалари муҳокама қилинди.',
  'Цифрлық дипломатияның маңызы әлеуметтік желілерде артып келеді.',
  'Кеше қалада жаңа саябақ ашылып, көптеген адамдар келді.',
  'Dijital diplomasinin etkisi sosyal medyada her geçen gün artıyor.',
  'Kamu diplomasisinde yumuşak gücü kullanmak için yeni stratejiler geliştirildi.',
  'Bugün hava güneşli ve sıcak, akşam saatlerinde rüzgâr bekleniyor.',
  'Cyber attacks and disinformation remain the main risks; the human factor matters too.',
  'Consular services for citizens abroad are now offered through mobile applications.',
];

/** Deterministic PRNG (mulberry32), so every run measures the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeText(mb: number): string {
  const target = mb * 1024 * 1024;
  const r = rng(42);
  const parts: string[] = [];
  let len = 0;
  while (len < target) {
    const s = SENTENCES[Math.floor(r() * SENTENCES.length)]!;
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(r() < 0.5 ? ' ' : '\n');
}

/** Ten times the concepts: nine perturbed copies of every term (a letter changed inside each word). */
function tenfold(concepts: Concept[]): Concept[] {
  const out: Concept[] = [...concepts];
  const letters = 'abcdefghijklmnoprstuvzабвгдежзиклмнопрстуфхшқғүұөәі';
  for (let k = 1; k <= 9; k++) {
    for (const c of concepts) {
      const terms: Partial<Record<Lang, string[]>> = {};
      for (const [lang, list] of Object.entries(c.terms) as [Lang, string[]][]) {
        terms[lang] = list.map((t) =>
          t.replace(/\p{L}{3,}/gu, (w) => {
            const p = 1 + ((k * 7 + w.length) % (w.length - 1));
            return w.slice(0, p) + letters[(k * 13 + w.length) % letters.length] + w.slice(p + 1);
          }),
        );
      }
      out.push({ ...c, id: `${c.id}-x${k}`, terms, exact: [], caseSensitive: [], stems: {} });
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const MBS = sizes.length ? sizes : [1, 10, 50];

let t0 = performance.now();
const base = compileLexicon(LEXICON);
const baseCompile = performance.now() - t0;
const bigConcepts = tenfold(LEXICON);
t0 = performance.now();
const big = compileLexicon(bigConcepts);
const bigCompile = performance.now() - t0;

console.log(`lexicon: ${base.stats.concepts} concepts, ${base.stats.terms} terms, compiled in ${baseCompile.toFixed(0)} ms`);
console.log(`10× lexicon: ${big.stats.concepts} concepts, ${big.stats.terms} terms, compiled in ${bigCompile.toFixed(0)} ms\n`);
console.log('| text | hits | match (median) | MB/s | 10× lexicon | MB/s | ratio |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
let worst = 0;
for (const mb of MBS) {
  const text = makeText(mb);
  const runs = mb >= 50 ? 3 : 5;
  // warm up: let the JIT reach its optimising tier before timing
  const warm = text.slice(0, 2_000_000);
  for (let w = 0; w < 4; w++) {
    match(warm, base);
    match(warm, big);
  }
  let hits = 0;
  const tBase = time(() => void (hits = match(text, base).length), runs);
  const tBig = time(() => void match(text, big), runs);
  const mbs = (t: number) => (mb / (t / 1000)).toFixed(1);
  const ratio = tBig / tBase;
  worst = Math.max(worst, ratio);
  console.log(`| ${mb} MB | ${hits} | ${tBase.toFixed(0)} ms | ${mbs(tBase)} | ${tBig.toFixed(0)} ms | ${mbs(tBig)} | ${ratio.toFixed(2)}× |`);
}
console.log(`\nworst 10×/1× ratio: ${worst.toFixed(2)} (limit 1.5)`);
