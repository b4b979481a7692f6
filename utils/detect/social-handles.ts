/**
 * Social accounts: the handle in a profile/post URL, the registry of official
 * accounts (indexed once by platform + lower-case handle), and conservative
 * handle patterns ("MFA_Uzbekistan", "UKinUzbekistan", "RusEmbUSA") for accounts
 * not in the registry.
 */
import { COUNTRIES } from '../../seeds/countries.ts';
import { HANDLE_COUNTRY_ABBREVIATIONS } from '../../seeds/registry/cues.ts';
import type { SocialAccount, SocialPlatform } from '../../seeds/registry/social.ts';
import type { Platform, SourceSubkind } from './types.ts';

const X_RESERVED = new Set(['home', 'explore', 'search', 'i', 'settings', 'notifications', 'messages', 'compose', 'hashtag', 'intent', 'share', 'login', 'logout', 'signup', 'tos', 'privacy', 'jobs', 'about', 'account', 'lists', 'bookmarks', 'communities', 'download', 'following', 'followers', 'topics']);
const FB_RESERVED = new Set(['watch', 'groups', 'events', 'profile.php', 'story.php', 'permalink.php', 'photo.php', 'photo', 'photos', 'share', 'sharer', 'sharer.php', 'hashtag', 'login', 'login.php', 'marketplace', 'gaming', 'reel', 'reels', 'help', 'people', 'search', 'home.php', 'notifications', 'messages', 'friends', 'settings', 'privacy', 'policies', 'policy.php', 'l.php', 'dialog', 'plugins', 'business', 'ads', 'video.php', 'stories']);
const TG_RESERVED = new Set(['joinchat', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'c', 'iv', 'login', 'setlanguage', 'addlist', 'boost']);
const YT_RESERVED = new Set(['watch', 'shorts', 'results', 'feed', 'playlist', 'embed', 'live', 'premium', 'account', 'gaming', 'music', 'kids', 'redirect', 'hashtag', 'post']);
const IG_RESERVED = new Set(['p', 'reel', 'reels', 'explore', 'accounts', 'direct', 'tv', 'about', 'legal', 'developer', 'web']);

const X_HANDLE = /^[a-z0-9_]{1,15}$/i;
const TG_HANDLE = /^[a-z][a-z0-9_]{3,31}$/i;
/** Page names may hold any letters ('Município-de-Lamego-61553884116259'); the URL gives them percent-encoded. */
const FB_HANDLE = /^[\p{L}\p{N}.\-]{3,80}$/u;
const IG_HANDLE = /^[a-z0-9._]{1,30}$/i;
const YT_HANDLE = /^[a-z0-9._\-]{3,100}$/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The account a social URL points at (profile, channel or the author of a post), or null. */
export function handleFromUrl(platform: Platform, url: URL): string | null {
  const segs = url.pathname.split('/').filter((s) => s.length > 0);
  const first = segs[0] ?? '';
  const firstLower = first.toLowerCase();
  switch (platform) {
    case 'x':
      return first && !X_RESERVED.has(firstLower) && X_HANDLE.test(first) ? first : null;
    case 'facebook': {
      const decoded = safeDecode(first);
      // facebook.com/pages/<Name>/<page id>: the id is the page's lasting name.
      if (firstLower === 'pages' && segs[1]) return /^\d{5,20}$/.test(segs[2] ?? '') ? segs[2]! : FB_HANDLE.test(segs[1]) ? segs[1] : null;
      if (firstLower === 'people' && /^\d{5,20}$/.test(segs[2] ?? '')) return segs[2]!;
      if (firstLower === 'profile.php') return url.searchParams.get('id');
      return decoded && !FB_RESERVED.has(firstLower) && FB_HANDLE.test(decoded) ? decoded : null;
    }
    case 'telegram': {
      const h = firstLower === 's' ? (segs[1] ?? '') : first;
      if (!h || h.startsWith('+') || TG_RESERVED.has(h.toLowerCase())) return null;
      return TG_HANDLE.test(h) ? h : null;
    }
    case 'youtube': {
      if (url.hostname.toLowerCase().endsWith('youtu.be')) return null;
      if (first.startsWith('@')) return YT_HANDLE.test(first.slice(1)) ? first.slice(1) : null;
      if (['channel', 'c', 'user'].includes(firstLower) && segs[1]) return YT_HANDLE.test(segs[1]) ? segs[1] : null;
      return null;
    }
    case 'instagram': {
      const h = firstLower === 'stories' ? (segs[1] ?? '') : first;
      if (!h || IG_RESERVED.has(h.toLowerCase())) return null;
      return IG_HANDLE.test(h) ? h : null;
    }
    case 'web':
      return null;
  }
}

