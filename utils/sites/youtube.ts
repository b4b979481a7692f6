/**
 * YouTube: channel pages (/@handle, /channel/<id>, /c/<name>, /user/<name>) and
 * watch pages (/watch?v=…, /shorts/<id>), whose owner only the DOM names.
 *
 * Selectors checked in 2025 against YouTube's Polymer markup as used by public
 * extensions' selector tables (stored code search: `ytd-video-owner-renderer`,
 * `ytd-channel-name a`, `ytd-rich-item-renderer`, `ytd-backstage-post-renderer`)
 * and the server-rendered schema.org microdata (`span[itemprop="author"]`).
 * Custom element names are stable; classes and ids inside them move often.
 *
 * Posts: the watched video, video tiles that name their channel, and channel
 * community posts. Comments are NOT posts of the channel: anything inside
 * ytd-comments / ytd-comment-thread-renderer is skipped. So are the sidebar's
 * recommendations (ytd-compact-video-renderer), which show a channel name but no link.
 */
import { absoluteUrl, all, ancestor, first, hostIs, isHttp, metaContent, oneLine, pathSegments, postContainers, readPosts, toIso, visibleText } from './dom';
import { cleanProfile, linkFromText } from './profile';
import { MAX_POST_TEXT, type FoundPost, type PostAuthor, type SiteAdapter } from './types';

const SEL = {
  /** The watched video's title/owner/description block. */
  watch: 'ytd-watch-metadata',
  /** A video tile on home, subscriptions, a channel's grid, search results. */
  tile: 'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer',
  /** A community post on a channel's Posts tab. */
  community: 'ytd-backstage-post-thread-renderer',
  /** Comment sections: never posts, never authors. */
  comments: 'ytd-comments, ytd-comment-thread-renderer',
  /** The watched video's owner row: avatar link, then ytd-channel-name's link with the name. */
  owner: 'ytd-video-owner-renderer',
  /** Microdata the server renders on watch pages (outside ytd-app). */
  microAuthorUrl: 'span[itemprop="author"] link[itemprop="url"]',
  microAuthorName: 'span[itemprop="author"] link[itemprop="name"]',
  /** A channel link inside a tile or post; the name is the first such link with text. */
  channelLink: 'ytd-channel-name a[href], a#author-text[href], a[href^="/@"], a[href^="/channel/"], a[href^="/c/"], a[href^="/user/"]',
  /** Funding notice under state-funded broadcasters' videos ("… is funded in whole or in part by the … government"). */
  infoPanel: 'ytd-info-panel-container-renderer',
  title: 'h1, #video-title, #title',
  description: '#description-inline-expander, #description, #content-text, #description-text',
  /** Channel header (new view-model and older c4 header), for /channel/<id> pages. */
  channelHeader: 'yt-page-header-view-model, ytd-c4-tabbed-header-renderer, #page-header',
} as const;

const POSTS = `${SEL.watch}, ${SEL.tile}, ${SEL.community}`;
const ORIGIN = 'https://www.youtube.com';
const SUBDOMAINS = ['www', 'm'] as const;

function isYouTubeHost(url: URL): boolean {
  return isHttp(url) && (hostIs(url, 'youtube.com', SUBDOMAINS) || hostIs(url, 'youtu.be', []));
}

/** The channel a YouTube path names: /@handle, /channel/<id>, /c/<name>, /user/<name>. */
function channelOfPath(segments: string[]): string | null {
  const [head, next] = segments;
  if (!head) return null;
  if (head.startsWith('@') && head.length > 1) return head.slice(1);
  if ((head === 'channel' || head === 'c' || head === 'user') && next) return next;
  return null;
}

function channelOfHref(href: string | null | undefined): string | null {
  const url = absoluteUrl(href, ORIGIN);
  return url && isYouTubeHost(url) ? channelOfPath(pathSegments(url)) : null;
}

/** The first channel link under scope, with the first non-empty link text as the name. */
function linkedAuthor(scope: Element, selector: string): PostAuthor | null {
  const links = all(scope, selector).filter((a) => !a.closest(SEL.comments) && channelOfHref(a.getAttribute('href')));
  const handle = channelOfHref(links[0]?.getAttribute('href'));
  if (!handle) return null;
  const name = links.map((a) => oneLine(visibleText(a))).find((text) => text.length > 0);
  return name ? { handle, name } : { handle };
}

/** The funding notice sits beside the metadata, not in it: read it from the whole document. */
function fundingLabel(root: ParentNode): string | undefined {
  const scope = (root as Partial<Node>).ownerDocument ?? root;
  const panel = first(scope, SEL.infoPanel);
  const text = oneLine(visibleText(panel ? (first(panel, '#title') ?? panel) : null));
  return /government/i.test(text) ? text : undefined;
}

function watchAuthor(root: ParentNode): PostAuthor | null {
  const owner = first(root, SEL.owner);
  let author = owner ? linkedAuthor(owner, 'a[href]') : null;
  if (!author) {
    const handle = channelOfHref(first(root, SEL.microAuthorUrl)?.getAttribute('href'));
    const name = oneLine(first(root, SEL.microAuthorName)?.getAttribute('content'));
    if (handle) author = name ? { handle, name } : { handle };
  }
  const label = author ? fundingLabel(root) : undefined;
  if (author && label) author.governmentLabel = label;
  return author;
}

