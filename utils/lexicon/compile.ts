/**
 * Compiles a lexicon once (per lexicon version) into the structures match.ts walks:
 *  1. a stem trie: every stem of every word of every term, folded (normalise.ts);
 *  2. one ending trie per inflection class (inflect.ts), sharing the stem trie's table;
 *  3. a phrase trie over word ids: a term is a path of words.
 */
import type { Concept, Lang } from './types.ts';
import { LANGS } from './types.ts';
import { type FrozenTrie, TrieBuilder } from './automaton.ts';
import { ENDINGS, type EndingClass, stemsOf } from './inflect.ts';
import { buildTables, tokenise } from './normalise.ts';

/** A term reaching the end of a phrase-trie path. */
export interface TermRef {
  concept: number;
  conceptId: string;
  term: string;
  lang: Lang;
  /** When set, the text must equal the term exactly (acronyms). */
  caseSensitive: boolean;
}

export interface CompiledLexicon {
  concepts: readonly Concept[];
  byId: ReadonlyMap<string, Concept>;
  trie: FrozenTrie;
  /** Per trie node: accepting node of an ending trie (the word may end here). */
  accept: Uint8Array;
  /** Per trie node: first index and count of stem entries ending at this node. */
  entryStart: Int32Array;
  entryCount: Uint8Array;
  /** Per stem entry: the root of its ending trie, and the word ids the stem stands for. */
  entryEndRoot: Int32Array;
  entryWords: readonly (readonly number[])[];
  /** Phrase trie over word ids; node 0 is the root. */
  phraseNext: readonly ReadonlyMap<number, number>[];
  phraseTerms: readonly (readonly TermRef[] | undefined)[];
  /** Longest term, in words (bounds the phrase walk). */
  maxWords: number;
  /** Distinct words and stems, for diagnostics and benchmarks. */
  stats: { concepts: number; terms: number; words: number; stems: number; trieNodes: number };
}

const CLASSES = Object.keys(ENDINGS) as EndingClass[];

export function compileLexicon(concepts: Concept[]): CompiledLexicon {
  const steps = compileLexiconSteps(concepts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The compile as steps (the character tables, then one concept at a time), so a
 * content script can run it in idle slices rather than as one long task.
 */
export function* compileLexiconSteps(concepts: Concept[]): Generator<void, CompiledLexicon> {
  yield* buildTables();
  const builder = new TrieBuilder(); // node 0 = stem root
  const endingRoot = new Map<EndingClass, number>();
  const acceptNodes: number[] = [];
  for (const cls of CLASSES) {
    const root = builder.newNode();
    endingRoot.set(cls, root);
    for (const e of ENDINGS[cls]) acceptNodes.push(builder.insert(root, e));
  }

  const wordIds = new Map<string, number>();
  // stem trie node → (ending class → word ids)
  const stemEntries = new Map<number, Map<EndingClass, Set<number>>>();
  const phraseNext: Map<number, number>[] = [new Map()];
  const phraseTerms: TermRef[][] = [];
  let maxWords = 1;
  let termCount = 0;
  let stemCount = 0;

  const wordId = (folded: string, lang: Lang, final: boolean, exact: boolean, extra: string[]): number => {
    const stems = stemsOf(folded, lang, final, exact);
    // Explicit stems take the endings of the word's own class (an 'en-y' word's extras: 'en').
    const cls0 = stems[0]!.cls;
    const extraCls = cls0 === 'en-y' ? 'en' : cls0;
    for (const x of extra) {
      const fx = tokenise(x).map((t) => t.folded).join('');
      if (fx) stems.push({ stem: fx, cls: extraCls });
    }
    const key = stems.map((s) => `${s.cls}:${s.stem}`).sort().join('|');
    let id = wordIds.get(key);
    if (id !== undefined) return id;
    id = wordIds.size;
    wordIds.set(key, id);
    for (const s of stems) {
      const node = builder.insert(0, s.stem);
      let byCls = stemEntries.get(node);
      if (!byCls) stemEntries.set(node, (byCls = new Map()));
      let set = byCls.get(s.cls);
      if (!set) byCls.set(s.cls, (set = new Set()));
      set.add(id);
      stemCount++;
    }
    return id;
  };

  for (let ci = 0; ci < concepts.length; ci++) {
    const concept = concepts[ci]!;
    const exactSet = new Set([...(concept.exact ?? []), ...(concept.caseSensitive ?? [])]);
    const caseSet = new Set(concept.caseSensitive ?? []);
    for (const lang of LANGS) {
      for (const term of concept.terms[lang] ?? []) {
        const words = tokenise(term);
        if (words.length === 0) continue;
        termCount++;
        maxWords = Math.max(maxWords, words.length);
        let node = 0;
        words.forEach((w, wi) => {
          const original = term.slice(w.start, w.end);
          const extra = concept.stems?.[original] ?? concept.stems?.[original.toLowerCase()] ?? [];
          const id = wordId(w.folded, lang, wi === words.length - 1, exactSet.has(term), extra);
          const m = phraseNext[node]!;
          let next = m.get(id);
          if (next === undefined) {
            next = phraseNext.length;
            phraseNext.push(new Map());
            m.set(id, next);
          }
          node = next;
        });
        (phraseTerms[node] ??= []).push({
          concept: ci,
          conceptId: concept.id,
          term,
          lang,
          caseSensitive: caseSet.has(term),
        });
      }
    }
    yield;
  }

  const trie = builder.freeze();
  const accept = new Uint8Array(trie.nodeCount);
  for (const a of acceptNodes) accept[a] = 1;
  const entryStart = new Int32Array(trie.nodeCount);
  const entryCount = new Uint8Array(trie.nodeCount);
  const entryEndRoot: number[] = [];
  const entryWords: number[][] = [];
  for (const [node, byCls] of stemEntries) {
    entryStart[node] = entryEndRoot.length;
    entryCount[node] = byCls.size;
    for (const [cls, ids] of byCls) {
      entryEndRoot.push(endingRoot.get(cls)!);
      entryWords.push([...ids]);
    }
  }
  const phraseTermsDense: (TermRef[] | undefined)[] = [];
  for (let i = 0; i < phraseNext.length; i++) phraseTermsDense.push(phraseTerms[i]);

  return {
    concepts,
    byId: new Map(concepts.map((c) => [c.id, c])),
    trie,
    accept,
    entryStart,
    entryCount,
    entryEndRoot: Int32Array.from(entryEndRoot),
    entryWords,
    phraseNext,
    phraseTerms: phraseTermsDense,
    maxWords,
    stats: { concepts: concepts.length, terms: termCount, words: wordIds.size, stems: stemCount, trieNodes: trie.nodeCount },
  };
}
