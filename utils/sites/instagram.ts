/**
 * Instagram: profiles (instagram.com/<user>/), posts (/p/<id>/, /<user>/p/<id>/)
 * and reels (/reel/<id>/), and the home feed.
 *
 * Selectors checked in 2025 against saved pages and public scrapers' selector
 * tables (stored code search: `article header a`, `time[datetime]`, `a[href*="/p/"]`).
 * Instagram's classes are hashes (_aagu, x1lliihq …); only element names
 * (article, header, time, h1), hrefs and alt text are relied upon.
 */
import { absoluteUrl, all, ancestor, first, hostIs, isHttp, matchesSelector, oneLine, pathSegments, readPosts, toIso, visibleText } from './dom';
import { cleanProfile, linkFromText } from './profile';
import { MAX_POST_TEXT, type FoundPost, type PostAuthor, type SiteAdapter } from './types';

const SEL = {
  /** A post in the feed or on a post page (with a header naming its author), or a tile on a profile grid. */
  post: 'article, a[href*="/p/"], a[href*="/reel/"]',
  /** The author link(s) in a post's header: avatar, then username; a location link may follow. */
  headerLink: 'header a[href^="/"], header a[href^="https://www.instagram.com/"]',
  /** The caption: h1 on post pages, the first text span block in feeds. */
  caption: 'h1, ._a9zs, [data-testid="post-comment-root"] span',
  time: 'time[datetime]',
  /** Profile header: username heading and full name. */
  profileHeader: 'main header',
} as const;

const ORIGIN = 'https://www.instagram.com';
const SUBDOMAINS = ['www', 'm'] as const;
/** Usernames: letters, digits, periods, underscores, up to 30. */
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;
/** First path segments that are Instagram sections, not accounts. */
const RESERVED = new Set([
  'explore', 'accounts', 'direct', 'reels', 'reel', 'stories', 'p', 'tv', 'about', 'legal', 'developer', 'web',
  'challenge', 'emails', 'session', 'privacy', 'terms', 'help', 'api', 'static', 'graphql', 'oauth', 'nametag',
  'lite', 'press', 'directory', 'create', 'your_activity', 'ar', 'threads', 'download', 'sem',
]);

/** Profile categories that mark a government account ("Government organization", "Government official"). */
const GOVERNMENT_WORDS = /\bgovernment\b/i;

function isInstagramHost(url: URL): boolean {
  return isHttp(url) && hostIs(url, 'instagram.com', SUBDOMAINS);
}

/** The account a path names: /<user>/ or /<user>/p|reel|tagged/…; /p/<id>/ and sections name nobody. */
function accountOfPath(segments: string[]): string | null {
  const user = segments[0];
  if (!user || !USERNAME.test(user) || RESERVED.has(user.toLowerCase())) return null;
  return user;
}

function accountOfHref(href: string | null | undefined): string | null {
  const url = absoluteUrl(href, ORIGIN);
  if (!url || !isInstagramHost(url)) return null;
  const segments = pathSegments(url);
  // An author link is the bare profile (/<user>/); /<user>/p/<id>/ is a post link.
  return segments.length === 1 ? accountOfPath(segments) : null;
}

function headerAuthor(article: Element): PostAuthor | null {
  const links = all(article, SEL.headerLink).filter((a) => accountOfHref(a.getAttribute('href')));
  const handle = accountOfHref(links[0]?.getAttribute('href'));
  if (!handle) return null;
  // textContent, not visibleText: the avatar link's only text would be its img alt ("…'s profile picture").
  // The username link's text is the username itself; a display name is rarely shown here.
  const shown = links.map((a) => oneLine(a.textContent)).find((text) => text.length > 0 && text !== handle);
  return shown ? { handle, name: shown } : { handle };
}

/** A post link's permalink, reduced to /p/<id>/ or /reel/<id>/ (the /<user>/p/<id>/ form also exists). */
function postPermalink(href: string | null | undefined): string | undefined {
  const url = absoluteUrl(href, ORIGIN);
  if (!url || !isInstagramHost(url)) return undefined;
  const segments = pathSegments(url);
  const at = segments.findIndex((s) => s === 'p' || s === 'reel');
  const id = at >= 0 ? segments[at + 1] : undefined;
  return id && /^[A-Za-z0-9_-]{5,40}$/.test(id) ? `${ORIGIN}/${segments[at]}/${id}/` : undefined;
}

