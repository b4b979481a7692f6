/**
 * Accounts on platforms that have no adapter of their own, named by a web
 * address's path: github.com/<org>, whatsapp.com/channel/<id>,
 * linkedin.com/company/<id>, tiktok.com/@<name>, bsky.app/profile/<handle>,
 * vk.com/<name>, ok.ru/<name> or ok.ru/group/<id>, threads.net/@<name> and
 * rutube.ru/channel/<id>. Pure. URL forms: each property's formatter URL (P1630)
 * on Wikidata.
 */
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';
import type { ParsedUrl } from './url.ts';

export interface PathAccount {
  platform: RegistryPlatform;
  handle: string;
}

/** First path segments that are site sections, not accounts. */
const GITHUB_RESERVED = new Set(['about', 'features', 'pricing', 'login', 'join', 'explore', 'topics', 'trending', 'collections', 'events', 'sponsors', 'settings', 'marketplace', 'orgs', 'search', 'notifications', 'new', 'organizations', 'enterprise', 'security', 'site', 'apps']);
const VK_RESERVED = new Set(['feed', 'im', 'search', 'friends', 'groups', 'video', 'music', 'apps', 'wall', 'photo', 'away.php', 'login', 'settings', 'clips']);

const NAMES: Readonly<Record<string, RegistryPlatform>> = {
  'github.com': 'github',
  'whatsapp.com': 'whatsapp',
  'linkedin.com': 'linkedin',
  'tiktok.com': 'tiktok',
  'bsky.app': 'bluesky',
  'vk.com': 'vk',
  'ok.ru': 'ok',
  'threads.net': 'threads',
  'threads.com': 'threads',
  'rutube.ru': 'rutube',
};

/** The platform of a registrable domain that this module reads accounts from, or null. */
export function pathPlatform(domain: string | null): RegistryPlatform | null {
  return (domain && NAMES[domain]) || null;
}

/** The account a URL on one of these platforms names, or null (a section page, a post without its author). */
export function accountFromPath(p: ParsedUrl): PathAccount | null {
  const platform = pathPlatform(p.domain);
  if (!platform) return null;
  const [a = '', b = ''] = p.segments;
  const at = (s: string) => (s.startsWith('@') && s.length > 1 ? s.slice(1) : null);
  let handle: string | null = null;
  switch (platform) {
    case 'github':
      handle = a && !GITHUB_RESERVED.has(a) ? a : null;
      break;
    case 'whatsapp':
      handle = a === 'channel' && b ? b : null;
      break;
    case 'linkedin':
      handle = (a === 'company' || a === 'school' || a === 'showcase') && b ? b : null;
      break;
    case 'tiktok':
    case 'threads':
      handle = at(a);
      break;
    case 'bluesky':
      handle = a === 'profile' && b ? b : null;
      break;
    case 'vk':
      handle = a && !VK_RESERVED.has(a) ? a : null;
      break;
    case 'ok':
      handle = a === 'group' && b ? `group/${b}` : a && a !== 'dk' ? a : null;
      break;
    case 'rutube':
      handle = a === 'channel' && /^\d+$/.test(b) ? b : null;
      break;
    default:
      handle = null;
  }
  return handle ? { platform, handle } : null;
}
