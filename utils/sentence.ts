/**
 * The sentence around a span of text, for "Save as example" from a highlight.
 * Uses the platform's Intl.Segmenter (sentence granularity, Unicode UAX #29)
 * over a window of the text, so the cost does not grow with the page. Pure.
 */
export const MAX_SENTENCE_CHARS = 800;
const WINDOW = 1500;

export function sentenceAround(text: string, start: number, end: number, lang = 'en'): { start: number; end: number } {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const slice = text.slice(from, to);
  let s = start;
  let e = end;
  try {
    const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    for (const part of seg.segment(slice)) {
      const a = from + part.index;
      const b = a + part.segment.length;
      if (b <= start) continue;
      if (a >= end) break;
      s = Math.min(s, a);
      e = Math.max(e, b);
    }
  } catch {
    // No Intl.Segmenter (very old engines): keep the span itself.
  }
  // Trim white space, and cap very long "sentences" (lists, tables) around the hit.
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  if (e - s > MAX_SENTENCE_CHARS) {
    const pad = Math.max(0, Math.floor((MAX_SENTENCE_CHARS - (end - start)) / 2));
    s = Math.max(s, start - pad);
    e = Math.min(e, end + pad);
  }
  return { start: s, end: e };
}
