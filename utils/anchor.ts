/**
 * Finding a saved quote again in a page's text: pure string work, after the
 * W3C Web Annotation selectors (TextPositionSelector first, then
 * TextQuoteSelector with prefix/suffix to choose among repeats).
 */
import type { ExampleSelectors } from './model/example';

export interface Span {
  start: number;
  end: number;
}

const CONTEXT = 32;

/** Collapse runs of white space so reflowed pages still match. Returns the folded text and a map back. */
function foldSpaces(text: string): { folded: string; map: number[] } {
  const map: number[] = [];
  let folded = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      folded += ' ';
    } else {
      inSpace = false;
      folded += ch;
    }
    map.push(i);
  }
  map.push(text.length);
  return { folded, map };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where the quote is in `text`, or null when the page no longer holds it. */
export function findQuote(text: string, selectors: ExampleSelectors): Span | null {
  const { exact, prefix = '', suffix = '' } = selectors.quote;
  if (!exact) return null;
  const pos = selectors.position;
  if (pos && text.slice(pos.start, pos.end) === exact) return { start: pos.start, end: pos.end };

  const { folded, map } = foldSpaces(text);
  const needle = foldSpaces(exact).folded.trim();
  if (!needle) return null;
  const pre = foldSpaces(prefix).folded.slice(-CONTEXT);
  const suf = foldSpaces(suffix).folded.slice(0, CONTEXT);

  let best: Span | null = null;
  let bestScore = -1;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    let score = commonSuffixLength(folded.slice(Math.max(0, at - CONTEXT), at), pre);
    score += commonPrefixLength(folded.slice(end, end + CONTEXT), suf);
    // Near the saved position breaks ties between identical contexts.
    if (pos) score += 1 / (1 + Math.abs(map[at]! - pos.start));
    if (score > bestScore) {
      bestScore = score;
      best = { start: map[at]!, end: map[end - 1]! + 1 };
    }
  }
  return best;
}
