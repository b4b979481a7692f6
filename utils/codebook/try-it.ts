/**
 * The editor's 'Try it' box: a sample text cut into plain pieces and matched pieces, each
 * matched piece with its concept, the term that matched and its colour, for the editor to
 * render as text nodes (never as HTML). Every concept that covers the same words is listed,
 * so a term two concepts share shows both.
 */
import { match } from '../lexicon/match';
import type { CompiledCodebook } from './compile';

export interface TrySegment {
  text: string;
  /** Set on matched words: each concept that covers them, first the one the page highlights. */
  matches?: { conceptId: string; label: string; term: string; lang: string; colour: string }[];
}

/** At most this much sample text is matched (the box is for a paragraph, not a book). */
export const TRY_MAX_CHARS = 20_000;

export function tryIt(compiled: CompiledCodebook, text: string): TrySegment[] {
  const sample = text.slice(0, TRY_MAX_CHARS);
  const hits = match(sample, compiled.lexicon, { allConcepts: true });
  const out: TrySegment[] = [];
  let at = 0;
  for (let i = 0; i < hits.length; ) {
    const h = hits[i]!;
    const same = [];
    while (i < hits.length && hits[i]!.start === h.start && hits[i]!.end === h.end) same.push(hits[i++]!);
    if (h.start > at) out.push({ text: sample.slice(at, h.start) });
    out.push({
      text: sample.slice(h.start, h.end),
      matches: same.map((s) => ({
        conceptId: s.conceptId,
        label: compiled.lexicon.byId.get(s.conceptId)?.source.label ?? s.conceptId,
        term: s.term,
        lang: s.lang,
        colour: compiled.colourOf(s.conceptId),
      })),
    });
    at = h.end;
  }
  if (at < sample.length) out.push({ text: sample.slice(at) });
  return out;
}
