/**
 * Facebook: pages and profiles (facebook.com/<page>, /profile.php?id=…,
 * /people/<name>/<id>/), their feeds, and the news feed that mixes authors.
 *
 * Selectors checked in 2025 against saved Comet pages and public extensions'
 * selector tables (stored code search: `div[role="article"]`, `data-pagelet="FeedUnit`,
 * `aria-posinset`, `data-ad-comet-preview="message"`). Facebook's classes are
 * atomic hashes (x1yztbdb …) that change constantly; only roles, aria and data
 * attributes and link hrefs are relied upon. Comments are role=article too, but
 * always nested inside their post, so only outermost containers count.
 */
import { absoluteUrl, all, first, hostIs, isHttp, metaContent, oneLine, pathSegments, postContainers, readPosts, toIso, visibleText } from './dom';
import { cleanProfile } from './profile';
import type { FoundPost, PostAuthor, SiteAdapter } from './types';

const SEL = {
  /** A feed unit: role=article (classic and some Comet feeds), the FeedUnit pagelet, or aria-posinset (Comet feed items). */
  post: 'div[role="article"], [data-pagelet^="FeedUnit"], div[aria-posinset]',
  /** The author's name link in the post header; Comet puts <strong> inside the <a>, classic put <a> inside <strong>. */
  authorLink: 'h2 a[href], h3 a[href], h4 a[href], strong a[href], a[href] strong',
  /** The post's message (Comet and classic); else the whole unit's text. */
  message: '[data-ad-comet-preview="message"], [data-ad-preview="message"], .userContent',
  /** Classic/mobile timestamps carry epoch seconds; Comet shows none without hovering. */
  utime: 'abbr[data-utime]',
  time: 'time[datetime]',
  /** Links to the post itself. */
  permalink: 'a[href*="/posts/"], a[href*="/permalink.php"], a[href*="story_fbid="], a[href*="/videos/"], a[href*="/photo"]',
} as const;

const ORIGIN = 'https://www.facebook.com';
const SUBDOMAINS = ['www', 'm', 'mbasic', 'web', 'touch', 'mobile'] as const;
/** First path segments that are Facebook sections, not pages or profiles. */
const RESERVED = new Set([
  'login', 'login.php', 'logout.php', 'home.php', 'watch', 'marketplace', 'gaming', 'events', 'groups', 'hashtag',
  'photo', 'photo.php', 'photos', 'story.php', 'stories', 'reel', 'reels', 'share', 'sharer', 'sharer.php', 'dialog',
  'plugins', 'notifications', 'messages', 'friends', 'bookmarks', 'help', 'privacy', 'policies', 'policy.php',
  'settings', 'search', 'ads', 'business', 'pages', 'live', 'games', 'places', 'l.php', 'checkpoint', 'recover',
  'r.php', 'reg', 'signup', 'video.php', 'videos', 'saved', 'memories', 'fundraisers', 'weather', 'about', 'legal',
  'terms', 'careers', 'media', 'permalink.php', 'profile.php', 'people', 'pg', 'me', 'index.php', 'feeds', 'tr',
]);
/** Page usernames: letters, digits and dots (min 5); numeric ids also appear as paths. */
const USERNAME = /^[A-Za-z0-9.\-]{2,80}$/;
const NUMERIC_ID = /^\d{5,20}$/;

function isFacebookHost(url: URL): boolean {
  return isHttp(url) && hostIs(url, 'facebook.com', SUBDOMAINS);
}

/**
 * The page or profile a Facebook URL names: /<username>[/…], /pg/<username>,
 * /profile.php?id=<id>, /people/<name>/<id>, /groups/<g>/user/<id> (a group
 * member), /permalink.php?…&id=<id>. Sections (login, watch, groups …) name nobody.
 */
