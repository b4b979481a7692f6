/**
 * The contract of the concept lexicon's matcher (Hit). The shapes the lexicon is
 * written in live in utils/model/lexicon.ts and are re-exported here.
 */

export { LANGS, CATEGORY_IDS } from '../model/lexicon';
export { termLangs } from '../model/lexicon';
export type { Lang, CategoryId, PaperRef, Concept, LexiconEntry } from '../model/lexicon';
import type { Lang } from '../model/lexicon';

/** One concept found over some words of a text. */
export interface Reading {
  conceptId: string;
  /** The lexicon term that matched (its canonical spelling), not the page text. */
  term: string;
  /** A `Lang`, or another language code of a user codebook's terms. */
  lang: string;
  /** UTF-16 offsets into the ORIGINAL text: text.slice(start, end) is the matched words. */
  start: number;
  end: number;
}

/**
 * A span the matcher reports: hits are sorted and never overlap, so a highlight paints each
 * span once, as its concept's.
 */
export interface Hit extends Reading {
  /**
   * Other concepts whose terms cover some of the same words (all of them, a part, or words
   * across the span's edge), each with its own span: 'online briefing' is video conferencing and
   * an official statement, 'trade and investment promotion' investment promotion and economic
   * diplomacy. Counted by conceptsIn (the concepts a quote is about); not painted. Absent when
   * there are none; never two readings of one concept.
   */
  also?: readonly Reading[];
}
