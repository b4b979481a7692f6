/**
 * Small DOM readers shared by the site adapters. All are read-only, read no
 * layout (no innerText, no geometry) and never throw on odd markup: a reader
 * that cannot make sense of something answers undefined/null/[] instead.
 */
import { MAX_POST_TEXT, type FoundPost } from './types';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never visible text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'select', 'textarea']);
/** Elements that start a new line, so "line one<div>line two</div>" does not read "line oneline two". */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);

/**
 * An element's text as a reader sees it, from textContent-like walking: `<br>` and
 * block elements become line breaks, emoji images (X, Telegram) give their alt.
 * Whitespace is collapsed, the result trimmed and capped at `max` characters.
 */
export function visibleText(el: Element | null | undefined, max = MAX_POST_TEXT): string {
  if (!el) return '';
  let out = '';
  // Stop walking well past the cap: a 5000-char post is never slow, a 5 MB one would be.
  const budget = max * 2;
  // Strings on the stack are literal text to emit (a block's closing line break).
  const stack: (Node | string)[] = [el];
  while (stack.length > 0 && out.length < budget) {
    const node = stack.pop();
    if (node === undefined) break;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      out += '\n';
      continue;
    }
    if (tag === 'img') {
      out += element.getAttribute('alt') ?? '';
      continue;
    }
    const block = BLOCKS.has(tag) && element !== el;
    if (block) {
      out += '\n';
      stack.push('\n'); // popped after the children
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return normalizeText(out).slice(0, max).trim();
}

/** Collapses runs of spaces, trims each line and keeps at most one blank line in a row. */
export function normalizeText(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text (names, labels): all whitespace collapsed to single spaces. */
export function oneLine(text: string | null | undefined, max = 300): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** An ISO-8601 UTC time for a datetime string or epoch milliseconds, else undefined. */
export function toIso(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Resolves an href against a base; undefined for unparsable or non-http(s) links. */
export function absoluteUrl(href: string | null | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The path's segments, URL-decoded where possible, without empty ones. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** querySelector that answers null instead of throwing. */
export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll as an array, [] instead of throwing. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function isElement(node: ParentNode): node is Element {
  return (node as Partial<Element>).nodeType === ELEMENT_NODE && typeof (node as Partial<Element>).matches === 'function';
}

/** Does this element match the selector (false instead of throwing)? */
export function matchesSelector(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The nearest ancestor (excluding el) matching selector, in the whole document, not just under root. */
export function ancestor(el: Element, selector: string): Element | null {
  try {
    return el.parentElement?.closest(selector) ?? null;
  } catch {
    return null;
  }
}

/**
 * The outermost post containers at or under root, in document order. A match
 * nested in another match (a Facebook comment inside its post, a quoted card)
 * is part of that post, not a post of its own, even when root is the inner one.
 */
export function postContainers(root: ParentNode, selector: string): Element[] {
  const found = all(root, selector);
  if (isElement(root) && matchesSelector(root, selector)) found.unshift(root);
  return found.filter((el) => ancestor(el, selector) === null);
}

/**
 * Reads each container with `read`; a container that `read` rejects (null) or
 * that throws on odd markup is left out, so one strange post never costs the rest.
 */
export function readPosts(containers: Element[], read: (el: Element) => FoundPost | null): FoundPost[] {
  const posts: FoundPost[] = [];
  for (const el of containers) {
    try {
      const post = read(el);
      if (post) posts.push(post);
    } catch {
      // Odd markup: fewer posts rather than none.
    }
  }
  return posts;
}

/** The content of a `<meta property|name|itemprop=…>` under root. */
export function metaContent(root: ParentNode, key: string): string | undefined {
  const el = first(root, `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : undefined;
}

/** Is this host the domain itself or one of the listed subdomains of it (no look-alikes)? */
export function hostIs(url: URL, domain: string, subdomains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === domain) return true;
  return subdomains.some((sub) => host === `${sub}.${domain}`);
}

/** http(s) only: other schemes (file:, chrome:, about:) are never a platform page. */
export function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
