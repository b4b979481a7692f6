/**
 * Character-level normalisation shared by the compiler and the matcher.
 *
 * The matcher never builds a normalised copy of the page text: it reads the ORIGINAL
 * UTF-16 code units one by one and folds each through the tables below, so every
 * offset it reports is an offset into the original text (see match.ts). The same
 * tables fold the lexicon's terms at compile time, so both sides agree.
 *
 * Pure: no DOM. Tables are built on first use (~65k entries, 20–60 ms), not at module
 * load: the background and the popup import this module, but only the first match
 * (a highlighted page, a quote) pays for the tables. Content scripts never load it:
 * they hand their text to the background (protocol 'lexicon.match').
 */

/** Character classes (CLASS table). */
export const C_SEP = 0; // punctuation, symbols: ends a word and breaks a phrase
export const C_WORD = 1; // \p{L}, \p{N} or '_': part of a word
export const C_GAP = 2; // white space and hyphens: ends a word but may join the words of a phrase
export const C_IGNORE = 3; // soft hyphen, zero-width characters: invisible, skipped inside words
export const C_MARK = 4; // combining mark: composed with the preceding letter (NFC) or skipped
export const C_APOS = 5; // apostrophe variants: inside a word only when between two word characters
export const C_DOT = 6; // '.' ',' : inside a word only between two digits ('2.0', 'Diplomacy 2.0')
export const C_HIGH = 7; // high surrogate: an astral character follows (emoji, rare scripts)

export const CLASS = new Uint8Array(65536);
/** Folded code unit for each BMP code unit (lower case, Turkish letters to their plain ones, ё→е, apostrophes). */
export const FOLD = new Uint16Array(65536);

/** The one apostrophe every variant folds to. */
export const APOS = 0x27;

/*
 * Uzbek Latin writes oʻ/gʻ with U+02BB (turned comma) and the tutuq belgisi with U+02BC;
 * in practice typists use any of ' ` ‘ ’ ‛ ′ instead (O'zbekiston Respublikasi Vazirlar
 * Mahkamasining 2019-yil 10-maydagi qarori on the alphabet; see also Unicode L2/04-141).
 */
const APOSTROPHES = "'`\u2018\u2019\u201B\u2032\u02BB\u02BC\u02BD\u02B9\u00B4";
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D\u2E3A\u2E3B';
/* Invisible format characters that may appear inside a word (hyphenation points, joiners). */
const IGNORABLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u180E';

let built = false;

/** Fills CLASS and FOLD once; every entry point of the lexicon calls it first. */
export function ensureTables(): void {
  if (built) return; // (called per term by the compiler: no generator made once built)
  for (const _ of buildTables());
}

/**
 * The table build as steps (each scans 1/8 of the BMP, a few ms), so a caller
 * can spread it over idle periods (compileLexiconSteps) instead of one long task.
 */
