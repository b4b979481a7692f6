/**
 * Sizes of an example's fields, in UTF-16 code units (String.length, what a
 * textarea's maxLength counts). One table for every side: the writers (popup,
 * library editor, tag field, page info) refuse more, the importer takes up to
 * this unchanged and cuts beyond it with a warning, and the background's check
 * of a draft refuses more. Never lower a cap: backups written under the old
 * one must still import whole.
 */
export const EXAMPLE_LIMITS = {
  /**
   * quote, selectors.quote.exact. The library editor refuses longer; a
   * selection is cut at MAX_QUOTE_CHARS (20,000) and a post in view at
   * MAX_POST_TEXT (5,000) before that.
   */
  quoteChars: 100_000,
  /** note: the library editor refuses longer. */
  noteChars: 100_000,
  /**
   * url, canonicalUrl. No page DiploLens saves from has a longer address:
   * Chrome will not load a URL over 2 MiB (url::kMaxURLChars), Firefox an
   * http(s) URL over 1 MiB (network.standard-url.max-length); the content
   * script runs on http(s) pages only (no data: URLs); page-info leaves out a
   * longer canonical link. The old 10,000 is within reach of real search and
   * single-page-app addresses, and refused the whole backup holding one.
   */
  urlChars: 2 * 1024 * 1024,
  /** tags per example: the tag field adds no more. */
  tags: 100,
  /** one tag: the tag field refuses longer. */
  tagChars: 10_000,
  /**
   * concepts (lexicon ids, each at most once, and the lexicon is far smaller),
   * detection reasons (a few sentences).
   */
  otherListItems: 1_000,
  /**
   * Any other text: prefix and suffix (CONTEXT_CHARS, 200), title and language
   * (page-info clips at 300), author fields (site adapters clip at 300), site,
   * ids of concepts and functions, times, lexicon version.
   */
  otherStringChars: 10_000,
  /** The app writes UUIDs (36). */
  idChars: 200,
} as const;
