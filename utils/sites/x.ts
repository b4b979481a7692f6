/**
 * X (Twitter): timelines, profiles and status pages.
 *
 * Selectors checked in 2025 against public extensions' and scrapers' selector
 * tables (stored code search: `article[data-testid="tweet"]`, `[data-testid="User-Name"]`,
 * `[data-testid="socialContext"]`, `svg[data-testid="icon-verified"]`) and saved pages.
 * X ships hashed class names (css-175oi2r, r-…) that change weekly; only the
 * data-testid attributes, <time datetime> and link hrefs are relied upon.
 */
import { absoluteUrl, all, first, hostIs, isHttp, oneLine, pathSegments, postContainers, readPosts, toIso, visibleText } from './dom';
import { cleanProfile, linkFromText } from './profile';
import type { FoundPost, PostAuthor, SiteAdapter } from './types';

const SEL = {
  /** One post (tweet, reply, or repost) on any timeline or status page. Quoted tweets inside it are div[role=link], not articles. */
  post: 'article[data-testid="tweet"]',
  /** The author block: display-name link, @handle link, and the time link. In a repost it shows the ORIGINAL author; the reposter is in socialContext. */
  userName: '[data-testid="User-Name"]',
  /** The post's own text. A quoted tweet's text comes later in document order, so the first one is the post's. */
  text: '[data-testid="tweetText"]',
  /** Relative time; the absolute one is in datetime. Its enclosing link is the permalink. */
  time: 'time[datetime]',
  /** The verification check (blue, gold or grey); grey is told apart by its gradient colours. */
  verified: 'svg[data-testid="icon-verified"]',
  /** Affiliation badges and labels carry their meaning in aria-label/title/alt text. */
  labelled: '[aria-label], [title], img[alt]',
  /** Profile page header (note: "UserName", no hyphen) with "@handle" text. */
  profileName: '[data-testid="UserName"]',
  /** Profile header labels: professional category, affiliation. */
  profileLabels: '[data-testid="UserProfessionalCategory"], [data-testid="UserProfileHeader_Items"]',
} as const;

const ORIGIN = 'https://x.com';
/** Hosts that serve the X web app; anything else (x.com.evil.com) is not X. */
const SUBDOMAINS = ['www', 'mobile'] as const;
/** X handles: 1–15 letters, digits, underscore. */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments that are app sections, not accounts. */
const RESERVED = new Set([
  'home', 'explore', 'i', 'notifications', 'messages', 'search', 'settings', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share', 'account', 'bookmarks', 'communities', 'jobs',
  'premium', 'verified-choose', 'lists', 'topics', 'download', 'about', 'help', 'rules', 'en', 'oauth',
]);
/** Words in X's labels that mark a government account ("Uzbekistan government organization"). */
const GOVERNMENT_WORDS = /government|multilateral|state-affiliated/i;

function isXHost(url: URL): boolean {
  return isHttp(url) && (hostIs(url, 'x.com', SUBDOMAINS) || hostIs(url, 'twitter.com', SUBDOMAINS));
}

