/**
 * Page chrome: the parts of a website that are the same on every page of it
 * (the site's header with its name and logo, navigation menus, breadcrumbs,
 * the footer, cookie and consent banners). Their words are no evidence of what
 * the page says: "Ministry of Foreign Affairs" in a ministry's header would be
 * counted as a mention on every page it publishes, in every language. So in
 * page mode the walk leaves them out: not highlighted, not counted.
 *
 * Found by landmarks first (HTML-AAM maps <header> and <footer> to the banner
 * and contentinfo landmarks only when they are not inside article, aside, main,
 * nav or section: a <header> inside an article holds its headline, which is
 * content), then by the ids and class names sites commonly give them. Checked
 * in code, not by one selector: `:not(:is(article, …) *)` is not read alike by
 * every engine (happy-dom matches it inside <main> too).
 */

/** Elements that may be chrome; `isPageChrome` decides. */
export const CHROME_CANDIDATES = [
  'header', 'footer', 'nav',
  '[role="banner"]', '[role="navigation"]', '[role="contentinfo"]', '[role="menubar"]',
  '#header', '#footer', '#nav', '#navigation', '#menu', '#masthead', '#site-header', '#site-footer',
  '[class~="site-header"]', '[class~="site-footer"]', '[class~="masthead"]', '[class~="navbar"]',
  '[class~="main-menu"]', '[class~="main-nav"]', '[class~="breadcrumb"]', '[class~="breadcrumbs"]',
  '[aria-label*="breadcrumb" i]',
  // Cookie and consent banners, and the common consent managers' own ids.
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[aria-label*="cookie" i]',
  '#onetrust-banner-sdk', '#CybotCookiebotDialog', '[class~="cc-window"]',
].join(',');

/** Candidates that are chrome only at the page's level, not inside sectioning content. */
const PAGE_LEVEL = 'header,footer,#header,#footer,[class~="site-header"],[class~="site-footer"],[class~="masthead"],#masthead,#site-header,#site-footer';
/** Sectioning content and the main landmark: a header or footer inside them is the section's own. */
const SECTIONING = 'article,aside,main,nav,section,[role="main"],[role="article"]';
/** Whatever holds these is the page's content, whatever its class says (`<body class="cookies-accepted">`). */
const CONTENT_INSIDE = 'main,article,[role="main"]';

export function isPageChrome(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'html' || tag === 'body' || tag === 'main') return false;
  if (!el.matches(CHROME_CANDIDATES)) return false;
  if (el.querySelector(CONTENT_INSIDE)) return false;
  if (el.matches(PAGE_LEVEL) && !el.matches('nav,[role="navigation"],[role="banner"],[role="contentinfo"]')) {
    // Only a page-level header or footer is the site's; inside a section it is the section's.
    if (el.parentElement?.closest(SECTIONING)) return false;
  }
  return true;
}

/** The chrome elements under `root` (one native query, then a check of the few candidates). */
export function chromeUnder(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(CHROME_CANDIDATES)) if (isPageChrome(el)) out.push(el);
  return out;
}

/** Whether `node` is inside page chrome (itself included), across the light tree it is in. */
export function insideChrome(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    const candidate = el.closest(CHROME_CANDIDATES);
    if (!candidate) return false;
    if (isPageChrome(candidate)) return true;
    el = candidate.parentElement;
  }
  return false;
}

/** The walk options of page mode: the whole page is read, its chrome left out. */
export const PAGE_WALK = { chrome: true } as const;
