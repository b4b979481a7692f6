/**
 * Reads what the page says about itself (title, canonical URL, language, site
 * name, JSON-LD types, header text) as detection signals. DOM edge: reads only.
 * All of it is untrusted page text: used as strings, never as markup.
 */
import type { PageSignals } from '../detect/types';
import { EXAMPLE_LIMITS } from '../model/limits';

const MAX_SIGNAL = 300;
const MAX_JSONLD_BLOCKS = 10;
const MAX_JSONLD_CHARS = 100_000;

function clip(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, MAX_SIGNAL) : undefined;
}

function collectTypes(node: unknown, out: Set<string>, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectTypes(n, out, depth + 1);
    return;
  }
  const rec = node as Record<string, unknown>;
  const t = rec['@type'];
  if (typeof t === 'string') out.add(t);
  else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.add(x);
  if (rec['@graph']) collectTypes(rec['@graph'], out, depth + 1);
}

export function jsonLdTypes(doc: Document): string[] {
  const out = new Set<string>();
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(blocks.length, MAX_JSONLD_BLOCKS); i++) {
    const text = blocks[i]!.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    try {
      collectTypes(JSON.parse(text), out);
    } catch {
      // Broken JSON-LD is common; it is simply not evidence.
    }
  }
  return [...out];
}

export interface PageInfo {
  url: string;
  canonicalUrl?: string;
  title: string;
  lang?: string;
  signals: PageSignals;
}

/**
 * The page's <link rel=canonical> as an absolute URL, or undefined. The href is
 * page markup of any length; one longer than EXAMPLE_LIMITS.urlChars is no
 * address a browser would load, and cut it would point nowhere, so it is left
 * out (the page's own URL is saved anyway) rather than stored and refused or
 * cut by the import of a backup.
 */
export function canonicalOf(doc: Document, url: string): string | undefined {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical || canonical.length > EXAMPLE_LIMITS.urlChars) return undefined;
  try {
    const u = new URL(canonical, url);
    // Only a web address: it is exported and may be opened (javascript:, data: are page tricks).
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.href.length <= EXAMPLE_LIMITS.urlChars ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function readPageInfo(doc: Document, url: string = doc.location?.href ?? ''): PageInfo {
  const canonicalUrl = canonicalOf(doc, url);
  const title = clip(doc.title) ?? '';
  const lang = clip(doc.documentElement?.getAttribute('lang'));
  const header =
    doc.querySelector('header h1, [role="banner"] h1, header .site-name, header .logo, h1') ?? doc.querySelector('header');
  return {
    url,
    canonicalUrl,
    title,
    lang,
    signals: {
      title,
      siteName: clip(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')),
      jsonLdTypes: jsonLdTypes(doc),
      lang,
      headerText: clip(header?.textContent),
    },
  };
}