function handleOf(href: string | null | undefined): string | null {
  const url = absoluteUrl(href, ORIGIN);
  if (!url || !isXHost(url)) return null;
  const segments = pathSegments(url);
  const handle = segments[0];
  if (segments.length !== 1 || !handle || !HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return null;
  return handle;
}

/** Is a CSS/SVG colour a grey (all channels within a small spread)? */
function isGrey(color: string): boolean {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!hex?.[1]) return false;
  const h = hex[1].length === 3 ? hex[1].replace(/./g, (c) => c + c) : hex[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  const spread = Math.max(r, g, b) - Math.min(r, g, b);
  const white = r > 0xf0 && g > 0xf0 && b > 0xf0;
  return spread <= 0x30 && !white;
}

/**
 * The grey check (government and multilateral accounts) has the same aria-label
 * ("Verified account") as blue and gold ones; only its gradient stops are grey.
 * Attribute reads only: no computed style.
 */
function hasGreyCheck(scope: Element): boolean {
  for (const svg of all(scope, SEL.verified)) {
    const colors = all(svg, 'stop[stop-color], [fill^="#"]')
      .map((el) => el.getAttribute('stop-color') ?? el.getAttribute('fill') ?? '')
      .filter((c) => c.startsWith('#') && !/^#f{3}(f{3})?$/i.test(c));
    if (colors.length > 0 && colors.every(isGrey)) return true;
  }
  return false;
}

function governmentLabelIn(scope: Element): string | undefined {
  for (const el of all(scope, SEL.labelled)) {
    for (const attr of ['aria-label', 'title', 'alt']) {
      const value = oneLine(el.getAttribute(attr));
      if (value && GOVERNMENT_WORDS.test(value)) return value;
    }
  }
  if (hasGreyCheck(scope)) return 'Grey verification check (government or multilateral organization account)';
  return undefined;
}

function authorOf(block: Element | null): PostAuthor | null {
  if (!block) return null;
  const links = all(block, 'a[href]').filter((a) => handleOf(a.getAttribute('href')) !== null);
  let handle = handleOf(links[0]?.getAttribute('href'));
  // Trimmed or logged-out markup sometimes has "@handle" as plain text only.
  handle ??= /@([A-Za-z0-9_]{1,15})\b/.exec(block.textContent ?? '')?.[1] ?? null;
  if (!handle) return null;
  const author: PostAuthor = { handle };
  // The display-name link comes first; the second link's text is "@handle".
  const name = oneLine(visibleText(links[0]));
  if (name && !name.startsWith('@')) author.name = name;
  const label = governmentLabelIn(block);
  if (label) author.governmentLabel = label;
  return author;
}

function readTweet(article: Element): FoundPost {
  const author = authorOf(first(article, SEL.userName));
  const time = first(article, SEL.time);
  const post: FoundPost = { element: article, author, text: visibleText(first(article, SEL.text)) };
  const iso = toIso(time?.getAttribute('datetime'));
  if (iso) post.time = iso;
  const link = time?.closest('a[href*="/status/"]') ?? first(article, 'a[href*="/status/"]');
  const permalink = absoluteUrl(link?.getAttribute('href'), ORIGIN);
  if (permalink) {
    permalink.search = '';
    permalink.hash = '';
    post.permalink = permalink.href;
  }
  return post;
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  postSelector: SEL.post,
  authorSelector: SEL.userName,
  examples: [
    'https://x.com/MFA_Uzbekistan',
    'https://x.com/MFA_Uzbekistan/status/1792512345678901234',
    'https://twitter.com/MFA_Uzbekistan/status/1792512345678901234',
    'https://mobile.twitter.com/MFA_Uzbekistan',
    'https://x.com/home',
    'https://www.x.com/search?q=diplomacy',
  ],

  matches: isXHost,

  urlAuthor(url) {
    if (!isXHost(url)) return null;
    const handle = pathSegments(url)[0];
    if (!handle || !HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return null;
    return handle;
  },

  pageAuthor(root) {
    // Profile pages: the header shows name, "@handle" and labels. Status pages and
    // timelines have no page owner beyond what the URL says.
    const header = first(root, SEL.profileName);
    if (!header) return null;
    const handle = /@([A-Za-z0-9_]{1,15})\b/.exec(header.textContent ?? '')?.[1];
    if (!handle) return null;
    const author: PostAuthor = { handle };
    const name = oneLine(visibleText(first(header, 'span')));
    if (name && !name.startsWith('@')) author.name = name;
    // The label is one short span among location, website and join date: take the shortest match.
    const labels = all(root, SEL.profileLabels)
      .flatMap((el) => [el, ...all(el, 'span')])
      .map((el) => oneLine(el.textContent))
      .filter((text) => GOVERNMENT_WORDS.test(text))
      .sort((a, b) => a.length - b.length);
    const label = governmentLabelIn(header) ?? labels[0];
    if (label) author.governmentLabel = label;
    return author;
  },

  profile(root) {
    const header = first(root, SEL.profileName);
    if (!header) return null;
    const labelled = governmentLabelIn(header) !== undefined || all(root, SEL.profileLabels).some((el) => GOVERNMENT_WORDS.test(el.textContent ?? ''));
    // Any other check (blue, gold) is an X Premium or Verified Organizations subscription.
    const badge = labelled ? 'government' : first(header, SEL.verified) ? 'paid' : undefined;
    const links = all(root, '[data-testid="UserUrl"]').map((el) => linkFromText(visibleText(el))).filter((l): l is string => l !== null);
    return cleanProfile({ authorBio: visibleText(first(root, '[data-testid="UserDescription"]')), authorLinks: links, authorBadge: badge });
  },

  findPosts(root) {
    return readPosts(postContainers(root, SEL.post), readTweet);
  },
};
