/**
 * The lexicon as the content script uses it: concept look-up, category and
 * paper labels (from the seeds, no compiling), and matching, which runs in the
 * background: the page's main thread only hands the text over and reads back
 * numbers (utils/lexicon/hit-codec.ts).
 */
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../../seeds/lexicon';
import { PAPERS } from '../../seeds/papers';
import { decodeHits, termEntries, type TermEntry } from '../lexicon/hit-codec';
import type { Concept } from '../lexicon/types';
import type { ContentLexicon } from './controller';

export function paperLabel(id: string): string {
  const p = PAPERS.find((x) => x.id === id);
  if (!p) return id;
  return `${p.author} (${p.year ?? 'n.d.'}). ${p.title}`;
}

export function categoryLabel(category: string): string {
  return CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

/** The background's answer to 'lexicon.match'. */
export type RemoteMatch = (text: string, version: string) => Promise<{ hits: number[]; ms: number }>;

export function createContentLexicon(remote: RemoteMatch, concepts: readonly Concept[] = LEXICON, version = LEXICON_VERSION): ContentLexicon {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  let table: { entries: TermEntry[] } | null = null;
  let backgroundMs = 0;
  let replyMs = 0;
  return {
    async match(text) {
      const reply = await remote(text, version);
      const t0 = performance.now();
      backgroundMs += reply.ms;
      // Built on the first reply: pages that are never highlighted never build it.
      table ??= { entries: termEntries(concepts) };
      const hits = decodeHits(reply.hits, table);
      replyMs += performance.now() - t0;
      return hits;
    },
    concept: (id) => byId.get(id),
    categoryOf: (id) => byId.get(id)?.category ?? 'forms',
    categoryLabel,
    paperLabel,
    version,
    backgroundMs: () => backgroundMs,
    replyMs: () => replyMs,
  };
}
