/**
 * Which saved examples come from a page, and which one a new save repeats: the same quote from
 * the same page, so the popup warns instead of silently storing a second copy, says how many
 * examples were saved from the page, and the library can show only those.
 */
import type { Example } from '../model/example';

/** An address without its #fragment (a jump within the page is the same page). */
function pageOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** True when the example was saved from `url` (its address, or its canonical address). */
export function samePage(e: Pick<Example, 'url' | 'canonicalUrl'>, url: string): boolean {
  const page = pageOf(url);
  return pageOf(e.url) === page || (!!e.canonicalUrl && pageOf(e.canonicalUrl) === page);
}

/** A quote as compared: spacing and letter case do not make another quote. */
function quoteKey(q: string): string {
  return q.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The saved example a new quote from `url` repeats (the newest), or undefined. */
export function findDuplicate(saved: readonly Example[], url: string, quote: string): Example | undefined {
  const key = quoteKey(quote);
  if (!key) return undefined;
  return saved.filter((e) => samePage(e, url) && quoteKey(e.quote) === key).sort((a, b) => b.createdAt - a.createdAt)[0];
}
