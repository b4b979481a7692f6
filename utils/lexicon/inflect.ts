/**
 * Inflection: which stems a lexicon word has, and which endings may follow each stem.
 *
 * The matcher accepts a text word when it is `stem + ending` with the ending drawn from
 * the stem's ending class. Classes are generous unions (they accept some forms no grammar
 * would produce), because precision comes from the stems: a false ending on a real stem
 * of a multi-word term is rare in practice, while a missed case form is a missed concept.
 *
 * Rules per language (all forms are FOLDED: lower case, ı→i, ё→е, see normalise.ts):
 * - en: the head (last word) takes -s/-es/-'s; consonant+y → -ies ("embassy/embassies").
 *   Modifiers stay as written: 'soft' must be followed by 'power' directly.
 * - ru: every word of a phrase declines (adjectives agree with the noun), so every word
 *   is reduced to a stem by removing the longest case ending that leaves ≥3 letters
 *   (Зализняк, Грамматический словарь русского языка, 1977: endings of the noun and
 *   adjective declensions); neuter nouns in -ние keep -ни-. Fleeting vowels (конец/конца) need an explicit stem.
 * - tr, uz, kk: agglutinative; only the head takes suffixes (modifiers in a Turkic noun
 *   phrase are uninflected: Göksel & Kerslake, Turkish: A Comprehensive Grammar, 2005, ch. 14;
 *   Muhamedowa, Kazakh: A Comprehensive Grammar, 2016, §2). Endings are generated as
 *   [plural][possessive][case]. Final voiceless stops soften before a vowel-initial suffix
 *   (tr güç→gücü, kitap→kitabı; uz -k→-gi, -q→-g'i; kk -к→-гі, -қ→-ғы, -п→-бы), so a
 *   softened stem is added automatically.
 */
import type { Lang } from './types.ts';
import { isCyrillic } from './normalise.ts';

export type EndingClass = 'exact' | 'en' | 'en-y' | 'ru' | 'tr' | 'uz-latn' | 'uz-cyrl' | 'kk';

function cross(...parts: string[][]): string[] {
  let acc = [''];
  for (const p of parts) {
    const next: string[] = [];
    for (const a of acc) for (const b of p) next.push(a + b);
    acc = next;
  }
  return [...new Set(acc)];
}

const RU_ENDINGS = [
  '', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ью',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ую', 'юю', 'ого', 'его', 'ому', 'ему',
  'ым', 'им', 'ых', 'их', 'ыми', 'ими', 'ою', 'ею',
];

// Turkish, folded as the text is (normalise.ts: ı→i, ü→u, ö→o, ş→s, ç→c, ğ→g), so one
// ending serves both 'gücün' and 'gucun': plural, possessive, case and copula.
const TR_POSSESSIVE = ['', 'i', 'u', 'si', 'su', 'm', 'im', 'um', 'n', 'in', 'un',
  'miz', 'muz', 'imiz', 'umuz', 'niz', 'nuz', 'iniz', 'unuz', 'lari', 'leri'];