export function* buildTables(): Generator<void> {
  if (built) return;
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  CLASS.fill(C_SEP);
  for (let c = 0xd800; c <= 0xdbff; c++) CLASS[c] = C_HIGH;
  // One regex scan per class over a block of the BMP is ~10x faster than a test per
  // code unit. Lone surrogates match none of these classes (set above instead).
  const STEP = 8192;
  for (let from = 0; from < 65536; from += STEP) {
    const block = String.fromCharCode(...Array.from({ length: STEP }, (_, i) => from + i));
    const mark = (re: RegExp, k: number) => {
      for (const m of block.matchAll(re)) CLASS[from + m.index] = k;
    };
    mark(/\s/gu, C_GAP);
    mark(/\p{M}/gu, C_MARK);
    mark(/[\p{L}\p{N}]/gu, C_WORD);
    // Only letters with a lower-case form need folding. İ (U+0130) lowercases to
    // 'i' + U+0307 (two code units): its first unit, plain 'i', is what we want.
    for (const m of block.matchAll(/[\p{Lu}\p{Lt}]/gu)) FOLD[from + m.index] = m[0].toLowerCase().charCodeAt(0);
    yield;
  }
  built = true;
  for (const ch of HYPHENS) CLASS[ch.charCodeAt(0)] = C_GAP;
  for (const ch of IGNORABLE) CLASS[ch.charCodeAt(0)] = C_IGNORE;
  for (const ch of APOSTROPHES) {
    CLASS[ch.charCodeAt(0)] = C_APOS;
    FOLD[ch.charCodeAt(0)] = APOS;
  }
  // '_' joins words into one, as in handles and identifiers ('MFA_Uzbekistan', 'soft_power'):
  // they name accounts and fields, and are not mentions of a concept.
  CLASS[0x5f] = C_WORD;
  CLASS[0x2e] = C_DOT;
  CLASS[0x2c] = C_DOT;
  FOLD[0x2c] = 0x2e; // '2,0' and '2.0' alike
  // Turkish: dotless ı and dotted İ both fold to i, so DİJİTAL, DIJITAL and dijital agree
  // (Unicode SpecialCasing.txt gives the tr-specific pairs İ↔i, I↔ı).
  FOLD[0x131] = 0x69;
  FOLD[0x130] = 0x69;
  // Russian ё is usually printed as е (Правила русской орфографии 1956, §10).
  FOLD[0x451] = 0x435;
  FOLD[0x401] = 0x435;
  // Turkish typed without its letters ('yumusak guc' for 'yumuşak güç') is common on social
  // media and in URLs and hashtags: ş ç ğ ö ü fold to s c g o u, as ı and İ fold to i above.
  // No term of the lexicon becomes another's by this (tests/unit/lexicon/schema.test.ts).
  for (const [from, to] of [['şŞ', 's'], ['çÇ', 'c'], ['ğĞ', 'g'], ['öÖ', 'o'], ['üÜ', 'u']] as const) {
    for (const ch of from) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
  }
  // Turkish circumflex (â î û) is optional in current spelling (TDK Yazım Kılavuzu): zekâ = zeka.
  FOLD[0xe2] = 0x61;
  FOLD[0xc2] = 0x61;
  FOLD[0xee] = 0x69;
  FOLD[0xce] = 0x69;
  FOLD[0xfb] = 0x75;
  FOLD[0xdb] = 0x75;
}

const composeCache = new Map<number, number>();

/**
 * NFC composition of a base code unit and one combining mark ('и' + U+0306 → 'й').
 * Returns the composed code unit, or -1 when NFC has no single precomposed character.
 */
export function compose(base: number, mark: number): number {
  const key = base * 0x10000 + mark;
  let v = composeCache.get(key);
  if (v === undefined) {
    const s = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
    v = s.length === 1 ? s.charCodeAt(0) : -1;
    composeCache.set(key, v);
  }
  return v;
}

const astralCache = new Map<number, boolean>();
/** Whether an astral code point is a letter or number (rare: cached). */
export function astralIsWord(cp: number): boolean {
  let v = astralCache.get(cp);
  if (v === undefined) {
    v = /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
    astralCache.set(cp, v);
  }
  return v;
}

/** A word of a text: its folded form and its UTF-16 span in the original. */
export interface Token {
  folded: string;
  start: number;
  end: number;
  /** Whether only white space / hyphens / invisible characters separate it from the previous token. */
  joined: boolean;
}

/**
 * The folded words of a text as code units, without making strings (the compiler's
 * tokeniser: a 1,000-concept codebook is ~50,000 words). After `foldWords(text)`,
 * word k's folded code units are `FW.units[FW.word[4k] .. FW.word[4k+1])`, its span in the
 * original `text.slice(FW.word[4k+2], FW.word[4k+3])`; bit 0 of `FW.joined[k]` says whether
 * only white space / hyphens / invisible characters separate it from the previous word.
 * The buffers are reused (and grown) by the next call.
 */
export const FW = { units: new Uint16Array(1024), word: new Int32Array(256), joined: new Uint8Array(64) };

function growUnits(need: number): Uint16Array<ArrayBuffer> {
  let cap = FW.units.length * 2;
  while (cap < need) cap *= 2;
  const u = new Uint16Array(cap);
  u.set(FW.units);
  FW.units = u;
  return u;
}

