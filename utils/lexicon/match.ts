/**
 * One pass over the ORIGINAL text. For each word, characters are folded on the fly
 * (normalise.ts) and fed to the stem trie; where a stem ends, an ending-trie walker starts.
 * A word is a lexicon word when a walker sits on an accepting node at the word's end.
 * Consecutive lexicon words separated only by white space / hyphens form a "run"; terms
 * (paths in the phrase trie) are looked for inside runs. Any other word or punctuation ends
 * the run, so the phrase step is bounded by the run, not by the lexicon.
 *
 * Offsets are those of the original code units, so they map back exactly even where folding
 * changes lengths (İ, decomposed letters, soft hyphens, CRLF, surrogate pairs).
 */
import type { Hit, LexiconEntry, Reading } from './types.ts';
import { type CompiledLexicon, type TermRef, entryWordsOf, phraseTermsAt } from './compile.ts';
import { hashSlot, stepTable } from './automaton.ts';
import * as N from './normalise.ts';

/*
 * Module-level aliases: bundlers and test runners (esbuild/tsx, vite) compile imported
 * bindings into getter calls on a module object; the hot loop must read plain locals.
 */
const CLASS: Uint8Array = N.CLASS;
const FOLD: Uint16Array = N.FOLD;
const APOS = N.APOS;
const C_WORD = N.C_WORD;
const C_GAP = N.C_GAP;
const C_IGNORE = N.C_IGNORE;
const C_MARK = N.C_MARK;
const C_APOS = N.C_APOS;
const C_DOT = N.C_DOT;
const C_HIGH = N.C_HIGH;
const compose = N.compose;
const isAstralWordAt = N.isAstralWordAt;
const isDigitAt = N.isDigitAt;
const isWordAt = N.isWordAt;
const hash = hashSlot;

const MAX_WALKERS = 32;


export interface MatchOptions {
  /**
   * Also report every other concept whose term covers exactly the same words (a word a
   * dictionary files under two codes, as LIWC does with 'a' in funct and article). Off by
   * default: a highlight, and the hover card, show one concept per span.
   */
  allConcepts?: boolean;
}

