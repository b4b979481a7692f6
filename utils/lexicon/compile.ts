/**
 * Compiles a lexicon once (per lexicon or codebook version) into the structures match.ts walks:
 *  1. a stem trie: every stem of every word of every term, folded (normalise.ts);
 *  2. one ending trie per inflection class (inflect.ts), sharing the stem trie's table,
 *     plus the wildcard root: a word whose stem reached it may go on with anything;
 *  3. a phrase trie over word ids: a term is a path of words.
 */
import type { Concept, Lang, LexiconEntry } from './types.ts';
import { LANGS, termLangs } from './types.ts';
import { type FrozenTable, type FrozenTrie, TrieBuilder } from './automaton.ts';
import { ENDINGS, type EndingClass, stemsOf } from './inflect.ts';
import { buildTables, tokenise } from './normalise.ts';

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

export interface CompiledLexicon<C extends LexiconEntry = Concept> {
  concepts: readonly C[];
  byId: ReadonlyMap<string, C>;
  trie: FrozenTrie;
  /** Per trie node: accepting node of an ending trie (the word may end here). */
  accept: Uint8Array;
  /** The wildcard root: a walker here accepts whatever follows, to the word's end. */
  wildRoot: number;
  /** Per trie node: first index and count of stem entries ending at this node. */
  entryStart: Int32Array;
  entryCount: Uint8Array;
  /** Per stem entry: the root of its ending trie, and the word ids the stem stands for. */
  entryEndRoot: Int32Array;
  entryWords: readonly (readonly number[])[];
  /** Phrase trie over word ids (stepTable); node 0 is the root. */
  phrase: FrozenTable;
  /** Per phrase-trie node: the terms that end there. */
  phraseTerms: readonly (readonly TermRef[] | undefined)[];
  /** Longest term, in words (bounds the phrase walk). */
  maxWords: number;
  /** Distinct words and stems, for diagnostics and benchmarks. */
  stats: { concepts: number; terms: number; words: number; stems: number; trieNodes: number };
}

type StemClass = EndingClass | 'wild';
const CLASSES = Object.keys(ENDINGS) as EndingClass[];
const STEM_CLASSES: readonly StemClass[] = [...CLASSES, 'wild'];
const CLASS_INDEX = Object.fromEntries(STEM_CLASSES.map((c, i) => [c, i])) as Record<StemClass, number>;

/** Whether a term is a prefix wildcard: it ends in '*' ('diplomac*', 'digital diplomac*'). */
export const isWildcard = (term: string): boolean => term.trimEnd().endsWith('*');

/**
 * The ending tries do not depend on the lexicon: built once, then copied into each
 * compile (the Turkish and Kazakh classes alone are ~7,500 endings).
 */
let base: { builder: TrieBuilder; endingRoot: Map<StemClass, number>; acceptNodes: number[] } | undefined;
function endingsBase() {
  if (base) return base;
  const builder = new TrieBuilder(1 << 15); // node 0 = stem root
  const endingRoot = new Map<StemClass, number>();
  const acceptNodes: number[] = [];
  for (const cls of CLASSES) {
    const root = builder.newNode();
    endingRoot.set(cls, root);
    for (const e of ENDINGS[cls]) acceptNodes.push(builder.insert(root, e));
  }
  const wild = builder.newNode();
  endingRoot.set('wild', wild);
  acceptNodes.push(wild);
  base = { builder, endingRoot, acceptNodes };
  return base;
}

