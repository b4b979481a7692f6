/** Which platform a URL belongs to, by registrable domain. Pure. */
import { getDomain } from 'tldts';
import type { Platform } from './types.ts';

const PLATFORMS = new Map<string, Platform>([
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['t.me', 'telegram'],
  ['telegram.me', 'telegram'],
  ['telegram.dog', 'telegram'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['instagram.com', 'instagram'],
]);

export function platformOfHost(host: string): Platform {
  const domain = getDomain(host);
  return (domain && PLATFORMS.get(domain)) || 'web';
}

/** The platform of a URL ('web' for ordinary sites and for anything unparsable). */
export function platformOf(url: string): Platform {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'web';
    return platformOfHost(u.hostname.toLowerCase());
  } catch {
    return 'web';
  }
}
