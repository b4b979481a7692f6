/** Builds a new example from what the page said and what the user typed. Pure. */
import type { ExampleDraft } from './db/types';
import type { PageQuote, PageStatus } from './messages/protocol';

export interface DraftInput {
  quote: string;
  tags: string[];
  concepts: string[];
  functionId: string;
  note: string;
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Tags as the user means them: trimmed, inner white space folded, NFC, duplicates (case-insensitive) dropped. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function buildDraft(status: PageStatus, input: DraftInput, lexiconVersion: string): ExampleDraft {
  const q: PageQuote | null = status.quote;
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
    url: status.url,
    canonicalUrl: status.canonicalUrl,
    title: status.title,
    site: siteOf(status.url),
    platform: q?.detection?.platform ?? status.detection.platform,
    author: q?.author,
    authorName: q?.authorName,
    postTime: q?.postTime,
    lang: status.lang,
    detection: q?.detection ?? status.detection,
    concepts: [...new Set(input.concepts)],
    tags: cleanTags(input.tags),
    functionId: input.functionId,
    note: input.note.trim(),
    lexiconVersion,
  };
}