/** Splits a text into folded words (see FW), with the same rules the matcher applies inline; returns their count. */
export function foldWords(text: string): number {
  ensureTables();
  const n = text.length;
  let units = FW.units;
  if (units.length < n + 2) units = growUnits(n + 2); // folding never lengthens a word
  let count = 0;
  let len = 0;
  let i = 0;
  let joined = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === C_WORD || (k === C_HIGH && isAstralWordAt(text, i))) {
      const start = i;
      const u0 = len;
      let lastWasDigit = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        const kd = CLASS[d]!;
        if (kd === C_WORD) {
          let base = d;
          let j = i + 1;
          while (j < n && CLASS[text.charCodeAt(j)] === C_MARK) {
            const comp = compose(base, text.charCodeAt(j));
            if (comp >= 0) base = comp;
            j++;
          }
          units[len++] = FOLD[base]!;
          lastWasDigit = d >= 0x30 && d <= 0x39;
          i = j;
        } else if (kd === C_HIGH && isAstralWordAt(text, i)) {
          units[len++] = d;
          units[len++] = text.charCodeAt(i + 1);
          lastWasDigit = false;
          i += 2;
        } else if (kd === C_IGNORE || kd === C_MARK) {
          i++;
        } else if (kd === C_APOS && isWordAt(text, i + 1)) {
          units[len++] = APOS;
          lastWasDigit = false;
          i++;
        } else if (kd === C_DOT && lastWasDigit && isDigitAt(text, i + 1)) {
          units[len++] = 0x2e;
          i++;
        } else break;
      }
      // a word ends at its last word character, not at trailing invisible characters
      let end = i;
      while (end > start && CLASS[text.charCodeAt(end - 1)] === C_IGNORE) end--;
      if (FW.word.length < 4 * count + 4) {
        const w = new Int32Array(FW.word.length * 2);
        w.set(FW.word);
        FW.word = w;
        const jn = new Uint8Array(FW.joined.length * 2);
        jn.set(FW.joined);
        FW.joined = jn;
      }
      const W = FW.word;
      W[4 * count] = u0;
      W[4 * count + 1] = len;
      W[4 * count + 2] = start;
      W[4 * count + 3] = end;
      FW.joined[count] = joined && count > 0 ? 1 : 0;
      count++;
      joined = true;
    } else {
      if (k === C_SEP || k === C_APOS || k === C_DOT || k === C_HIGH) joined = false;
      i += k === C_HIGH ? 2 : 1;
    }
  }
  return count;
}

/** String.fromCharCode over code units, in pieces (an argument list has a limit; a word of a hostile text may not). */
export function unitsToString(u: Uint16Array, from: number, to: number): string {
  if (to - from <= 4096) return String.fromCharCode.apply(null, u.subarray(from, to) as unknown as number[]);
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCharCode.apply(null, u.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  return out;
}

/** Splits a text into folded words, with the same rules the matcher applies inline (tests, terms.ts; the compiler uses foldWords). */
export function tokenise(text: string): Token[] {
  const count = foldWords(text);
  const out: Token[] = [];
  const W = FW.word;
  for (let k = 0; k < count; k++) {
    out.push({ folded: unitsToString(FW.units, W[4 * k]!, W[4 * k + 1]!), start: W[4 * k + 2]!, end: W[4 * k + 3]!, joined: FW.joined[k] === 1 });
  }
  return out;
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

export function isAstralWordAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && cp > 0xffff && astralIsWord(cp);
}

export function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const k = CLASS[text.charCodeAt(i)];
  return k === C_WORD || (k === C_HIGH && isAstralWordAt(text, i));
}

/** The folded words of a text joined by single spaces: 'E‑Diplomacy' → 'e diplomacy'. */
export function normalise(text: string): string {
  return tokenise(text)
    .map((t) => t.folded)
    .join(' ');
}

/** Whether a Unicode string is written in Cyrillic (decides Uzbek script-specific endings). */
export function isCyrillic(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word);
}
