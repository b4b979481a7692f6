/**
 * Turns the user's selection into a quote with the W3C selectors that find it
 * again. DOM edge: reads the selection, never changes the page.
 */
import type { ExampleSelectors } from '../db/types';
import { buildTextIndex, offsetOf, type TextIndex } from './text-index';

export const CONTEXT_CHARS = 200;
/** A quote is evidence, not a page dump: longer selections are cut here. */
export const MAX_QUOTE_CHARS = 20_000;

export interface QuoteParts {
  quote: string;
  prefix: string;
  suffix: string;
  selectors: ExampleSelectors;
}

/** Quote, context and selectors for text[start, end) of an index. */
export function quoteAt(index: TextIndex, start: number, end: number): QuoteParts | null {
  const raw = index.text.slice(start, end);
  // Trim white space at the edges but keep offsets exact.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  start += lead;
  end -= trail;
  if (end <= start) return null;
  end = Math.min(end, start + MAX_QUOTE_CHARS);
  const quote = index.text.slice(start, end);
  const prefix = index.text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const suffix = index.text.slice(end, end + CONTEXT_CHARS);
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
