/**
 * Telegram public web previews: t.me/s/<channel> (the channel's message list),
 * t.me/<channel> (its card) and t.me/<channel>/<id> (one post, also embedded).
 *
 * Selectors checked in 2025 against t.me's widget markup as parsed by public
 * scrapers and feed readers (stored code search: `tgme_widget_message`,
 * `data-post`, `tgme_widget_message_forwarded_from_name`, `tgme_widget_message_date`).
 * t.me's class names have been stable for years; they are server-rendered, not hashed.
 */
import { absoluteUrl, all, first, hostIs, isHttp, oneLine, pathSegments, postContainers, readPosts, toIso, visibleText } from './dom';
import { cleanProfile } from './profile';
import type { FoundPost, PostAuthor, SiteAdapter } from './types';

const SEL = {
  /** One message; data-post="<channel>/<id>" names the channel that posted it. */
  post: '.tgme_widget_message[data-post]',
  /** The channel's display name in the message header. */
  ownerName: '.tgme_widget_message_owner_name',
  /** "Forwarded from <name>": an <a href="https://t.me/<channel>/<id>"> for public sources, a <span> for hidden ones. */
  forwardedName: '.tgme_widget_message_forwarded_from_name',
  /** The message body. A reply's quoted message is in .tgme_widget_message_reply and is not the body. */
  text: '.tgme_widget_message_text',
  reply: '.tgme_widget_message_reply',
  /** The date link: href is the permalink, <time datetime> the absolute time. */
  date: 'a.tgme_widget_message_date',
  time: 'time[datetime]',
  /** The channel card at the top of t.me/s/<channel> and t.me/<channel>. */
  channelTitle: '.tgme_channel_info_header_title, .tgme_page_title',
  channelUsername: '.tgme_channel_info_header_username, .tgme_page_extra',
} as const;

const ORIGIN = 'https://t.me';
/** Telegram usernames: 4–32 letters, digits, underscores, starting with a letter. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
/** First path segments that are t.me services, not channels. */
const RESERVED = new Set([
  's', 'c', 'joinchat', 'addstickers', 'addemoji', 'addlist', 'addtheme', 'share', 'proxy', 'socks', 'iv',
  'setlanguage', 'login', 'confirmphone', 'invoice', 'boost', 'bg', 'contact', 'giftcode', 'm', 'k', 'a', 'z',
]);

function isTelegramHost(url: URL): boolean {
  return isHttp(url) && ['t.me', 'telegram.me', 'telegram.dog'].some((d) => hostIs(url, d, ['www']));
}

/** The channel a t.me path names: /<channel>[/<id>] or /s/<channel>[/<id>]. */
function channelOfPath(segments: string[]): string | null {
  const name = segments[0] === 's' ? segments[1] : segments[0];
  if (!name || !USERNAME.test(name) || RESERVED.has(name.toLowerCase())) return null;
  return name;
}

function channelOfHref(href: string | null | undefined): string | null {
  const url = absoluteUrl(href, ORIGIN);
  return url && isTelegramHost(url) ? channelOfPath(pathSegments(url)) : null;
}

/** The ORIGINAL author of a forwarded message; for a hidden source, a name without handle. */
function forwardAuthor(message: Element): PostAuthor | null {
  const fwd = first(message, SEL.forwardedName);
  if (!fwd) return null;
  const name = oneLine(visibleText(fwd));
  const handle = channelOfHref(fwd.getAttribute('href')) ?? '';
  if (!handle && !name) return null;
  return name ? { handle, name } : { handle };
}

function ownerAuthor(message: Element): PostAuthor | null {
  const handle = channelOfPath((message.getAttribute('data-post') ?? '').split('/'));
  const ownerLink = first(message, SEL.ownerName);
  const fallback = channelOfHref(ownerLink?.getAttribute('href'));
  const chosen = handle ?? fallback;
  if (!chosen) return null;
  const name = oneLine(visibleText(ownerLink));
  return name ? { handle: chosen, name } : { handle: chosen };
}

function bodyText(message: Element): string {
  const body = all(message, SEL.text).find((el) => !el.closest(SEL.reply));
  return visibleText(body);
}

function readMessage(message: Element): FoundPost {
  const author = forwardAuthor(message) ?? ownerAuthor(message);
  const post: FoundPost = { element: message, author, text: bodyText(message) };
  const date = first(message, SEL.date);
  const iso = toIso((first(date ?? message, SEL.time) ?? null)?.getAttribute('datetime'));
  if (iso) post.time = iso;
  const dataPost = message.getAttribute('data-post') ?? '';
  const permalink = absoluteUrl(date?.getAttribute('href'), ORIGIN) ?? (/^[A-Za-z0-9_]+\/\d+$/.test(dataPost) ? absoluteUrl(`/${dataPost}`, ORIGIN) : undefined);
  if (permalink) post.permalink = permalink.href;
  return post;
}

export const telegramAdapter: SiteAdapter = {
  platform: 'telegram',
  postSelector: SEL.post,
  // The header names the channel; a forward's "Forwarded from" names its source.
  authorSelector: `${SEL.ownerName}, .tgme_widget_message_forwarded_from`,
  examples: [
    'https://t.me/s/mfauz',
    'https://t.me/s/mfauz/1234',
    'https://t.me/mfauz',
    'https://t.me/mfauz/1234?embed=1',
    'https://telegram.me/mfauz',
    'https://t.me/joinchat/AAAAAEkqBnFd0pXq',
  ],

  matches: isTelegramHost,

  urlAuthor(url) {
    return isTelegramHost(url) ? channelOfPath(pathSegments(url)) : null;
  },

  pageAuthor(root) {
    const usernameEl = first(root, SEL.channelUsername);
    const handle = /@([A-Za-z][A-Za-z0-9_]{3,31})\b/.exec(usernameEl?.textContent ?? '')?.[1];
    if (!handle) return null;
    const name = oneLine(visibleText(first(root, SEL.channelTitle)));
    return name ? { handle, name } : { handle };
  },

  profile(root) {
    const description = first(root, '.tgme_channel_info_description, .tgme_page_description');
    const header = first(root, '.tgme_channel_info_header, .tgme_page');
    if (!description && !header) return null;
    const links = all(description ?? root, 'a[href]')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^https?:\/\//i.test(href) && !/^https?:\/\/(t|telegram)\.me\//i.test(href));
    return cleanProfile({
      authorBio: visibleText(description),
      authorLinks: links,
      authorBadge: header && first(header, '.verified-icon') ? 'verified' : undefined,
    });
  },

  findPosts(root) {
    return readPosts(postContainers(root, SEL.post), readMessage);
  },
};
