/**
 * The hover card from the keyboard: a browser shortcut ('show-definition', Alt+Shift+D by
 * default) opens the card of the highlighted concept at the caret or selection, or of the next
 * one after it; pressing it again moves on to the next occurrence, and after the last it starts
 * again at the first. Without a caret it starts at the first occurrence in or below the window.
 * The card takes the focus (so a screen reader reads it and Tab reaches Save), and Escape gives
 * the focus back to where it was.
 *
 * Which occurrence is pure (`pickOccurrence`, over ranges in document order); opening, focusing
 * and restoring are the caller's, through `createKeyboardCard`.
 */

/** A point in the page: the caret, or the focus end of a selection. */
export interface Point {
  node: Node;
  offset: number;
}

/** A live range over an occurrence's words (null when the text changed under it). */
export type RangeOf<E> = (entry: E) => Range | null;

/**
 * The index of the occurrence to open in `sorted` (document order), or -1 when there is none.
 * After `current` (the card the shortcut opened last), the next; else at or after `point`; else
 * the first whose words are not above the window (`top` of each range's box, viewport pixels).
 */
export function pickOccurrence<E>(sorted: readonly E[], rangeOf: RangeOf<E>, opts: { current?: E | null; point?: Point | null }): number {
  if (!sorted.length) return -1;
  if (opts.current) {
    const i = sorted.indexOf(opts.current);
    if (i >= 0) return (i + 1) % sorted.length;
  }
  const point = opts.point;
  if (point) {
    for (let i = 0; i < sorted.length; i++) {
      const r = rangeOf(sorted[i]!);
      if (!r) continue;
      try {
        // 0: the point is inside the words; -1: the words come after the point.
        if (r.comparePoint(point.node, point.offset) <= 0) return i;
      } catch {
        // a point in another tree (a shadow root): it cannot be compared, so it says nothing
      }
    }
    return 0; // the caret is after the last occurrence: start again at the first
  }
  for (let i = 0; i < sorted.length; i++) {
    const box = rangeOf(sorted[i]!)?.getBoundingClientRect();
    if (box && (box.width || box.height) && box.bottom >= 0) return i;
  }
  return 0;
}

/** The caret or selection's focus in `doc`, or null (nothing selected, or focus in a form field). */
export function caretPoint(doc: Document): Point | null {
  const sel = doc.getSelection();
  if (!sel || !sel.rangeCount || !sel.focusNode) return null;
  return { node: sel.focusNode, offset: sel.focusOffset };
}

export interface KeyboardCardDeps<E> {
  doc: Document;
  rangeOf: RangeOf<E>;
  /** The page's highlighted occurrences, in document order. */
  occurrences(): E[];
  /** Scrolls the words into view, then shows their card with 'Occurrence i of n'. */
  show(entry: E, position: { index: number; total: number }): void;
  /** Moves the focus into the card (its first button). */
  focusCard(): void;
  /** True when the card is open for `entry` (it may have been closed by a click, Escape, or a hover). */
  isShowing(entry: E): boolean;
}

export function createKeyboardCard<E>(deps: KeyboardCardDeps<E>) {
  let current: E | null = null;
  let returnFocus: Element | null = null;
  return {
    /** Opens the next card; returns its place, or index -1 when the page has no highlighted concept. */
    open(): { index: number; total: number } {
      const list = deps.occurrences();
      const still = current && deps.isShowing(current) ? current : null;
      const i = pickOccurrence(list, deps.rangeOf, { current: still, point: still ? null : caretPoint(deps.doc) });
      if (i < 0) return { index: -1, total: 0 };
      // The element to give the focus back to: the page's, not the card's own button from the last time.
      if (!still) returnFocus = deps.doc.activeElement;
      current = list[i]!;
      const position = { index: i, total: list.length };
      deps.show(current, position);
      deps.focusCard();
      return position;
    },
    /** The card was closed (Escape, its × button): the focus goes back to where the user was. */
    closed(): void {
      if (!current) return;
      current = null;
      const back = returnFocus as (Element & { focus?(o?: FocusOptions): void }) | null;
      returnFocus = null;
      if (back?.isConnected && back !== deps.doc.body) back.focus?.({ preventScroll: true });
    },
    /** Forgets the card (a new page in a single-page app, or a hover card replaced it). */
    reset(): void {
      current = null;
      returnFocus = null;
    },
  };
}
