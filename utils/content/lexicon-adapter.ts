/**
 * The lexicon as the content script uses it: concept look-up, category and
 * paper labels, and matching, which runs in the background: the page's main
 * thread only hands the text over and reads back numbers (utils/lexicon/hit-codec.ts).
 *
 * It starts with the built-in codebook, whose concepts are in the script's own bundle (no
 * request, no compiling). When the user's codebook is active the background answers a match
 * with `stale` and no hits; `use(page)` (utils/content/codebook-sync.ts) then swaps in that
 * codebook's concepts, labels and paint groups ('codebook.page').
 */
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../../seeds/lexicon';
import { PAPERS } from '../../seeds/papers';
import { decodeHits, termEntries, type TermEntry } from '../lexicon/hit-codec';
import type { CategoryId, Concept } from '../lexicon/types';
import type { CodebookPage } from '../messages/protocol';
import type { ContentLexicon } from './controller';
import type { SyncLexicon } from './codebook-sync';

export function paperLabel(id: string): string {
  const p = PAPERS.find((x) => x.id === id);
  if (!p) return id;
  return `${p.author} (${p.year ?? 'n.d.'}). ${p.title}`;
}

export function categoryLabel(category: string): string {
  return CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

/** The background's answer to 'lexicon.match'. */
export type RemoteMatch = (text: string, version: string) => Promise<{ hits: number[]; ms: number; stale?: boolean }>;

/** A ContentLexicon whose codebook can change under it. */
export interface SwitchableLexicon extends ContentLexicon, Omit<SyncLexicon, 'version'> {
  paintOf(id: string): string;
  colourOf(id: string): string | undefined;
}

interface Book {
  version: string;
  byId: Map<string, Concept>;
  concepts: readonly Concept[];
  paint: Map<string, string> | null;
  colour: Map<string, string> | null;
  groups: Record<string, string> | null;
  css: string;
}

function builtinBook(concepts: readonly Concept[], version: string): Book {
  return { version, byId: new Map(concepts.map((c) => [c.id, c])), concepts, paint: null, colour: null, groups: null, css: '' };
}

function userBook(page: Extract<CodebookPage, { builtIn: false }>): Book {
  // The codebook's own category ids (CategoryId names only the built-in seven): shown, counted, never painted by name.
  const concepts: Concept[] = page.concepts.map((c) => ({ id: c.id, label: c.label, definition: c.definition, category: c.category as CategoryId, refs: c.refs, terms: c.terms }));
  return {
    version: page.version,
    byId: new Map(concepts.map((c) => [c.id, c])),
    concepts,
    paint: new Map(page.concepts.map((c) => [c.id, c.paint])),
    colour: new Map(page.concepts.map((c) => [c.id, c.colour])),
    groups: page.groups,
    css: page.css,
  };
}

export function createContentLexicon(remote: RemoteMatch, concepts: readonly Concept[] = LEXICON, version = LEXICON_VERSION): SwitchableLexicon {
  const builtin = builtinBook(concepts, version);
  let book = builtin;
  let table: { version: string; entries: TermEntry[] } | null = null;
  let backgroundMs = 0;
  let replyMs = 0;
  let stale: (() => void) | null = null;
  return {
    async match(text) {
      const asked = book;
      const reply = await remote(text, asked.version);
      const t0 = performance.now();
      backgroundMs += reply.ms;
      // Another codebook is active (or was, while this request travelled): no hits, and the new one is fetched.
      if (reply.stale || asked !== book) {
        if (reply.stale) stale?.();
        return [];
      }
      // Built on the first reply: pages that are never highlighted never build it.
      if (table?.version !== book.version) table = { version: book.version, entries: termEntries(book.concepts) };
      const hits = decodeHits(reply.hits, table);
      replyMs += performance.now() - t0;
      return hits;
    },
    concept: (id) => book.byId.get(id),
    categoryOf: (id) => book.byId.get(id)?.category ?? 'forms',
    colourOf: (id) => book.colour?.get(id),
    paintOf: (id) => book.paint?.get(id) ?? book.byId.get(id)?.category ?? 'forms',
    // A paint group of a user codebook is one category: the card names it; the built-in ones by id.
    categoryLabel: (category) => book.groups?.[category] ?? categoryLabel(category),
    paperLabel,
    get version() {
      return book.version;
    },
    backgroundMs: () => backgroundMs,
    replyMs: () => replyMs,
    use(page) {
      if (page.version === book.version) return;
      // The built-in codebook of another lexicon version (the extension was updated under this
      // script) has another hit table: this bundle's is kept, and its matches stay stale (no hits).
      book = page.builtIn ? builtin : userBook(page);
    },
    onStale(cb) {
      stale = cb;
    },
    css: () => book.css,
  };
}
