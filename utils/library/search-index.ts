/**
 * Library search that stays under a keystroke's budget at 100,000 examples.
 *
 * fuse.js is typo-tolerant but linear in the text it searches: over 100,000
 * quotes it would take seconds. So fuse searches the VOCABULARY (every
 * distinct word, a few tens of thousands of short strings), and an inverted
 * index maps the words it finds to the examples that hold them. Query words
 * are ANDed; each may match a word exactly, as a prefix, or fuzzily.
 */
import Fuse from 'fuse.js';
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
}

export interface SearchIndex {
  /** Ids of matching examples, or null when the query is empty (everything matches). */
  search(query: string): Set<string> | null;
  add(doc: Searchable): void;
  remove(id: string): void;
  size(): number;
}

export function createSearchIndex(docs: Iterable<Searchable> = []): SearchIndex {
  const postings = new Map<string, Set<string>>();
  const docWords = new Map<string, string[]>();
  let sortedVocab: string[] | null = null;
  let fuse: Fuse<string> | null = null;

  const invalidate = () => {
    sortedVocab = null;
    fuse = null;
  };

  function add(doc: Searchable) {
    if (docWords.has(doc.id)) remove(doc.id);
    const ws = new Set(words(`${doc.quote} ${doc.note} ${doc.tags.join(' ')} ${doc.title}`));
    docWords.set(doc.id, [...ws]);
    for (const w of ws) {
      let p = postings.get(w);
      if (!p) {
        p = new Set();
        postings.set(w, p);
        invalidate();
      }
      p.add(doc.id);
    }
  }

  function remove(id: string) {
    const ws = docWords.get(id);
    if (!ws) return;
    docWords.delete(id);
    for (const w of ws) {
      const p = postings.get(w);
      if (!p) continue;
      p.delete(id);
      if (!p.size) {
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
    for (let i = lo; i < v.length && v[i]!.startsWith(prefix) && out.length < MAX_EXPANSION * 4; i++) out.push(v[i]!);
    return out;
  }

  function expand(word: string): string[] {
    const found = new Set(withPrefix(word));
    if (word.length >= MIN_FUZZY_LENGTH) {
      fuse ??= new Fuse(vocab(), { threshold: FUZZY_THRESHOLD, ignoreLocation: true, includeScore: false });
      for (const r of fuse.search(word, { limit: MAX_EXPANSION })) found.add(r.item);
    }
    return [...found];
  }

  for (const d of docs) add(d);

  return {
    search(query) {
      const qs = [...new Set(words(query))];
      if (!qs.length) return null;
      let result: Set<string> | null = null;
      // Rarest words first would be faster; query words are few, so order by length (longer = rarer).
      for (const q of qs.sort((a, b) => b.length - a.length)) {
        const hits = new Set<string>();
        for (const w of expand(q)) for (const id of postings.get(w) ?? []) if (!result || result.has(id)) hits.add(id);
        result = hits;
        if (!result.size) break;
      }
      return result ?? new Set();
    },
    add,
    remove,
    size: () => docWords.size,
  };
}