function readWatch(el: Element): FoundPost {
  const doc = el.ownerDocument;
  const title = visibleText(first(el, SEL.title));
  const description = visibleText(first(el, SEL.description));
  const text = [title, description].filter(Boolean).join('\n\n').slice(0, MAX_POST_TEXT).trim();
  const post: FoundPost = { element: el, author: watchAuthor(el) ?? (doc ? watchAuthor(doc) : null), text };
  // Upload time and URL are only in the page's microdata, outside this element.
  const iso = doc ? toIso(metaContent(doc, 'datePublished') ?? metaContent(doc, 'uploadDate')) : undefined;
  if (iso) post.time = iso;
  const videoId = el.closest('ytd-watch-flexy')?.getAttribute('video-id');
  if (videoId && /^[A-Za-z0-9_-]{6,20}$/.test(videoId)) post.permalink = `${ORIGIN}/watch?v=${videoId}`;
  return post;
}

function readTile(el: Element): FoundPost {
  const author = linkedAuthor(el, SEL.channelLink);
  const post: FoundPost = { element: el, author, text: visibleText(first(el, '#video-title, h3')) };
  const link = absoluteUrl(first(el, 'a#video-title-link[href], a#video-title[href], a[href^="/watch"], a[href^="/shorts/"]')?.getAttribute('href'), ORIGIN);
  if (link) post.permalink = link.href;
  return post;
}

function readCommunityPost(el: Element): FoundPost {
  const post: FoundPost = { element: el, author: linkedAuthor(el, SEL.channelLink), text: visibleText(first(el, '#content-text')) };
  const link = absoluteUrl(first(el, '#published-time-text a[href]')?.getAttribute('href'), ORIGIN);
  if (link) post.permalink = link.href;
  return post;
}

function readPost(el: Element): FoundPost | null {
  if (ancestor(el, SEL.comments) || el.matches(SEL.comments)) return null;
  if (el.matches(SEL.watch)) return readWatch(el);
  if (el.matches(SEL.community)) return readCommunityPost(el);
  return readTile(el);
}

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  postSelector: POSTS,
  authorSelector: 'ytd-channel-name, #channel-name, a#author-text',
  examples: [
    'https://www.youtube.com/@MFAUzbekistan',
    'https://www.youtube.com/@MFAUzbekistan/videos',
    'https://www.youtube.com/channel/UCx2b3mGqZk5c8vJ0aB1cD2e',
    'https://www.youtube.com/c/MFAUzbekistan',
    'https://www.youtube.com/user/mfauzbekistan',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
  ],

  matches: isYouTubeHost,

  urlAuthor(url) {
    return isYouTubeHost(url) && !hostIs(url, 'youtu.be', []) ? channelOfPath(pathSegments(url)) : null;
  },

  pageAuthor(root) {
    const watch = watchAuthor(root);
    if (watch) return watch;
    // A /channel/<id> page: the header shows the @handle the URL does not.
    const header = first(root, SEL.channelHeader);
    if (!header) return null;
    const handleText = all(header, 'span, yt-formatted-string#channel-handle')
      .map((el) => oneLine(el.textContent))
      .find((text) => /^@[^\s@]{3,100}$/.test(text));
    if (!handleText) return null;
    const name = oneLine(visibleText(first(header, 'h1, #channel-name #text, yt-dynamic-text-view-model')));
    return name ? { handle: handleText.slice(1), name } : { handle: handleText.slice(1) };
  },

  profile(root) {
    // The channel id: a channel page's own (identifier, canonical), or a watch page's owner.
    const ids = [
      first(root, 'meta[itemprop="channelId"]')?.getAttribute('content'),
      first(root, 'meta[itemprop="identifier"]')?.getAttribute('content'),
      /\/channel\/(UC[\w-]{22})/.exec(first(root, 'link[rel="canonical"]')?.getAttribute('href') ?? '')?.[1],
    ];
    const id = ids.find((v): v is string => !!v && /^UC[\w-]{22}$/.test(v));
    const header = first(root, SEL.channelHeader);
    const links = header
      ? all(header, 'a[href*="/redirect"]').map((a) => {
          const href = a.getAttribute('href') ?? '';
          const q = /[?&]q=([^&]+)/.exec(href)?.[1];
          try {
            return q ? decodeURIComponent(q) : linkFromText(visibleText(a));
          } catch {
            return null;
          }
        }).filter((l): l is string => !!l && /^https?:\/\//i.test(l))
      : [];
    const verified = header ? all(header, '[aria-label]').some((el) => /^verified$/i.test(el.getAttribute('aria-label') ?? '')) : false;
    return cleanProfile({ authorId: id, authorBio: header ? metaContent(root, 'og:description') : undefined, authorLinks: links, authorBadge: verified ? 'verified' : undefined });
  },

  findPosts(root) {
    return readPosts(postContainers(root, POSTS), readPost);
  },
};
