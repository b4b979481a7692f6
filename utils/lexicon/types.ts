/**
 * The contract of the concept lexicon's matcher (Hit). The shapes the lexicon is
 * written in live in utils/model/lexicon.ts and are re-exported here.
 */

export { LANGS, CATEGORY_IDS } from '../model/lexicon';
export { termLangs } from '../model/lexicon';
export type { Lang, CategoryId, PaperRef, Concept, LexiconEntry } from '../model/lexicon';
import type { Lang } from '../model/lexicon';

export interface Hit {
  conceptId: string;
  /** The lexicon term that matched (its canonical spelling), not the page text. */
  term: string;
  /** A `Lang`, or another language code of a user codebook's terms. */
  lang: string;
  /** UTF-16 offsets into the ORIGINAL text: text.slice(start, end) is the matched words. */
  start: number;
  end: number;
}
