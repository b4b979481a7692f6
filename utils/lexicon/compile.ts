/**
 * Compiles a lexicon once (per lexicon or codebook version) into the structures match.ts walks:
 *  1. a stem trie: every stem of every word of every term, folded (normalise.ts);
 *  2. one ending trie per inflection class (inflect.ts), sharing the stem trie's table,
 *     plus the wildcard root: a word whose stem reached it may go on with anything;
 *  3. a phrase trie over word ids: a term is a path of words.
 *
 * Everything is built in typed arrays, from code units (foldWords, stemsOfUnits): no string,
 * object or array per word or per term, so a 1,000-concept codebook (~26,000 terms, ~50,000
 * words) gives the garbage collector almost nothing to do. What only a match needs (a term's
 * TermRef, a stem's word list as an array) is made when a match first needs it.
 */
import type { Concept, LexiconEntry } from './types.ts';
import { termLangs } from './types.ts';
import { type FrozenTable, type FrozenTrie, TrieBuilder } from './automaton.ts';
import { ENDINGS, type EndingClass, M_WILD, STEMS, STEM_CLASSES, modeOf, stemsOfUnits } from './inflect.ts';
import { FW, buildTables, foldWords, tokenise } from './normalise.ts';

/** A term reaching the end of a phrase-trie path. */
export interface TermRef {
  concept: number;
  conceptId: string;
  term: string;
  lang: string;
  /** When set, the text must equal the term exactly (acronyms), or begin with it for a wildcard. */
  caseSensitive: boolean;
  /** A prefix wildcard ('diplomac*'): its last word may continue with any letters. */
  wildcard: boolean;
}

/** Term flags (CompiledLexicon.termFlags). */
const F_CASE = 1;
const F_WILD = 2;

export interface CompiledLexicon<C extends LexiconEntry = Concept> {
  concepts: readonly C[];
  byId: ReadonlyMap<string, C>;
  trie: FrozenTrie;
  /** Per trie node: accepting node of an ending trie (the word may end here). */
  accept: Uint8Array;
  /** The wildcard root: a walker here accepts whatever follows, to the word's end. */
  wildRoot: number;
  /** Per trie node: first index and count of stem entries ending at this node (in order of ending class). */
  entryStart: Int32Array;
  entryCount: Uint8Array;
  /** Per stem entry: the root of its ending trie. */
  entryEndRoot: Int32Array;
  /** Per stem entry e: the word ids the stem stands for, ascending: entryWordIds[entryWordStart[e] .. entryWordStart[e + 1]). */
  entryWordStart: Int32Array;
  entryWordIds: Int32Array;
  /** Phrase trie over word ids (stepTable); node 0 is the root. */
  phrase: FrozenTable;
  /** Per phrase-trie node: the first term ending there, or -1; termNext: the next term of the same node (lexicon order). */
  phraseFirst: Int32Array;
  termNext: Int32Array;
  /** Per term (lexicon order): its concept's index, text, language, and flags (case-sensitive, wildcard). */
  termConcept: Int32Array;
  termText: readonly string[];
  termLang: readonly string[];
  termFlags: Uint8Array;
  /** Longest term, in words (bounds the phrase walk). */
  maxWords: number;
  /** Distinct words and stems, for diagnostics and benchmarks. */
  stats: { concepts: number; terms: number; words: number; stems: number; trieNodes: number };
  /** Made as matches need them (entryWordsOf, phraseTermsAt). */
  cache: { entryWords: (readonly number[] | undefined)[]; phraseTerms: (readonly TermRef[] | undefined)[] };
}

/** The word ids of stem entry e (an array made once, when a match first accepts the stem). */
export function entryWordsOf(L: CompiledLexicon<LexiconEntry>, e: number): readonly number[] {
  let ws = L.cache.entryWords[e];
  if (ws === undefined) {
    const a: number[] = [];
    for (let i = L.entryWordStart[e]!; i < L.entryWordStart[e + 1]!; i++) a.push(L.entryWordIds[i]!);
    ws = L.cache.entryWords[e] = a;
  }
  return ws;
}

/** The terms that end at phrase-trie node `node`, in lexicon order, or undefined. */
export function phraseTermsAt(L: CompiledLexicon<LexiconEntry>, node: number): readonly TermRef[] | undefined {
  let t = L.phraseFirst[node]!;
  if (t < 0) return undefined;
  let refs = L.cache.phraseTerms[node];
  if (refs === undefined) {
    const a: TermRef[] = [];
    for (; t >= 0; t = L.termNext[t]!) {
      const ci = L.termConcept[t]!;
      const f = L.termFlags[t]!;
      a.push({ concept: ci, conceptId: L.concepts[ci]!.id, term: L.termText[t]!, lang: L.termLang[t]!, caseSensitive: (f & F_CASE) !== 0, wildcard: (f & F_WILD) !== 0 });
    }
    refs = L.cache.phraseTerms[node] = a;
  }
  return refs;
}

