/**
 * Turns the user's selection into a quote with the W3C selectors that find it
 * again. DOM edge: reads the selection, never changes the page.
 */
import type { ExampleSelectors } from '../model/example';
import { buildTextIndex, offsetOf, type TextIndex } from './text-index';
import { snapBack, snapForward } from '../model/text';

/** Context kept each side of a quote; one unit less where the cut would split an emoji (see snapBack). */
export const CONTEXT_CHARS = 200;
/** A quote is evidence, not a page dump: longer selections are cut here (one unit less to keep an emoji whole). */
export const MAX_QUOTE_CHARS = 20_000;

export interface QuoteParts {
  quote: string;
  prefix: string;
  suffix: string;
  selectors: ExampleSelectors;
}

/**
 * Quote, context and selectors for text[start, end) of an index. Every cut
 * falls between whole characters: the selection's own edges widen to take a
 * character they cut into; the length cap and the context narrow instead, so
 * they stay within MAX_QUOTE_CHARS and CONTEXT_CHARS.
 */
export function quoteAt(index: TextIndex, start: number, end: number): QuoteParts | null {
  const text = index.text;
  const raw = text.slice(start, end);
  // Trim white space at the edges but keep offsets exact.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  start = snapBack(text, start + lead);
  end = snapForward(text, end - trail);
  if (end <= start) return null;
  end = Math.min(end, snapBack(text, start + MAX_QUOTE_CHARS));
  const quote = text.slice(start, end);
  const prefix = text.slice(snapForward(text, Math.max(0, start - CONTEXT_CHARS)), start);
  const suffix = text.slice(end, snapBack(text, Math.min(text.length, end + CONTEXT_CHARS)));
  return {
    quote,
    prefix,
    suffix,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end },
    },
  };
}

/** The current selection as a quote, or null when nothing (or nothing of content) is selected. */
export function quoteFromSelection(selection: Selection | null, root: Node, index?: TextIndex): QuoteParts | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const idx = index ?? buildTextIndex(root);
  const start = offsetOf(idx, range.startContainer, range.startOffset);
  const end = offsetOf(idx, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return quoteAt(idx, start, end);
}
