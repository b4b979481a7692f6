/**
 * Generated pages of realistic structure for the highlighting benchmarks:
 * sections, paragraphs, lists, quotes, tables and cards in five languages,
 * some sentences carrying a lexicon term as ministry pages do. Deterministic
 * (a fixed seed), so runs compare like with like.
 */
import { LEXICON } from '../seeds/lexicon.ts';

let seed = 42;
/** Starts the generator again from its fixed seed: the same call gives the same page. */
export const reseed = (s = 42) => void (seed = s);
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const FILLER: Record<string, string[]> = {
  en: ['The delegation met partners in the capital', 'Officials reviewed the agenda for the coming year', 'The programme includes visits to several regions', 'Experts presented a report on regional trade', 'The meeting ended with a joint statement'],
  ru: ['Делегация встретилась с партнёрами в столице', 'Стороны обсудили повестку на следующий год', 'Программа включает визиты в несколько регионов', 'Эксперты представили доклад о торговле'],
  uz: ['Delegatsiya poytaxtda hamkorlar bilan uchrashdi', 'Tomonlar kelgusi yil kun tartibini muhokama qildi', 'Dastur bir necha viloyatga tashriflarni oʻz ichiga oladi'],
  kk: ['Делегация елордада әріптестермен кездесті', 'Тараптар келесі жылдың күн тәртібін талқылады'],
  tr: ['Heyet başkentte ortaklarla bir araya geldi', 'Taraflar gelecek yılın gündemini ele aldı', 'Program birkaç bölgeye ziyaretleri kapsıyor'],
};
const LANGS = Object.keys(FILLER);
/** All lexicon terms by language: some sentences carry one, as ministry pages do. */
export const TERMS: Record<string, string[]> = {};
for (const c of LEXICON) for (const [lang, ts] of Object.entries(c.terms)) (TERMS[lang] ??= []).push(...(ts ?? []));

export function sentence(): string {
  const lang = rand() < 0.6 ? 'en' : pick(LANGS);
  let s = pick(FILLER[lang]!);
  if (rand() < 0.3 && TERMS[lang]?.length) s += `, ${lang === 'en' ? 'on' : '—'} ${pick(TERMS[lang]!)}`;
  return `${s}.`;
}
const para = (n: number) => Array.from({ length: n }, sentence).join(' ');

export function generate(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    section++;
    const block = [
      `<section><h2>Section ${section}: ${sentence()}</h2>`,
      `<p>${para(5)} <a href="#s${section}">${sentence()}</a> ${para(3)}</p>`,
      `<ul>${Array.from({ length: 4 }, () => `<li>${sentence()} <em>${sentence()}</em></li>`).join('')}</ul>`,
      `<blockquote><p>${para(2)}</p></blockquote>`,
      `<table><tr><th>Date</th><th>Event</th></tr>${Array.from({ length: 3 }, () => `<tr><td>2025-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}</td><td>${sentence()}</td></tr>`).join('')}</table>`,
      `<div class="card"><span>${sentence()}</span> <strong>${sentence()}</strong></div></section>`,
    ].join('\n');
    parts.push(block);
    size += block.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Press releases | Ministry of Foreign Affairs</title>
<style>body{font:15px/1.5 system-ui;max-width:900px;margin:auto}</style></head><body>
<header><nav><a href="/">Home</a> <a href="/press">Press</a></nav></header><main>${parts.join('\n')}</main><footer>© Ministry</footer></body></html>`;
}