const CLASSES = Object.keys(ENDINGS) as EndingClass[];
const CI_WILD = STEM_CLASSES.indexOf('wild');
const CI_EN = STEM_CLASSES.indexOf('en');
const CI_EN_Y = STEM_CLASSES.indexOf('en-y');

/** Whether a term is a prefix wildcard: it ends in '*' ('diplomac*', 'digital diplomac*'). */
export const isWildcard = (term: string): boolean => term.trimEnd().endsWith('*');

/**
 * The ending tries do not depend on the lexicon: built once, then copied into each
 * compile (the Turkish and Kazakh classes alone are ~7,500 endings).
 */
let base: { builder: TrieBuilder; endingRoot: Int32Array; acceptNodes: Int32Array } | undefined;
function endingsBase() {
  if (base) return base;
  const builder = new TrieBuilder(1 << 15); // node 0 = stem root
  const endingRoot = new Int32Array(STEM_CLASSES.length);
  const acceptNodes: number[] = [];
  for (let c = 0; c < CLASSES.length; c++) {
    const root = builder.newNode();
    endingRoot[c] = root;
    for (const e of ENDINGS[CLASSES[c]!]) acceptNodes.push(builder.insert(root, e));
  }
  const wild = builder.newNode();
  endingRoot[CI_WILD] = wild;
  acceptNodes.push(wild);
  base = { builder, endingRoot, acceptNodes: Int32Array.from(acceptNodes) };
  return base;
}