function readArticle(article: Element): FoundPost {
  const post: FoundPost = { element: article, author: headerAuthor(article), text: visibleText(first(article, SEL.caption)) };
  const time = first(article, SEL.time);
  const iso = toIso(time?.getAttribute('datetime'));
  if (iso) post.time = iso;
  const permalink = postPermalink(time?.closest('a[href]')?.getAttribute('href') ?? first(article, 'a[href*="/p/"], a[href*="/reel/"]')?.getAttribute('href'));
  if (permalink) post.permalink = permalink;
  return post;
}

/** A grid tile: its author is the profile's owner, which the tile does not repeat (author null). */
function readTile(link: Element): FoundPost | null {
  const permalink = postPermalink(link.getAttribute('href'));
  if (!permalink) return null;
  // /<user>/p/<id>/ tiles name their account; /p/<id>/ tiles do not.
  const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
  const account = url ? accountOfPath(pathSegments(url)) : null;
  // A tile's only text is its image's alt ("Photo by … on May 20, 2024. May be …").
  const text = oneLine(first(link, 'img[alt]')?.getAttribute('alt'), MAX_POST_TEXT);
  return { element: link, author: account ? { handle: account } : null, text, permalink };
}

/** An article that is a post (has a header), as opposed to a layout wrapper. */
function isPostArticle(el: Element): boolean {
  return el.localName === 'article' && first(el, 'header') !== null;
}

/**
 * Outermost posts: an article with a header, or a tile link not inside such an
 * article (the generic nesting rule would lose tiles wrapped in a header-less article).
 */
function containers(root: ParentNode): Element[] {
  const found = all(root, SEL.post);
  if ((root as Partial<Element>).nodeType === 1 && matchesSelector(root as Element, SEL.post)) found.unshift(root as Element);
  return found.filter((el) => {
    if (el.localName === 'article' && !isPostArticle(el)) return false;
    let up = el.parentElement;
    while (up) {
      if (isPostArticle(up) || (up.localName === 'a' && matchesSelector(up, SEL.post))) return false;
      up = up.parentElement;
    }
    return true;
  });
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  postSelector: SEL.post,
  // The post's header: the author's avatar and name, and a location link.
  authorSelector: 'article header',
  examples: [
    'https://www.instagram.com/mfa_uzbekistan/',
    'https://www.instagram.com/p/C7xYz12AbCd/',
    'https://www.instagram.com/reel/C7xYz12AbCd/',
    'https://www.instagram.com/mfa_uzbekistan/p/C7xYz12AbCd/',
    'https://instagram.com/explore/',
  ],

  matches: isInstagramHost,

  urlAuthor(url) {
    return isInstagramHost(url) ? accountOfPath(pathSegments(url)) : null;
  },

  pageAuthor(root) {
    // A post page has exactly one post with a header: its author owns the page.
    const articles = all(root, 'article').filter((a) => isPostArticle(a) && !ancestor(a, 'article'));
    if (articles.length === 1 && articles[0]) return headerAuthor(articles[0]);
    // A profile: the header's first heading is the username.
    const header = first(root, SEL.profileHeader);
    const username = oneLine(visibleText(first(header ?? root, 'h2, h1')));
    if (!header || !USERNAME.test(username)) return null;
    const texts = all(header, 'section span[dir="auto"], section div[dir="auto"], section h1').map((el) => oneLine(visibleText(el)));
    const author: PostAuthor = { handle: username };
    const name = texts.find((text) => text.length > 0 && text !== username);
    if (name) author.name = name;
    // The profile category ("Government organization") is a short line of its own.
    const label = texts.find((text) => text.length < 80 && GOVERNMENT_WORDS.test(text));
    if (label) author.governmentLabel = label;
    return author;
  },

  profile(root) {
    const header = first(root, SEL.profileHeader);
    if (!header) return null;
    const links = all(header, 'a[href*="l.instagram.com"]').map((a) => linkFromText(visibleText(a))).filter((l): l is string => l !== null);
    const bio = all(header, 'section span[dir="auto"], section div[dir="auto"]').map((el) => oneLine(visibleText(el))).sort((a, b) => b.length - a.length)[0];
    // Meta Verified sells the same check that verification gave: it says nothing of who runs the account.
    return cleanProfile({ authorBio: bio, authorLinks: links, authorBadge: first(header, 'svg[aria-label="Verified"]') ? 'paid' : undefined });
  },

  findPosts(root) {
    return readPosts(containers(root), (el) => (el.localName === 'article' ? readArticle(el) : readTile(el)));
  },
};
