/**
 * Occurrences on the page, for the popup: counts per concept, 'next
 * occurrence' of a concept, and finding a saved quote ('Open' in the library).
 * Each brings the words themselves into view.
 */
import { findQuote } from '../anchor';
import { buildTextIndex, rangeFor } from '../dom/text-index';
import type { HighlightEntry, Highlighter } from '../highlight/highlighter';
import type { ConceptCount } from '../messages/protocol';
import type { ExampleSelectors } from '../model/example';
import type { HighlightApi } from './deps';

/** How long the popup waits for the far parts of a page to be read before it answers with what is known. */
export const COMPLETE_WAIT_MS = 3000;

/** The highlight a found quote is shown with. */
export const FOUND_HIGHLIGHT = 'diplolens-found';

/** A live range over an entry's words, or null when the text changed under it. */
export function liveRange(doc: Document, entry: HighlightEntry): Range | null {
  try {
    const r = doc.createRange();
    r.setStart(entry.range.startContainer, entry.range.startOffset);
    r.setEnd(entry.range.endContainer, entry.range.endOffset);
    return r;
  } catch {
    return null; // the text changed under the range
  }
}

/**
 * Brings the words themselves to the middle of the window. Centring their
 * element is not enough: a long paragraph or a plain-text page is one element
 * taller than the window, and the words may lie outside the part shown.
 */
export function scrollToRange(win: Window, r: Range): void {
  // First any scrolling box around the words, so they are inside it...
  r.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  // ...then the window, to centre the words' own box.
  const rect = r.getBoundingClientRect();
  if (!rect.width && !rect.height) return;
  win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'smooth' });
}

/** Waits until the highlighter has read the whole page, or COMPLETE_WAIT_MS at most. */
export function completeOrTimeout(win: Window, hl: Highlighter): Promise<unknown> {
  return Promise.race([hl.complete(), new Promise((r) => win.setTimeout(r, COMPLETE_WAIT_MS))]);
}

export interface OccurrencesDeps {
  doc: Document;
  win: Window;
  /** The running session's highlighter, or null. */
  highlighter(): Highlighter | null;
  categoryOf(conceptId: string): string;
  /** null where nothing can be painted (a found quote is then only scrolled to). */
  highlightApi: HighlightApi | null;
  /** Ends the found quote's highlight. */
  signal: AbortSignal;
}

export function createOccurrences(deps: OccurrencesDeps) {
  const { doc, win } = deps;
  /** Where 'next occurrence' is, per concept. */
  const cursor = new Map<string, number>();
  deps.signal.addEventListener('abort', () => deps.highlightApi?.registry.delete(FOUND_HIGHLIGHT), { once: true });

  return {
    /** Counts per concept over the whole page read so far, the most frequent first. */
    counts(): ConceptCount[] {
      const hl = deps.highlighter();
      if (!hl) return [];
      return [...hl.counts()]
        .map(([conceptId, count]) => ({ conceptId, count, category: deps.categoryOf(conceptId) as ConceptCount['category'] }))
        .sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
    },

    /** Marks the concept's next occurrence as current and scrolls to it. */
    async next(conceptId: string): Promise<{ index: number; total: number }> {
      const first = deps.highlighter();
      if (!first) return { index: -1, total: 0 };
      // Occurrences far below are read (not registered) first; the one chosen is registered on its own.
      await completeOrTimeout(win, first);
      const hl = deps.highlighter();
      if (!hl) return { index: -1, total: 0 };
      const list = hl.entriesOf(conceptId);
      if (!list.length) return { index: -1, total: 0 };
      const i = ((cursor.get(conceptId) ?? -1) + 1) % list.length;
      cursor.set(conceptId, i);
      const entry = list[i]!;
      hl.setCurrent(entry);
      const r = liveRange(doc, entry);
      if (r) scrollToRange(win, r);
      return { index: i, total: list.length };
    },

    /** Finds a saved quote in the page, highlights and scrolls to it. */
    find(selectors: ExampleSelectors): { found: boolean } {
      const index = buildTextIndex(doc.body ?? doc.documentElement);
      const span = findQuote(index.text, selectors);
      const r = span && rangeFor(index, span.start, span.end, doc);
      if (!r) return { found: false };
      const api = deps.highlightApi;
      if (api) {
        const h = api.createHighlight();
        h.add(r);
        api.registry.set(FOUND_HIGHLIGHT, h);
      }
      scrollToRange(win, r);
      return { found: true };
    },

    /** The cursor belongs to the page that is going (a navigation). */
    reset: () => cursor.clear(),
  };
}

export type Occurrences = ReturnType<typeof createOccurrences>;