export function compileLexicon<C extends LexiconEntry>(concepts: readonly C[]): CompiledLexicon<C> {
  const steps = compileLexiconSteps(concepts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();

const grownI32 = (a: Int32Array, need: number): Int32Array<ArrayBuffer> => {
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const b = new Int32Array(cap);
  b.set(a);
  return b;
};

/**
 * The words of one compile, by their stems. A word id stands for one multiset of stems
 * (trie node × ending class), numbered in order of first appearance; two words with the same
 * stems ('сила', 'силы' → 'сил' + Russian endings) are one word, as a text word that is one is
 * the other.
 */
class Words {
  /** Per word id: its keys (stem node · 16 + class index, ascending) are keys[off[id] .. off[id + 1]). */
  keys = new Int32Array(1 << 14);
  off = new Int32Array(1 << 13);
  count = 0;
  stems = 0;
  private slots: Int32Array; // word id + 1, 0 = empty
  private mask: number;
  /** The word being looked up: its keys, unsorted. */
  cur = new Int32Array(8);
  curLen = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.off[0] = 0;
  }

  add(key: number): void {
    if (this.curLen === this.cur.length) this.cur = grownI32(this.cur, this.curLen + 1);
    this.cur[this.curLen++] = key;
  }

  /** The id of the word with the stems added since the last call (a new id if none had them). */
  id(): number {
    const cur = this.cur;
    const n = this.curLen;
    this.curLen = 0;
    // sort (1 or 2 keys, a few with explicit stems)
    for (let i = 1; i < n; i++) {
      const v = cur[i]!;
      let j = i - 1;
      while (j >= 0 && cur[j]! > v) {
        cur[j + 1] = cur[j]!;
        j--;
      }
      cur[j + 1] = v;
    }
    let h = n;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ cur[i]!, 0x9e3779b1) ^ (h >>> 15);
    const mask = this.mask;
    let s = h & mask;
    const keys = this.keys;
    const off = this.off;
    for (;;) {
      const e = this.slots[s]!;
      if (e === 0) break;
      const id = e - 1;
      const a = off[id]!;
      if (off[id + 1]! - a === n) {
        let same = true;
        for (let i = 0; i < n; i++) {
          if (keys[a + i] !== cur[i]) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
      s = (s + 1) & mask;
    }
    const id = this.count++;
    this.slots[s] = id + 1;
    this.stems += n;
    const a = off[id]!;
    if (a + n > this.keys.length) this.keys = grownI32(this.keys, a + n);
    if (id + 2 > off.length) this.off = grownI32(off, id + 2);
    for (let i = 0; i < n; i++) this.keys[a + i] = cur[i]!;
    this.off[id + 1] = a + n;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const cap = (this.mask + 1) * 2;
    const mask = cap - 1;
    const slots = new Int32Array(cap);
    const { keys, off } = this;
    for (let id = 0; id < this.count; id++) {
      const a = off[id]!;
      const n = off[id + 1]! - a;
      let h = n;
      for (let i = 0; i < n; i++) h = Math.imul(h ^ keys[a + i]!, 0x9e3779b1) ^ (h >>> 15);
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * The compile as steps (the character tables, then one concept at a time), so a
 * content script can run it in idle slices rather than as one long task.
 */
export function* compileLexiconSteps<C extends LexiconEntry>(concepts: readonly C[]): Generator<void, CompiledLexicon<C>> {
  yield* buildTables();
  const eb = endingsBase();
  // Sized once: terms share most of their letters' trie nodes (a 1,000-concept codebook:
  // ~420,000 letters, ~130,000 nodes), and a table grown step by step is rehashed each time.
  let letters = 0;
  let terms = 0;
  for (const c of concepts) {
    for (const l in c.terms) {
      const list = c.terms[l];
      if (!list) continue;
      terms += list.length;
      for (const t of list) letters += t.length;
    }
  }
  const st = new CompileState(eb.builder.clone(eb.builder.size + (letters >> 1)), terms, letters);
  for (let ci = 0; ci < concepts.length; ci++) {
    st.addConcept(concepts[ci]!, ci);
    yield;
  }
  return st.finish(concepts, eb.endingRoot, eb.acceptNodes);
}

/** One compile's growing tables. (A class, not the generator's locals, so the engine optimises its methods after a few concepts.) */
class CompileState {
  words: Words;
  phrase: TrieBuilder;
  termNode: Int32Array;
  termConcept: Int32Array;
  termFlags: Uint8Array;
  termText: string[] = [];
  termLang: string[] = [];
  termCount = 0;
  maxWords = 1;

  constructor(
    public builder: TrieBuilder,
    terms: number,
    letters: number,
  ) {
    this.words = new Words(letters >> 3);
    this.phrase = new TrieBuilder(letters >> 2);
    const cap = Math.max(16, terms);
    this.termNode = new Int32Array(cap);
    this.termConcept = new Int32Array(cap);
    this.termFlags = new Uint8Array(cap);
  }

  addConcept(concept: LexiconEntry, ci: number): void {
    const exactSet = concept.exact?.length || concept.caseSensitive?.length ? new Set([...(concept.exact ?? []), ...(concept.caseSensitive ?? [])]) : NO_TERMS;
    const caseSet = concept.caseSensitive?.length ? new Set(concept.caseSensitive) : NO_TERMS;
    const stems = concept.stems;
    for (const lang of termLangs(concept)) {
      const list = concept.terms[lang];
      if (!list) continue;
      for (const term of list) {
        const nw = foldWords(term);
        if (nw === 0) continue;
        const wild = isWildcard(term);
        const exact = exactSet.has(term);
        let node = 0;
        for (let wi = 0; wi < nw; wi++) {
          const last = wi === nw - 1;
          const mode = modeOf(lang, last, exact, wild && last);
          let extra: readonly string[] | undefined;
          if (stems && mode !== M_WILD) {
            const original = term.slice(FW.word[4 * wi + 2], FW.word[4 * wi + 3]);
            extra = stems[original] ?? stems[original.toLowerCase()];
          }
          const id = this.wordId(FW.units, FW.word[4 * wi]!, FW.word[4 * wi + 1]!, mode, extra);
          node = this.phrase.child(node, id);
        }
        this.addTerm(node, ci, term, lang, (caseSet.has(term) ? F_CASE : 0) | (wild ? F_WILD : 0));
        if (nw > this.maxWords) this.maxWords = nw;
      }
    }
  }

  private addTerm(node: number, ci: number, term: string, lang: string, flags: number): void {
    const t = this.termCount++;
    if (t === this.termNode.length) {
      this.termNode = grownI32(this.termNode, t + 1);
      this.termConcept = grownI32(this.termConcept, t + 1);
      const f = new Uint8Array(this.termNode.length);
      f.set(this.termFlags);
      this.termFlags = f;
    }
    this.termNode[t] = node;
    this.termConcept[t] = ci;
    this.termFlags[t] = flags;
    this.termText.push(term);
    this.termLang.push(lang);
  }

  /** The id of the folded word u[a, b) stemmed in `mode` (inflect.ts), with a concept's explicit stems for it. */
  private wordId(u: Uint16Array, a: number, b: number, mode: number, extra: readonly string[] | undefined): number {
    const count = stemsOfUnits(u, a, b, mode);
    const builder = this.builder;
    const words = this.words;
    // the stems share their first `common` letters: walk those once
    let common = STEMS.len[0]!;
    if (count > 1 && STEMS.len[1]! < common) common = STEMS.len[1]!;
    let prefix = 0;
    for (let i = a; i < a + common; i++) prefix = builder.child(prefix, u[i]!);
    for (let k = 0; k < count; k++) {
      let node = prefix;
      for (let i = a + common; i < a + STEMS.len[k]!; i++) node = builder.child(node, u[i]!);
      const tail = STEMS.tail[k]!;
      for (let i = 0; i < tail.length; i++) node = builder.child(node, tail[i]!);
      words.add(node * 16 + STEMS.cls[k]!);
    }
    if (extra && extra.length > 0 && mode !== M_WILD) {
      // Explicit stems take the endings of the word's own class (an 'en-y' word's extras: 'en').
      const cls0 = STEMS.cls[0]!;
      const cls = cls0 === CI_EN_Y ? CI_EN : cls0;
      for (const x of extra) {
        const fx = tokenise(x)
          .map((t) => t.folded)
          .join('');
        if (fx) words.add(builder.insert(0, fx) * 16 + cls);
      }
    }
    return words.id();
  }

  finish<C extends LexiconEntry>(concepts: readonly C[], endingRoot: Int32Array, acceptNodes: Int32Array): CompiledLexicon<C> {
    const trie = this.builder.freeze();
    const nodes = trie.nodeCount;
    const accept = new Uint8Array(nodes);
    for (let i = 0; i < acceptNodes.length; i++) accept[acceptNodes[i]!] = 1;

    // Stem entries: one per (stem node, class), a node's side by side in order of class,
    // each with the ascending ids of the words that have the stem.
    const { keys, off, count: nWords } = this.words;
    // (key, word id) pairs packed in one double each, so one numeric sort orders them
    let M = 1;
    while (M <= nWords) M *= 2;
    if (nodes * 16 * M > 2 ** 53) throw new Error('compileLexicon: lexicon too large');
    const pairs = new Float64Array(off[nWords]!);
    let np = 0;
    for (let id = 0; id < nWords; id++) {
      for (let i = off[id]!; i < off[id + 1]!; i++) {
        // a word's keys are sorted, so a stem it has twice is a repeat of the one before
        if (i > off[id]! && keys[i] === keys[i - 1]) continue;
        pairs[np++] = keys[i]! * M + id;
      }
    }
    const sorted = pairs.subarray(0, np).sort();
    const entryStart = new Int32Array(nodes);
    const entryCount = new Uint8Array(nodes);
    const entryEndRoot = new Int32Array(np);
    const entryWordStart = new Int32Array(np + 1);
    const entryWordIds = new Int32Array(np);
    let ne = 0;
    let lastKey = -1;
    for (let p = 0; p < np; p++) {
      const v = sorted[p]!;
      const key = Math.floor(v / M);
      if (key !== lastKey) {
        const node = key >> 4;
        if (entryCount[node] === 0) entryStart[node] = ne;
        entryCount[node]!++;
        entryEndRoot[ne] = endingRoot[key & 15]!;
        entryWordStart[ne] = p;
        ne++;
        lastKey = key;
      }
      entryWordIds[p] = v - key * M;
    }
    entryWordStart[ne] = np;

    const phrase = this.phrase.freezeTable();
    const phraseFirst = new Int32Array(phrase.nodeCount).fill(-1);
    const termNext = new Int32Array(this.termCount);
    for (let t = this.termCount - 1; t >= 0; t--) {
      const n = this.termNode[t]!;
      termNext[t] = phraseFirst[n]!;
      phraseFirst[n] = t;
    }

    return {
      concepts,
      byId: new Map(concepts.map((c) => [c.id, c])),
      trie,
      accept,
      wildRoot: endingRoot[CI_WILD]!,
      entryStart,
      entryCount,
      entryEndRoot: entryEndRoot.subarray(0, ne),
      entryWordStart: entryWordStart.subarray(0, ne + 1),
      entryWordIds,
      phrase,
      phraseFirst,
      termNext,
      termConcept: this.termConcept.subarray(0, this.termCount),
      termText: this.termText,
      termLang: this.termLang,
      termFlags: this.termFlags.subarray(0, this.termCount),
      maxWords: this.maxWords,
      stats: { concepts: concepts.length, terms: this.termCount, words: nWords, stems: this.words.stems, trieNodes: nodes },
      cache: { entryWords: [], phraseTerms: [] },
    };
  }
}

