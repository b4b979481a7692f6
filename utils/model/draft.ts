/**
 * The one builder of a new example's draft: what the page said (its address,
 * title, language and judgement, and the quote chosen on it) and what the user
 * typed. Used by the popup, the context menu and keyboard shortcut (in the
 * background) and the hover card (in the content script). Pure.
 */
import { siteOf, type ExampleDraft, type ExampleSelectors } from './example';
import type { Detection } from './source';

/** A quote selected (or otherwise chosen) on the page, with what is needed to find it again. */
export interface PageQuote {
  quote: string;
  prefix: string;
  suffix: string;
  selectors: ExampleSelectors;
  /** On social platforms: the post the quote sits in. */
  author?: string;
  authorName?: string;
  postTime?: string;
  permalink?: string;
  /** Detection of the post's author, when it differs from the page's. */
  detection?: Detection;
}

/** The page an example is saved from, as its content script reads it. */
export interface DraftPage {
  url: string;
  canonicalUrl?: string;
  title: string;
  lang?: string;
  /** The page's own judgement; a quote from a post carries its author's. */
  detection: Detection;
  quote: PageQuote | null;
}

/** What the user chose: the quote as edited, concepts, tags, function, note. */
export interface DraftInput {
  quote: string;
  tags: string[];
  concepts: string[];
  functionId: string;
  note: string;
}

/** A tag as the user means it: NFC, trimmed, inner white space folded to one space. */
export const cleanTag = (tag: string): string => tag.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The key two spellings of a tag share ('Press ', 'press', 'PRESS'): the clean tag in lower case. */
export const tagKey = (tag: string): string => cleanTag(tag).toLocaleLowerCase();

/** Tags as the user means them: trimmed, inner white space folded, NFC, duplicates (case-insensitive) dropped. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function buildDraft(page: DraftPage, input: DraftInput, lexiconVersion: string): ExampleDraft {
  const q = page.quote;
  const quote = input.quote.trim();
  // The user may edit the quote in the popup; selectors still describe what was selected.
  const sameQuote = q && q.quote.trim() === quote;
  return {
    quote,
    prefix: sameQuote ? q.prefix : '',
    suffix: sameQuote ? q.suffix : '',
    selectors:
      sameQuote && q
        ? q.selectors
        : { quote: { type: 'TextQuoteSelector', exact: quote } },
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: siteOf(page.url),
    author: q?.author,
    authorName: q?.authorName,
    postTime: q?.postTime,
    lang: page.lang,
    detection: q?.detection ?? page.detection,
    concepts: [...new Set(input.concepts)],
    tags: cleanTags(input.tags),
    functionId: input.functionId,
    note: input.note.trim(),
    lexiconVersion,
  };
}
