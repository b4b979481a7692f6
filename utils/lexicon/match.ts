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
import type { Hit, LexiconEntry } from './types.ts';
import type { CompiledLexicon, TermRef } from './compile.ts';
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
        if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
        continue;
      }
      // punctuation, stray apostrophes and dots end any phrase
      if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
      i++;
      continue;
    }

    // ---- a word starts at i
    // After '@' it is a handle or an address ('@MFA', 'press@mfa.uz'), not a mention of a
    // concept: it ends any phrase and never matches.
    if (i > 0 && text.charCodeAt(i - 1) === 0x40) {
      if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
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
      if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
      i = j;
      continue;
    }
    // collect the words whose ending walkers accept here
    let words: readonly number[] | undefined;
    let owned = false;
    for (let w = 0; w < nw; w++) {
      if (accept[wEnd[w]!] === 1) {
        const ids = L.entryWords[wEntry[w]!]!;
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
    if (words) {
      runStart[runLen] = tokStart;
      runEnd[runLen] = tokEnd;
      runWords[runLen] = words;
      runLen++;
    } else if (runLen > 0) runLen = resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
    i = j;
  }
  if (runLen > 0) resolveRun(text, L, runStart, runEnd, runWords, runLen, hits, all);
  return hits;
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
  runLen: number,
  hits: Hit[],
  all: boolean,
): number {
  nc = 0;
  for (let s = 0; s < runLen; s++) walk(text, L, runStart, runEnd, runWords, runLen, s, 0, s);
  return nc === 0 ? 0 : pickLongest(hits, all);
}

/** Keeps the longest candidates, then the earliest; with `all`, their same-span twins of other concepts too. */
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
  for (const c of chosen) {
    const ref = candRef[c]!;
    hits.push({ conceptId: ref.conceptId, term: ref.term, lang: ref.lang, start: candStart[c]!, end: candEnd[c]! });
    if (!all) continue;
    const seen = [ref.conceptId];
    for (let d = 0; d < nc; d++) {
      const other = candRef[d]!;
      if (candStart[d] !== candStart[c] || candEnd[d] !== candEnd[c] || seen.includes(other.conceptId)) continue;
      seen.push(other.conceptId);
      hits.push({ conceptId: other.conceptId, term: other.term, lang: other.lang, start: candStart[d]!, end: candEnd[d]! });
    }
  }
  return 0;
}

/** Depth-first walk of the phrase trie from run word s, now at run word t. */
function walk(
  text: string,
  L: CompiledLexicon<LexiconEntry>,
  runStart: number[],
  runEnd: number[],
  runWords: (readonly number[])[],
  runLen: number,
  s: number,
  pnode: number,
  t: number,
): void {
  const ws = runWords[t]!;
  for (let k = 0; k < ws.length; k++) {
    const child = stepTable(L.phrase, pnode, ws[k]!);
    if (child < 0) continue;
    const refs = L.phraseTerms[child];
    if (refs) {
      const start = runStart[s]!;
      const end = runEnd[t]!;
      for (const ref of refs) {
        if (ref.caseSensitive && !caseMatches(text.slice(start, end).normalize('NFC'), ref)) continue;
        candRef[nc] = ref;
        candStart[nc] = start;
        candEnd[nc] = end;
        nc++;
      }
    }
    if (t + 1 < runLen && t + 1 - s < L.maxWords) walk(text, L, runStart, runEnd, runWords, runLen, s, child, t + 1);
  }
}

/** A case-sensitive term: the text as written is the term, or for a wildcard begins with it. */
function caseMatches(surface: string, ref: TermRef): boolean {
  return ref.wildcard ? surface.startsWith(ref.term.trimEnd().slice(0, -1)) : surface === ref.term;
}