export function match(text: string, L: CompiledLexicon<LexiconEntry>, opts: MatchOptions = {}): Hit[] {
  const all = opts.allConcepts === true;
  N.ensureTables();
  const hits: Hit[] = [];
  const n = text.length;
  const { slotNode, slotChar, slotNext, mask, root0 } = L.trie;
  const accept = L.accept;
  const entryStart = L.entryStart;
  const entryCount = L.entryCount;
  const entryEndRoot = L.entryEndRoot;
  const wild = L.wildRoot;

  const wEnd = new Int32Array(MAX_WALKERS);
  const wEntry = new Int32Array(MAX_WALKERS);

  // the current run of lexicon words
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runWords: (readonly number[])[] = [];
  // per run word: Turkish 'bir', which a Turkish phrase may step over (see walk)
  const runFill: boolean[] = [];
  let runLen = 0;


  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const k0 = CLASS[c0]!;
    if (k0 !== C_WORD) {
      if (k0 === C_GAP || k0 === C_IGNORE || k0 === C_MARK) {
        i++;
        continue;
      }
      if (k0 === C_HIGH) {
        if (isAstralWordAt(text, i)) {
          // a word starting with an astral letter: never a lexicon word
          i = skipWord(text, i);
        } else i += 2;
        if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
        continue;
      }
      // punctuation, stray apostrophes and dots end any phrase
      if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
      i++;
      continue;
    }

    // ---- a word starts at i
    // After '@' it is a handle or an address ('@MFA', 'press@mfa.uz'), not a mention of a
    // concept: it ends any phrase and never matches.
    if (i > 0 && text.charCodeAt(i - 1) === 0x40) {
      if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
      i = skipWord(text, i);
      continue;
    }
    const tokStart = i;
    let tokEnd = i;
    let node = 0;
    let nw = 0;
    let lastDigit = false;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = CLASS[c]!;
      let f: number;
      if (k === C_WORD) {
        let base = c;
        j++;
        while (j < n && CLASS[text.charCodeAt(j)] === C_MARK) {
          const comp = compose(base, text.charCodeAt(j));
          if (comp >= 0) base = comp;
          j++;
        }
        f = FOLD[base]!;
        lastDigit = c >= 0x30 && c <= 0x39;
        tokEnd = j;
      } else if (k === C_IGNORE || k === C_MARK) {
        j++;
        continue;
      } else if (k === C_APOS && isWordAt(text, j + 1)) {
        f = APOS;
        lastDigit = false;
        j++;
      } else if (k === C_DOT && lastDigit && isDigitAt(text, j + 1)) {
        f = 0x2e;
        j++;
      } else if (k === C_HIGH && isAstralWordAt(text, j)) {
        // astral letters are not in the lexicon: the word cannot match
        node = -1;
        nw = 0;
        j += 2;
        tokEnd = j;
        continue;
      } else break;

      // advance ending walkers
      if (nw > 0) {
        let keep = 0;
        for (let w = 0; w < nw; w++) {
          const from = wEnd[w]!;
          if (from === wild) {
            // a prefix wildcard's stem was read: any letters may follow
            wEnd[keep] = from;
            wEntry[keep] = wEntry[w]!;
            keep++;
            continue;
          }
          let s = hash(from, f, mask);
          let to = -1;
          for (;;) {
            const sn = slotNode[s]!;
            if (sn === -1) break;
            if (sn === from && slotChar[s] === f) {
              to = slotNext[s]!;
              break;
            }
            s = (s + 1) & mask;
          }
          if (to >= 0) {
            wEnd[keep] = to;
            wEntry[keep] = wEntry[w]!;
            keep++;
          }
        }
        nw = keep;
      }
      // advance the stem trie
      if (node >= 0) {
        if (node === 0) node = root0[f]!;
        else {
          let s = hash(node, f, mask);
          let to = -1;
          for (;;) {
            const sn = slotNode[s]!;
            if (sn === -1) break;
            if (sn === node && slotChar[s] === f) {
              to = slotNext[s]!;
              break;
            }
            s = (s + 1) & mask;
          }
          node = to;
        }
        if (node >= 0) {
          const cnt = entryCount[node]!;
          if (cnt > 0) {
            const e0 = entryStart[node]!;
            for (let e = 0; e < cnt && nw < MAX_WALKERS; e++) {
              wEnd[nw] = entryEndRoot[e0 + e]!;
              wEntry[nw] = e0 + e;
              nw++;
            }
          }
        }
      }
      if (node < 0 && nw === 0) {
        // dead: nothing in the lexicon continues this word; skip to its end
        j = skipWord(text, j);
        tokEnd = -1;
        break;
      }
    }

    if (tokEnd < 0) {
      if (runLen > 0) {
        if (isBir(text, tokStart, j)) {
          runStart[runLen] = tokStart;
          runEnd[runLen] = j;
          runWords[runLen] = NO_WORDS;
          runFill[runLen] = true;
          runLen++;
        } else runLen = resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
      }
      i = j;
      continue;
    }
    // collect the words whose ending walkers accept here
    let words: readonly number[] | undefined;
    let owned = false;
    for (let w = 0; w < nw; w++) {
      if (accept[wEnd[w]!] === 1) {
        const ids = entryWordsOf(L, wEntry[w]!);
        if (!words) words = ids;
        else
          for (const id of ids)
            if (!words.includes(id)) {
              if (!owned) {
                words = words.slice();
                owned = true;
              }
              (words as number[]).push(id);
            }
      }
    }
    const fill = runLen > 0 && isBir(text, tokStart, tokEnd);
    if (words || fill) {
      runStart[runLen] = tokStart;
      runEnd[runLen] = tokEnd;
      runWords[runLen] = words ?? NO_WORDS;
      runFill[runLen] = fill;
      runLen++;
    } else if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
    i = j;
  }
  if (runLen > 0) resolveRun(text, L, runStart, runEnd, runWords, runFill, runLen, hits, all);
  return hits;
}