const TR_CASE = ['', 'i', 'u', 'yi', 'yu', 'ni', 'nu', 'a', 'e', 'ya', 'ye', 'na', 'ne',
  'da', 'de', 'ta', 'te', 'nda', 'nde', 'dan', 'den', 'tan', 'ten', 'ndan', 'nden',
  'in', 'un', 'nin', 'nun', 'yla', 'yle', 'la', 'le',
  'ki', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki', 'dir', 'dur', 'tir', 'tur'];
const TR_ENDINGS = [
  ...cross(['', 'lar', 'ler'], TR_POSSESSIVE, TR_CASE),
  // Proper names and abbreviations take their suffixes after an apostrophe ('Twitter'da',
  // 'BM'de', 'e-Devlet'ten', 'Bakanlığı'ndan': TDK Yazım Kılavuzu, kesme işareti), folded to
  // "'" like every apostrophe variant (normalise.ts). Plurals of names are rare, so only
  // possessive and case endings follow the apostrophe (a third of the strings to compile).
  ...cross(["'"], TR_POSSESSIVE, TR_CASE).filter((e) => e !== "'"),
];

const UZ_LATN_ENDINGS = cross(
  ['', 'lar'],
  ['', 'i', 'si', 'im', 'm', 'ing', 'ng', 'imiz', 'miz', 'ingiz', 'ngiz', 'lari'],
  ['', 'ning', 'ni', 'ga', 'ka', 'qa', 'da', 'dan', 'dagi', 'gacha', 'dir', 'mi', 'day', 'dek', 'cha'],
);

const UZ_CYRL_ENDINGS = cross(
  ['', 'лар'],
  ['', 'и', 'си', 'им', 'м', 'инг', 'нг', 'имиз', 'миз', 'ингиз', 'нгиз', 'лари'],
  ['', 'нинг', 'ни', 'га', 'ка', 'қа', 'да', 'дан', 'даги', 'гача', 'дир', 'ми', 'дай', 'дек', 'ча'],
);

const KK_ENDINGS = cross(
  ['', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
  ['', 'ы', 'і', 'сы', 'сі', 'ым', 'ім', 'м', 'ың', 'ің', 'ң', 'мыз', 'міз', 'ымыз', 'іміз'],
  ['', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', 'да', 'де', 'та', 'те', 'нда', 'нде',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'менен',
    'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі'],
);

export const ENDINGS: Readonly<Record<EndingClass, readonly string[]>> = {
  exact: [''],
  en: ['', 's', 'es', "'s"],
  'en-y': ['y', 'ies', "y's"],
  ru: RU_ENDINGS,
  tr: TR_ENDINGS,
  'uz-latn': UZ_LATN_ENDINGS,
  'uz-cyrl': UZ_CYRL_ENDINGS,
  kk: KK_ENDINGS,
};

export interface Stem {
  stem: string;
  cls: EndingClass;
}

const RU_STRIPPABLE = RU_ENDINGS.filter((e) => e !== '').sort((a, b) => b.length - a.length);
const SOFTEN: Partial<Record<Lang, Record<string, string>>> = {
  // Folded: ğ is g here (and ç, already folded to c, has nothing left to soften to).
  tr: { p: 'b', t: 'd', k: 'g' },
  uz: { k: 'g', q: "g'", к: 'г', қ: 'ғ' },
  kk: { к: 'г', қ: 'ғ', п: 'б' },
};

const hasLetters = (w: string): boolean => /\p{L}/u.test(w);

/**
 * The stems of one FOLDED word of a term in language `lang`.
 * `final`: whether it is the last word of the term (the head that takes suffixes).
 * `exact`: the term is matched only as written (acronyms, short or ambiguous terms).
 */
export function stemsOf(word: string, lang: Lang, final: boolean, exact: boolean): Stem[] {
  if (exact || !hasLetters(word)) return [{ stem: word, cls: 'exact' }];
  switch (lang) {
    case 'ru': {
      if (!isCyrillic(word)) return final ? stemsOf(word, 'en', true, false) : [{ stem: word, cls: 'exact' }];
      if (word.length <= 3) return [{ stem: word, cls: 'exact' }];
      // Neuter nouns in -ние/-тие/-вие/-ье keep their и/ь in the stem (привлечени-е, -я, -ем),
      // unlike adjectives in -ие (консульск-ие), so only the last letter is removed.
      if (/(ни|ти|ви|ь)е$/.test(word)) return [{ stem: word.slice(0, -1), cls: 'ru' }];
      for (const e of RU_STRIPPABLE) {
        if (word.endsWith(e) && word.length - e.length >= 3) return [{ stem: word.slice(0, -e.length), cls: 'ru' }];
      }
      return [{ stem: word, cls: 'ru' }];
    }
    case 'en': {
      if (!final) return [{ stem: word, cls: 'exact' }];
      if (/[^aeiou]y$/.test(word)) return [{ stem: word.slice(0, -1), cls: 'en-y' }];
      if (/[^aeiou]ies$/.test(word) && word.length > 4) return [{ stem: word.slice(0, -3), cls: 'en-y' }];
      const out: Stem[] = [{ stem: word, cls: 'en' }];
      if (/[^su]s$/.test(word) && word.length > 3 && !/(is|us|ss)$/.test(word)) {
        out.push({ stem: word.slice(0, -1), cls: 'en' });
      }
      return out;
    }
    default: {
      if (!final) return [{ stem: word, cls: 'exact' }];
      const cls: EndingClass = lang === 'tr' ? 'tr' : lang === 'kk' ? 'kk' : isCyrillic(word) ? 'uz-cyrl' : 'uz-latn';
      const out: Stem[] = [{ stem: word, cls }];
      const last = word.at(-1) ?? '';
      const soft = SOFTEN[lang]?.[last];
      if (soft !== undefined && word.length > 2) out.push({ stem: word.slice(0, -1) + soft, cls });
      return out;
    }
  }
}

/*
 * The same rules on code units (the compiler's path: no strings, no regular expressions per
 * word). stemsOf above stays the reference, and tests/unit/lexicon/stem-units.test.ts checks
 * that both agree on every word of a 1,000-concept codebook.
 */

/** Ending classes by index (the compiler's and the matcher's numbering); 'wild' is a prefix wildcard's. */
export type StemClass = EndingClass | 'wild';
export const STEM_CLASSES: readonly StemClass[] = [...(Object.keys(ENDINGS) as EndingClass[]), 'wild'];
const CI = Object.fromEntries(STEM_CLASSES.map((c, i) => [c, i])) as Record<StemClass, number>;

/** How a word is stemmed: as written, a wildcard's prefix, or by a language's rules (as final word or not). */
export const M_EXACT = 0;
export const M_WILD = 1;
export const M_RU = 2; // a Russian word that is not the term's last
export const M_RU_FINAL = 3;
export const M_EN_FINAL = 4;
export const M_TR_FINAL = 5;
export const M_UZ_FINAL = 6;
export const M_KK_FINAL = 7;

/** The mode of a word of a term: stemsOf(word, lang, final, exact) is stemsOfUnits(…, modeOf(…)). */
export function modeOf(lang: string, final: boolean, exact: boolean, wild: boolean): number {
  if (wild) return M_WILD;
  if (exact) return M_EXACT;
  switch (lang) {
    case 'ru':
      return final ? M_RU_FINAL : M_RU;
    case 'en':
      return final ? M_EN_FINAL : M_EXACT;
    case 'tr':
      return final ? M_TR_FINAL : M_EXACT;
    case 'uz':
      return final ? M_UZ_FINAL : M_EXACT;
    case 'kk':
      return final ? M_KK_FINAL : M_EXACT;
    default:
      return M_EXACT; // a language without rules of its own is matched as written
  }
}

// Per BMP code unit, filled on first use: 0 not known yet, 1 yes, 2 no.
const LETTER = new Uint8Array(65536);
const CYRILLIC = new Uint8Array(65536);
const RE_LETTER = /\p{L}/u;
const RE_CYRILLIC = /\p{Script=Cyrillic}/u;

function unitIs(table: Uint8Array, re: RegExp, u: Uint16Array, i: number, b: number): boolean {
  const c = u[i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) return re.test(String.fromCharCode(c, u[i + 1]!));
  let v = table[c]!;
  if (v === 0) table[c] = v = re.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Whether u[a, b) has a letter (/\p{L}/u) or a Cyrillic character (/\p{Script=Cyrillic}/u). */
function hasUnit(table: Uint8Array, re: RegExp, u: Uint16Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = u[i]!;
    if (table === LETTER && ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f))) return true;
    if (unitIs(table, re, u, i, b)) return true;
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return false;
}
export const hasLetterUnits = (u: Uint16Array, a: number, b: number): boolean => hasUnit(LETTER, RE_LETTER, u, a, b);
export const isCyrillicUnits = (u: Uint16Array, a: number, b: number): boolean => hasUnit(CYRILLIC, RE_CYRILLIC, u, a, b);

// Russian endings by length, packed as numbers (u1, u1·2¹⁶+u2, …): the longest that leaves ≥3 letters is removed.
const RU_BY_LEN: Set<number>[] = [new Set(), new Set(), new Set(), new Set()];
for (const e of RU_STRIPPABLE) {
  let k = 0;
  for (let i = 0; i < e.length; i++) k = k * 65536 + e.charCodeAt(i);
  RU_BY_LEN[e.length]!.add(k);
}
const RU_MAX = Math.max(...RU_STRIPPABLE.map((e) => e.length));
if (RU_MAX > 3) throw new Error('inflect: a Russian ending longer than 3 letters needs a wider key');

// Softening of a final stop per language, by code unit: the replacement's units.
const SOFT_UNITS: Map<number, number[]>[] = [];
for (const [mode, lang] of [[M_TR_FINAL, 'tr'], [M_UZ_FINAL, 'uz'], [M_KK_FINAL, 'kk']] as const) {
  const m = new Map<number, number[]>();
  for (const [from, to] of Object.entries(SOFTEN[lang] ?? {})) m.set(from.charCodeAt(0), Array.from(to, (ch) => ch.charCodeAt(0)));
  SOFT_UNITS[mode] = m;
}

/**
 * The stems of the folded word u[a, b), written to STEMS: stem k is `u[a, a + STEMS.len[k])`
 * followed by `STEMS.tail[k]` (0, 1 or 2 code units: a softened final letter), of class index
 * `STEMS.cls[k]` (STEM_CLASSES). Returns their count (1 or 2).
 */
export const STEMS = { len: new Int32Array(2), tail: [[], []] as number[][], cls: new Int32Array(2) };
const NO_TAIL: number[] = [];

function one(len: number, cls: number): number {
  STEMS.len[0] = len;
  STEMS.tail[0] = NO_TAIL;
  STEMS.cls[0] = cls;
  return 1;
}

function two(len0: number, len1: number, tail1: number[], cls: number): number {
  STEMS.len[0] = len0;
  STEMS.tail[0] = NO_TAIL;
  STEMS.cls[0] = cls;
  STEMS.len[1] = len1;
  STEMS.tail[1] = tail1;
  STEMS.cls[1] = cls;
  return 2;
}

const isVowelEn = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;

function enFinal(u: Uint16Array, a: number, n: number): number {
  const last = u[a + n - 1]!;
  // /[^aeiou]y$/, then /[^aeiou]ies$/ (longer than 4), then /[^su]s$/ but not /(is|us|ss)$/ (longer than 3)
  if (n >= 2 && last === 0x79 && !isVowelEn(u[a + n - 2]!)) return one(n - 1, CI['en-y']);
  if (n > 4 && last === 0x73 && u[a + n - 2] === 0x65 && u[a + n - 3] === 0x69 && !isVowelEn(u[a + n - 4]!)) return one(n - 3, CI['en-y']);
  if (n > 3 && last === 0x73) {
    const p = u[a + n - 2]!;
    if (p !== 0x73 && p !== 0x75 && p !== 0x69) return two(n, n - 1, NO_TAIL, CI.en);
  }
  return one(n, CI.en);
}

export function stemsOfUnits(u: Uint16Array, a: number, b: number, mode: number): number {
  const n = b - a;
  if (mode === M_WILD) return one(n, CI.wild);
  if (mode === M_EXACT || !hasLetterUnits(u, a, b)) return one(n, CI.exact);
  switch (mode) {
    case M_RU:
    case M_RU_FINAL: {
      if (!isCyrillicUnits(u, a, b)) return mode === M_RU_FINAL ? enFinal(u, a, n) : one(n, CI.exact);
      if (n <= 3) return one(n, CI.exact);
      // /(ни|ти|ви|ь)е$/: neuter nouns keep their и/ь
      if (u[b - 1] === 0x435) {
        const p = u[b - 2]!;
        if (p === 0x44c || (p === 0x438 && (u[b - 3] === 0x43d || u[b - 3] === 0x442 || u[b - 3] === 0x432))) return one(n - 1, CI.ru);
      }
      // the longest ending that leaves ≥3 letters
      let best = n;
      let k = 0;
      for (let len = 1; len <= RU_MAX && n - len >= 3; len++) {
        k = u[b - len]! * 65536 ** (len - 1) + k;
        if (RU_BY_LEN[len]!.has(k)) best = n - len;
      }
      return one(best, CI.ru);
    }
    case M_EN_FINAL:
      return enFinal(u, a, n);
    default: {
      const cls = mode === M_TR_FINAL ? CI.tr : mode === M_KK_FINAL ? CI.kk : isCyrillicUnits(u, a, b) ? CI['uz-cyrl'] : CI['uz-latn'];
      const soft = SOFT_UNITS[mode]!.get(u[b - 1]!);
      if (soft !== undefined && n > 2) return two(n, n - 1, soft, cls);
      return one(n, cls);
    }
  }
}