function ownerOfUrl(url: URL): string | null {
  const segments = pathSegments(url);
  const [head, second, third, fourth] = segments;
  if (!head) return null;
  const lower = head.toLowerCase();
  const id = url.searchParams.get('id');
  if ((lower === 'profile.php' || lower === 'permalink.php' || lower === 'story.php') && id && NUMERIC_ID.test(id)) return id;
  if (lower === 'people' && third && NUMERIC_ID.test(third)) return third;
  if (lower === 'pg' && second && USERNAME.test(second)) return second;
  if (lower === 'groups' && third === 'user' && fourth && NUMERIC_ID.test(fourth)) return fourth;
  if (RESERVED.has(lower) || !USERNAME.test(head)) return null;
  return head;
}

function ownerOfHref(href: string | null | undefined): string | null {
  const url = absoluteUrl(href, ORIGIN);
  return url && isFacebookHost(url) ? ownerOfUrl(url) : null;
}

function authorOf(unit: Element): PostAuthor | null {
  for (const hit of all(unit, SEL.authorLink)) {
    const link = hit.localName === 'a' ? hit : hit.closest('a[href]');
    const handle = ownerOfHref(link?.getAttribute('href'));
    if (!link || !handle) continue;
    const name = oneLine(visibleText(link));
    return name ? { handle, name } : { handle };
  }
  return null;
}

/** A permalink without Facebook's click-tracking parameters. */
function cleanPermalink(href: string | null | undefined): string | undefined {
  const url = absoluteUrl(href, ORIGIN);
  if (!url || !isFacebookHost(url)) return undefined;
  for (const key of Array.from(url.searchParams.keys())) {
    if (key.startsWith('__') || key === 'ref' || key === 'comment_id') url.searchParams.delete(key);
  }
  url.hash = '';
  return url.href;
}

function readUnit(unit: Element): FoundPost {
  const message = first(unit, SEL.message);
  const post: FoundPost = { element: unit, author: authorOf(unit), text: visibleText(message ?? unit) };
  const utime = Number(first(unit, SEL.utime)?.getAttribute('data-utime'));
  const iso = Number.isFinite(utime) && utime > 0 ? toIso(utime * 1000) : toIso(first(unit, SEL.time)?.getAttribute('datetime'));
  if (iso) post.time = iso;
  const permalink = cleanPermalink(first(unit, SEL.permalink)?.getAttribute('href'));
  if (permalink) post.permalink = permalink;
  return post;
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  postSelector: SEL.post,
  // Comments are role=article inside their post's role=article (page feeds, classic feeds).
  nestedPostSelector: 'div[role="article"] div[role="article"]',
  // The author's name link in the post's header (the headings; bold links in the text stay).
  authorSelector: 'h2 a[href], h3 a[href], h4 a[href]',
  examples: [
    'https://www.facebook.com/MFAUzbekistan',
    'https://www.facebook.com/MFAUzbekistan/posts/pfbid02abcDEF',
    'https://m.facebook.com/MFAUzbekistan',
    'https://www.facebook.com/profile.php?id=100064512345678',
    'https://www.facebook.com/people/Embassy-of-Uzbekistan/100069876543210/',
    'https://www.facebook.com/',
  ],

  matches: isFacebookHost,

  urlAuthor(url) {
    return isFacebookHost(url) ? ownerOfUrl(url) : null;
  },

  pageAuthor(root) {
    // A page's og:url is its canonical address; the news feed's is the bare site.
    const url = absoluteUrl(metaContent(root, 'og:url') ?? first(root, 'link[rel="canonical"]')?.getAttribute('href'), ORIGIN);
    const handle = url && isFacebookHost(url) ? ownerOfUrl(url) : null;
    if (!handle) return null;
    const name = oneLine(metaContent(root, 'og:title') ?? visibleText(first(root, '[role="main"] h1, h1')));
    return name ? { handle, name } : { handle };
  },

  profile(root) {
    if (!facebookAdapter.pageAuthor(root)) return null;
    const main = first(root, '[role="main"]');
    return cleanProfile({ authorBio: metaContent(root, 'og:description'), authorBadge: main && first(main, 'svg[aria-label="Verified account"], [aria-label="Verified account"]') ? 'paid' : undefined });
  },

  findPosts(root) {
    return readPosts(postContainers(root, SEL.post), readUnit);
  },
};