const NO_WORDS: readonly number[] = [];

/**
 * Whether text[a, b) is the Turkish indefinite article 'bir' in any case ('Bir', 'BİR', 'BIR').
 * Turkish puts it between a modifier and its noun ('hibrit bir kampanya', 'çevrimiçi bir basın
 * toplantısı': Göksel & Kerslake, Turkish: A Comprehensive Grammar, 2005, §14.3), so a Turkish
 * term may step over it; it is never a term's first or last word.
 */
function isBir(text: string, a: number, b: number): boolean {
  let k = 0;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    const cls = CLASS[c];
    if (cls === C_IGNORE || cls === C_MARK) continue;
    const f = FOLD[c];
    if (k > 2 || f !== (k === 0 ? 0x62 : k === 1 ? 0x69 : 0x72)) return false;
    k++;
  }
  return k === 3;
}

/** Index just past the word that continues at i (same joining rules as the main loop). */
function skipWord(text: string, i: number): number {
  const n = text.length;
  let lastDigit = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === C_WORD) {
      lastDigit = c >= 0x30 && c <= 0x39;
      i++;
    } else if (k === C_IGNORE || k === C_MARK) i++;
    else if (k === C_APOS && isWordAt(text, i + 1)) {
      lastDigit = false;
      i++;
    } else if (k === C_DOT && lastDigit && isDigitAt(text, i + 1)) i++;
    else if (k === C_HIGH && isAstralWordAt(text, i)) {
      lastDigit = false;
      i += 2;
    } else break;
  }
  return i;
}

// Scratch space for the candidates of one run (reused: runs are many and mostly small).
const candRef: TermRef[] = [];
const candStart: number[] = [];
const candEnd: number[] = [];
let nc = 0;

/** Finds terms inside one run of lexicon words; keeps the longest, then the earliest. Returns 0 (the new run length). */
function resolveRun(
  text: string,
  L: CompiledLexicon<LexiconEntry>,
  runStart: number[],
  runEnd: number[],
  runWords: (readonly number[])[],
  runFill: boolean[],
  runLen: number,
  hits: Hit[],
  all: boolean,
): number {
  nc = 0;
  for (let s = 0; s < runLen; s++) walk(text, L, runStart, runEnd, runWords, runFill, runLen, s, 0, s, 0);
  return nc === 0 ? 0 : pickLongest(hits, all);
}

/**
 * Keeps the longest candidates, then the earliest; with `all`, their same-span twins of other
 * concepts too. Every other concept whose term covers some of a kept hit's words (the same
 * words, a part of them, or words across its edge) is that hit's `also`: the painted span is
 * one concept's, the words are several concepts' ('trade and investment promotion' is economic
 * diplomacy and investment promotion).
 */