export function compileLexicon<C extends LexiconEntry>(concepts: readonly C[]): CompiledLexicon<C> {
  const steps = compileLexiconSteps(concepts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const NONE: readonly string[] = [];
const NO_TERMS: ReadonlySet<string> = new Set();
const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/**
 * The compile as steps (the character tables, then one concept at a time), so a
 * content script can run it in idle slices rather than as one long task.
 */
export function* compileLexiconSteps<C extends LexiconEntry>(concepts: readonly C[]): Generator<void, CompiledLexicon<C>> {
  yield* buildTables();
  const eb = endingsBase();
  // Sized once: terms share most of their letters' trie nodes (a 1,000-concept codebook:
  // ~230,000 letters, ~80,000 nodes), and a table grown step by step is rehashed each time.
  let letters = 0;
  for (const c of concepts) for (const l in c.terms) for (const t of c.terms[l] ?? []) letters += t.length;
  const builder = eb.builder.clone(eb.builder.size + (letters >> 1));
  const endingRoot = eb.endingRoot;

  const wordIds = new Map<string, number>();
  // (stem trie node, ending class) → word ids, keyed node * 16 + class index
  const stemEntries = new Map<number, number[]>();
  const phrase = new TrieBuilder(4096);
  const phraseTerms: TermRef[][] = [];
  let maxWords = 1;
  let termCount = 0;
  let stemCount = 0;

  const wordId = (folded: string, lang: string, final: boolean, exact: boolean, wild: boolean, extra: readonly string[]): number => {
    // A language without rules of its own is matched as written.
    const stems: { stem: string; cls: StemClass }[] = wild
      ? [{ stem: folded, cls: 'wild' }]
      : stemsOf(folded, isLang(lang) ? lang : 'en', final, exact || !isLang(lang));
    if (!wild) {
      // Explicit stems take the endings of the word's own class (an 'en-y' word's extras: 'en').
      const cls0 = stems[0]!.cls;
      const extraCls = cls0 === 'en-y' ? 'en' : cls0;
      for (const x of extra) {
        const fx = tokenise(x).map((t) => t.folded).join('');
        if (fx) stems.push({ stem: fx, cls: extraCls });
      }
    }
    const key = stems.length === 1 ? `${stems[0]!.cls}:${stems[0]!.stem}` : stems.map((s) => `${s.cls}:${s.stem}`).sort().join('|');
    let id = wordIds.get(key);
    if (id !== undefined) return id;
    id = wordIds.size;
    wordIds.set(key, id);
    for (const s of stems) {
      const k = builder.insert(0, s.stem) * 16 + CLASS_INDEX[s.cls];
      const list = stemEntries.get(k);
      if (!list) stemEntries.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
      stemCount++;
    }
    return id;
  };

  // One concept's terms: a plain function (not the generator's own loop), so the engine
  // optimises it after a few concepts instead of running the whole first compile unoptimised.
  const addConcept = (ci: number) => {
    const concept = concepts[ci]!;
    const exactSet = concept.exact?.length || concept.caseSensitive?.length ? new Set([...(concept.exact ?? []), ...(concept.caseSensitive ?? [])]) : NO_TERMS;
    const caseSet = concept.caseSensitive?.length ? new Set(concept.caseSensitive) : NO_TERMS;
    for (const lang of termLangs(concept)) {
      for (const term of concept.terms[lang] ?? []) {
        const words = tokenise(term);
        if (words.length === 0) continue;
        const wild = isWildcard(term);
        termCount++;
        maxWords = Math.max(maxWords, words.length);
        let node = 0;
        const exact = exactSet.has(term);
        for (let wi = 0; wi < words.length; wi++) {
          const w = words[wi]!;
          let extra: readonly string[] = NONE;
          if (concept.stems) {
            const original = term.slice(w.start, w.end);
            extra = concept.stems[original] ?? concept.stems[original.toLowerCase()] ?? NONE;
          }
          const last = wi === words.length - 1;
          const id = wordId(w.folded, lang, last, exact, wild && last, extra);
          node = phrase.child(node, id);
        }
        (phraseTerms[node] ??= []).push({
          concept: ci,
          conceptId: concept.id,
          term,
          lang,
          caseSensitive: caseSet.has(term),
          wildcard: wild,
        });
      }
    }
  };
  for (let ci = 0; ci < concepts.length; ci++) {
    addConcept(ci);
    yield;
  }

  const trie = builder.freeze();
  const accept = new Uint8Array(trie.nodeCount);
  for (const a of eb.acceptNodes) accept[a] = 1;
  const entryStart = new Int32Array(trie.nodeCount);
  const entryCount = new Uint8Array(trie.nodeCount);
  const entryEndRoot: number[] = [];
  const entryWords: number[][] = [];
  // A node's entries sit side by side: keys in order of node, then class.
  const keys = Float64Array.from(stemEntries.keys()).sort();
  for (const k of keys) {
    const node = Math.floor(k / 16);
    if (entryCount[node] === 0) entryStart[node] = entryEndRoot.length;
    entryCount[node]!++;
    entryEndRoot.push(endingRoot.get(STEM_CLASSES[k % 16]!)!);
    entryWords.push(stemEntries.get(k)!);
  }
  const phraseTermsDense: (TermRef[] | undefined)[] = [];
  for (let i = 0; i < phrase.size; i++) phraseTermsDense.push(phraseTerms[i]);

  return {
    concepts,
    byId: new Map(concepts.map((c) => [c.id, c])),
    trie,
    accept,
    wildRoot: endingRoot.get('wild')!,
    entryStart,
    entryCount,
    entryEndRoot: Int32Array.from(entryEndRoot),
    entryWords,
    phrase: phrase.freezeTable(),
    phraseTerms: phraseTermsDense,
    maxWords,
    stats: { concepts: concepts.length, terms: termCount, words: wordIds.size, stems: stemCount, trieNodes: trie.nodeCount },
  };
}
