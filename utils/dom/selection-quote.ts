/**
 * Turns the user's selection into a quote with the W3C selectors that find it
 * again. DOM edge: reads the selection, never changes the page.
 */
import type { ExampleSelectors } from '../db/types';
import { buildTextIndex, offsetOf, type TextIndex } from './text-index';

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

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * True when offset `i` falls between the two halves of a surrogate pair (an
 * emoji, a rare CJK character). Lengths here count UTF-16 units, so a cut made
 * by arithmetic can land there; the halves left on each side are lone
 * surrogates, which UTF-8 (CSV, fetch) cannot carry and turns into U+FFFD.
 */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** `i`, or one unit earlier when `i` would split a surrogate pair. */
export function snapBack(text: string, i: number): number {
  return splitsPair(text, i) ? i - 1 : i;
}

/** `i`, or one unit later when `i` would split a surrogate pair. */
export function snapForward(text: string, i: number): number {
  return splitsPair(text, i) ? i + 1 : i;
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
