/**
 * Hits as they cross from the background to a content script: a flat list of
 * numbers, three per hit (start, end, term index), rather than an object per
 * hit. A page of 5 MB has ~23,000 hits; as objects their reply is ~2 MB of
 * JSON the page's main thread must parse, as numbers ~0.4 MB.
 *
 * The term index points into `termTable(concepts)`, which both sides build from
 * the same lexicon (the extension's own bundle): a request carries the lexicon
 * version, and the background refuses a different one.
 */
import type { Hit, LexiconEntry } from './types.ts';
import { termLangs } from './types.ts';

export interface TermEntry {
  conceptId: string;
  term: string;
  lang: string;
}

export interface TermTable {
  entries: readonly TermEntry[];
  indexOf: ReadonlyMap<string, number>;
}

const key = (conceptId: string, lang: string, term: string) => `${conceptId}\u0001${lang}\u0001${term}`;

/**
 * Every term of every concept, in a fixed order (concepts as listed, then
 * their languages (termLangs: LANGS first), then terms as written; a term repeated within a concept and language
 * counts once). This is all a content script needs to decode.
 */
export function termEntries(concepts: readonly LexiconEntry[]): TermEntry[] {
  const entries: TermEntry[] = [];
  for (const c of concepts) {
    for (const lang of termLangs(c)) {
      const terms = c.terms[lang] ?? [];
      terms.forEach((term, i) => {
        if (terms.indexOf(term) === i) entries.push({ conceptId: c.id, term, lang });
      });
    }
  }
  return entries;
}

/** termEntries with the index the encoder needs (the background's side). */
export function termTable(concepts: readonly LexiconEntry[]): TermTable {
  const entries = termEntries(concepts);
  return { entries, indexOf: new Map(entries.map((e, i) => [key(e.conceptId, e.lang, e.term), i])) };
}

/** Hits → [start, end, term, start, end, term, …]. A hit whose term is not in the table is an error: the two sides disagree. */
export function encodeHits(hits: readonly Hit[], table: TermTable): number[] {
  const out = new Array<number>(hits.length * 3);
  let i = 0;
  for (const h of hits) {
    const t = table.indexOf.get(key(h.conceptId, h.lang, h.term));
    if (t === undefined) throw new Error(`term not in the lexicon's table: ${h.conceptId}/${h.lang}/${h.term}`);
    out[i++] = h.start;
    out[i++] = h.end;
    out[i++] = t;
  }
  return out;
}

/** The inverse of encodeHits; malformed triples (wrong types, unknown terms, reversed spans) are dropped. */
export function decodeHits(flat: readonly number[], table: Pick<TermTable, 'entries'>): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const start = flat[i]!;
    const end = flat[i + 1]!;
    const e = table.entries[flat[i + 2]!];
    if (!e || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) continue;
    hits.push({ conceptId: e.conceptId, term: e.term, lang: e.lang, start, end });
  }
  return hits;
}
