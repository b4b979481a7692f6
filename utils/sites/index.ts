/**
 * The site adapters, most specific first: a URL goes to the first platform
 * adapter that matches it, and to the web adapter when none does.
 */
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { telegramAdapter } from './telegram';
import type { SiteAdapter } from './types';
import { webAdapter } from './web';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type { FoundPost, PostAuthor, SiteAdapter } from './types';
export { facebookAdapter, instagramAdapter, telegramAdapter, webAdapter, xAdapter, youtubeAdapter };

/** All adapters; web last, as the catch-all. */
export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, telegramAdapter, youtubeAdapter, facebookAdapter, instagramAdapter, webAdapter];

/** The adapter for this URL: the first platform adapter that matches, else web. */
export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter !== webAdapter && adapter.matches(url)) ?? webAdapter;
}
