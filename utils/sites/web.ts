/**
 * Every other website: ordinary pages have no per-post authors, so this adapter
 * finds no posts and names no author; the detector judges the site as a whole
 * (domain, title, JSON-LD …) from the page signals instead.
 */
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { isHttp } from './dom';
import { telegramAdapter } from './telegram';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** The platforms web must leave alone; kept here (not in index) so web.matches stays exact on its own. */
const PLATFORM_ADAPTERS: readonly SiteAdapter[] = [xAdapter, telegramAdapter, youtubeAdapter, facebookAdapter, instagramAdapter];

export const webAdapter: SiteAdapter = {
  platform: 'web',
  // Matches nothing, yet is a valid selector: a MutationObserver may call el.matches() with it.
  postSelector: ':not(*)',
  examples: ['https://mfa.uz/en/press/news', 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office', 'http://x.com.evil.com/MFA_Uzbekistan'],

  matches(url) {
    return isHttp(url) && !PLATFORM_ADAPTERS.some((adapter) => adapter.matches(url));
  },

  urlAuthor() {
    return null;
  },

  pageAuthor() {
    return null;
  },

  findPosts() {
    return [];
  },
};
