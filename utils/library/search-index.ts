/**
 * Library search that stays under a keystroke's budget at 100,000 examples.
 *
 * fuse.js is typo-tolerant but linear in the text it searches: over 100,000
 * quotes it would take seconds. So fuse searches the VOCABULARY (every
 * distinct word, a few tens of thousands of short strings), and an inverted
 * index maps the words it finds to the examples that hold them. Query words
 * are ANDed; each may match a word exactly, as a prefix, or fuzzily.
 * Documents are numbered internally and a query marks them in a typed array,
 * so even a one-letter prefix that matches every example costs a few ms.
 */
import Fuse from 'fuse.js';
import { LEXICON } from '../../seeds/lexicon';
import { words } from './fold';

/** Fuzzy threshold: 0.3 finds 'diplomacey' → 'diplomacy', not 'diploma' → 'diplomat'. */
const FUZZY_THRESHOLD = 0.3;
/** Shorter query words are matched as prefixes only: fuzzy on 3 letters matches everything. */
const MIN_FUZZY_LENGTH = 4;
/** Cap on vocabulary words one query word may expand to. */
const MAX_EXPANSION = 64;

export interface Searchable {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  title: string;
  /** Concept ids: an example is found by its concepts' labels ('soft power' finds one coded soft-power, whatever its quote says). */
  concepts?: readonly string[];
}

export interface SearchIndexOptions {
  /** A concept's label (the built-in lexicon's by default; a codebook's labels when one is active). */
  conceptLabel?: (id: string) => string | undefined;
}

const builtInLabels = new Map(LEXICON.map((c) => [c.id, c.label]));
const builtInLabel = (id: string) => builtInLabels.get(id);

/** The examples a query matched. */
export interface Matches {
  has(id: string): boolean;
  /** The same by the object that was indexed: an identity look-up, faster than by id over 100,000 rows. */
  hasDoc(doc: Searchable): boolean;
  readonly size: number;
}

export interface SearchIndex {
  /** The matching examples, or null when the query is empty (everything matches). */
  search(query: string): Matches | null;
  add(doc: Searchable): void;
  remove(id: string): void;
  size(): number;
}

export function createSearchIndex(docs: Iterable<Searchable> = [], opts: SearchIndexOptions = {}): SearchIndex {
  const conceptLabel = opts.conceptLabel ?? builtInLabel;
  /** word → internal numbers of the documents holding it */
  const postings = new Map<string, number[]>();
  const numOf = new Map<string, number>();
  const numOfDoc = new WeakMap<Searchable, number>();
  const wordsOf: (string[] | null)[] = [];
  let live = 0;
  let sortedVocab: string[] | null = null;
  /** Fuzzy search per first letter: a typo rarely hits the first letter, and each bucket is a fraction of the vocabulary. */
  let fuses: Map<string, Fuse<string>> | null = null;
  const fuzzyCache = new Map<string, string[]>();

  const invalidate = () => {
    sortedVocab = null;
    fuses = null;
    fuzzyCache.clear();
  };

  function add(doc: Searchable) {
    remove(doc.id);
    const labels = (doc.concepts ?? []).map((id) => conceptLabel(id) ?? '').join(' ');
    const ws = [...new Set(words(`${doc.quote} ${doc.note} ${doc.tags.join(' ')} ${doc.title} ${labels}`))];
    const n = wordsOf.length;
    wordsOf.push(ws);
    numOf.set(doc.id, n);
    numOfDoc.set(doc, n);
    live++;
    for (const w of ws) {
      let p = postings.get(w);
      if (!p) {
        p = [];
        postings.set(w, p);
        invalidate();
      }
      p.push(n);
    }
  }

  function remove(id: string) {
    const n = numOf.get(id);
    if (n === undefined) return;
    numOf.delete(id);
    const ws = wordsOf[n];
    wordsOf[n] = null; // postings keep n; it no longer maps to an id, so it never matches
    live--;
    for (const w of ws ?? []) {
      const p = postings.get(w);
      if (p && p.every((x) => wordsOf[x] === null)) {
        postings.delete(w);
        invalidate();
      }
    }
  }

  function vocab(): string[] {
    sortedVocab ??= [...postings.keys()].sort();
    return sortedVocab;
  }

  /** Vocabulary words starting with `prefix` (binary search on the sorted list). */
  function withPrefix(prefix: string): string[] {
    const v = vocab();
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < v.length && v[i]!.startsWith(prefix); i++) out.push(v[i]!);
    return out;
  }

  function fuzzy(word: string): string[] {
    let hit = fuzzyCache.get(word);
    if (!hit) {
      if (!fuses) {
        const buckets = new Map<string, string[]>();
        // Numbers are not misspelt: they stay out of the fuzzy vocabulary.
        for (const w of vocab()) if (!/^\d+$/.test(w)) (buckets.get(w[0]!) ?? buckets.set(w[0]!, []).get(w[0]!)!).push(w);
        fuses = new Map([...buckets].map(([k, ws]) => [k, new Fuse(ws, { threshold: FUZZY_THRESHOLD, ignoreLocation: true })]));
      }
      hit = fuses.get(word[0]!)?.search(word, { limit: MAX_EXPANSION }).map((r) => r.item) ?? [];
      fuzzyCache.set(word, hit);
    }
    return hit;
  }

  /** Words a query word stands for: those it begins, or, when none, those it misspells. */
  function expand(word: string): string[] {
    const prefixed = withPrefix(word);
    if (prefixed.length || word.length < MIN_FUZZY_LENGTH) return prefixed;
    return fuzzy(word);
  }

  for (const d of docs) add(d);

  return {
    search(query) {
      const qs = [...new Set(words(query))];
      if (!qs.length) return null;
      // Each document's count of query words matched; a document matches when it has all.
      const hits = new Uint8Array(wordsOf.length);
      let round = 0;
      for (const q of qs) {
        round++;
        for (const w of expand(q)) {
          for (const n of postings.get(w) ?? []) if (hits[n] === round - 1) hits[n] = round;
        }
      }
      let size = 0;
      for (let n = 0; n < hits.length; n++) if (hits[n] === round && wordsOf[n]) size++;
      return {
        size,
        has: (id: string) => {
          const n = numOf.get(id);
          return n !== undefined && hits[n] === round;
        },
        hasDoc: (doc: Searchable) => {
          const n = numOfDoc.get(doc);
          return n !== undefined && hits[n] === round && wordsOf[n] !== null;
        },
      };
    },
    add,
    remove,
    size: () => live,
  };
}