function pickLongest(hits: Hit[], all: boolean): number {
  if (nc === 1) {
    const ref = candRef[0]!;
    hits.push({ conceptId: ref.conceptId, term: ref.term, lang: ref.lang, start: candStart[0]!, end: candEnd[0]! });
    return 0;
  }
  const order: number[] = [];
  for (let c = 0; c < nc; c++) order.push(c);
  // longest first, then earliest, then lexicon order (stable)
  order.sort((a, b) => candEnd[b]! - candStart[b]! - (candEnd[a]! - candStart[a]!) || candStart[a]! - candStart[b]! || a - b);
  const chosen: number[] = [];
  for (const c of order) {
    let free = true;
    for (const p of chosen) {
      if (candEnd[c]! > candStart[p]! && candStart[c]! < candEnd[p]!) {
        free = false;
        break;
      }
    }
    if (free) chosen.push(c);
  }
  chosen.sort((a, b) => candStart[a]! - candStart[b]!);
  const first = hits.length;
  const seen: string[][] = [];
  for (const c of chosen) {
    const ref = candRef[c]!;
    hits.push({ conceptId: ref.conceptId, term: ref.term, lang: ref.lang, start: candStart[c]!, end: candEnd[c]! });
    const own = [ref.conceptId];
    seen.push(own);
    if (!all) continue;
    for (let d = 0; d < nc; d++) {
      const other = candRef[d]!;
      if (candStart[d] !== candStart[c] || candEnd[d] !== candEnd[c] || own.includes(other.conceptId)) continue;
      own.push(other.conceptId);
      hits.push({ conceptId: other.conceptId, term: other.term, lang: other.lang, start: candStart[d]!, end: candEnd[d]! });
    }
  }
  // The other readings, longest first: each goes to the first kept hit it overlaps, once per concept.
  for (const d of order) {
    for (let k = 0; k < chosen.length; k++) {
      const c = chosen[k]!;
      if (!(candEnd[d]! > candStart[c]! && candStart[d]! < candEnd[c]!)) continue;
      const other = candRef[d]!;
      const own = seen[k]!;
      if (!own.includes(other.conceptId)) {
        own.push(other.conceptId);
        const h = hitOf(hits, first, chosen, k, all);
        const also = (h.also ??= []) as Reading[];
        also.push({ conceptId: other.conceptId, term: other.term, lang: other.lang, start: candStart[d]!, end: candEnd[d]! });
      }
      break;
    }
  }
  return 0;
}

/** The kept hit of chosen[k] among the hits pushed since `first` (with `all`, twins sit between kept hits). */
function hitOf(hits: Hit[], first: number, chosen: readonly number[], k: number, all: boolean): Hit {
  if (!all) return hits[first + k]!;
  const c = chosen[k]!;
  for (let i = first; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start === candStart[c] && h.end === candEnd[c]) return h;
  }
  return hits[first + k]!;
}

/** Depth-first walk of the phrase trie from run word s, now at run word t, having stepped over `skipped` Turkish 'bir's. */
function walk(
  text: string,
  L: CompiledLexicon<LexiconEntry>,
  runStart: number[],
  runEnd: number[],
  runWords: (readonly number[])[],
  runFill: boolean[],
  runLen: number,
  s: number,
  pnode: number,
  t: number,
  skipped: number,
): void {
  const ws = runWords[t]!;
  for (let k = 0; k < ws.length; k++) {
    const child = stepTable(L.phrase, pnode, ws[k]!);
    if (child < 0) continue;
    const refs = phraseTermsAt(L, child);
    if (refs) {
      const start = runStart[s]!;
      const end = runEnd[t]!;
      for (const ref of refs) {
        // over a 'bir' only Turkish terms, and never one that must be matched as written
        if (skipped > 0 && (ref.lang !== 'tr' || ref.caseSensitive)) continue;
        if (ref.caseSensitive && !caseMatches(text.slice(start, end).normalize('NFC'), ref)) continue;
        candRef[nc] = ref;
        candStart[nc] = start;
        candEnd[nc] = end;
        nc++;
      }
    }
    if (t + 1 < runLen && t + 1 - s - skipped < L.maxWords) walk(text, L, runStart, runEnd, runWords, runFill, runLen, s, child, t + 1, skipped);
  }
  // a 'bir' inside the phrase: go on from the same phrase node with the next word (once per term)
  if (runFill[t] && t > s && skipped === 0 && t + 1 < runLen) walk(text, L, runStart, runEnd, runWords, runFill, runLen, s, pnode, t + 1, 1);
}

/** A case-sensitive term: the text as written is the term, or for a wildcard begins with it. */
function caseMatches(surface: string, ref: TermRef): boolean {
  return ref.wildcard ? surface.startsWith(ref.term.trimEnd().slice(0, -1)) : surface === ref.term;
}