/** Handle tokens → country: alpha-2, alpha-3, compact English names and common short forms. */
const handleCountries = new Map<string, string>();
for (const [code, [name, a3]] of Object.entries(COUNTRIES)) {
  handleCountries.set(code.toLowerCase(), code);
  handleCountries.set(a3.toLowerCase(), code);
  handleCountries.set(name.toLowerCase().replace(/[^a-z]/g, ''), code);
}
for (const [abbr, code] of HANDLE_COUNTRY_ABBREVIATIONS) handleCountries.set(abbr, code);
// Two-letter tokens that are also common words or prefixes in handles are not trusted as codes.
for (const risky of ['in', 'is', 'me', 'my', 'no', 'to', 'so', 'am', 'at', 'be', 'do', 'go', 'it', 'hi', 'tv', 'fm', 'ad', 'ai', 'co']) handleCountries.delete(risky);

export function handleCountry(token: string): string | null {
  return handleCountries.get(token.toLowerCase().replace(/_/g, '')) ?? null;
}

export interface HandleGuess {
  subkind: Extract<SourceSubkind, 'ministry' | 'embassy' | 'consulate' | 'mission'>;
  country: string;
  pattern: string;
}

const LANG_TAIL = '(?:_?(?:en|eng|fr|ar|es|ru|ua|de|it|pt|official|gov))?';
const MFA_FIRST = new RegExp(`^(?:mfa|mofa|mofaic|mid)_?([a-z]{2,30}?)${LANG_TAIL}$`, 'i');
const MFA_LAST = new RegExp(`^([a-z]{2,30}?)_?(?:mfa|mofa|mid|diplo|diplomacy)${LANG_TAIL}$`, 'i');
const EMB_OF = /^(?:embassy|emb|ambassade|embajada|embaixada)_?of_?([a-z]{2,30})$/i;
const X_EMB = /^([a-z]{2,20}?)_?(embassy|emb|embin|amb|ambin|mission|un|consulate|consul|cg)_?(?:in_?)?([a-z_]{0,20})$/i;
const X_IN_Y = /^([a-z]{2,20}?)_?in_?([a-z]{2,20})$/i;
const PREFIXED: readonly [RegExp, string, HandleGuess['subkind']][] = [
  [/^embamex/i, 'MX', 'embassy'],
  [/^consulmex/i, 'MX', 'consulate'],
  [/^ambafrance/i, 'FR', 'embassy'],
  [/^kbri/i, 'ID', 'embassy'],
  [/^usembassy/i, 'US', 'embassy'],
  [/^usconsulate/i, 'US', 'consulate'],
  [/^usmission/i, 'US', 'mission'],
  [/^ukin(?=[a-z])/i, 'GB', 'embassy'],
];

/** A moderate-confidence guess from the handle's shape; null unless a country is recognised. */
export function guessFromHandle(raw: string): HandleGuess | null {
  // Facebook and Instagram handles use dots where X uses underscores ('mfa.uz', 'mfa_uz').
  const handle = raw.replace(/\./g, '_');
  for (const [re, country, subkind] of PREFIXED) if (re.test(handle)) return { subkind, country, pattern: re.source };
  let m = MFA_FIRST.exec(handle) ?? MFA_LAST.exec(handle);
  if (m?.[1]) {
    const c = handleCountry(m[1]);
    if (c) return { subkind: 'ministry', country: c, pattern: 'MFA + country' };
  }
  m = EMB_OF.exec(handle);
  if (m?.[1]) {
    const c = handleCountry(m[1]);
    if (c) return { subkind: 'embassy', country: c, pattern: 'Embassy of + country' };
  }
  m = X_EMB.exec(handle);
  if (m?.[1] && m[2]) {
    const c = handleCountry(m[1]);
    const word = m[2].toLowerCase();
    const rest = (m[3] ?? '').toLowerCase();
    if (c && (word !== 'un' || rest === '' || rest.startsWith('_') || /^(ny|newyork|geneva|vienna)$/.test(rest))) {
      const subkind: HandleGuess['subkind'] = word === 'mission' || word === 'un' ? 'mission' : word.startsWith('consul') || word === 'cg' ? 'consulate' : 'embassy';
      return { subkind, country: c, pattern: 'country + Embassy' };
    }
  }
  m = X_IN_Y.exec(handle);
  if (m?.[1] && m[2]) {
    const sender = handleCountry(m[1]);
    const host = handleCountry(m[2]) ?? (/^(un|unny|unvienna|ungeneva|osce|nato|eu|asean)$/i.test(m[2]) ? 'IGO' : null);
    if (sender && host && sender !== host) {
      const subkind = host === 'IGO' ? 'mission' : sender === 'EU' ? 'mission' : 'embassy';
      return { subkind, country: sender, pattern: 'country in country' };
    }
  }
  return null;
}

export type { SocialAccount, SocialPlatform };
