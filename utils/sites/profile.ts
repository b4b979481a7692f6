/**
 * Shared helpers for the adapters' profile readers (`SiteAdapter.profile`): caps,
 * and links given as text. Where each platform keeps its profile signals:
 * - X: bio `[data-testid="UserDescription"]`, website `[data-testid="UserUrl"]` (its href is a
 *   t.co redirect, its text the real address), the check `svg[data-testid="icon-verified"]` in
 *   `[data-testid="UserName"]` (grey = government or multilateral; blue and gold are bought
 *   subscriptions) and the affiliation label.
 * - YouTube: the channel id in `<meta itemprop="identifier">` / `<link rel="canonical">` on channel
 *   pages and `<meta itemprop="channelId">` on watch pages; the description in
 *   `<meta property="og:description">`; links in the header's `a[href*="/redirect"]`; the check is
 *   an element with aria-label "Verified" in the header.
 * - Telegram (t.me/s/<channel>): `.tgme_channel_info_description` (or `.tgme_page_description`),
 *   links inside it, `.verified-icon` in the header (granted by Telegram, not sold).
 * - Instagram: the header's bio block and its external link (`a[href*="l.instagram.com"]`, text =
 *   address); the check `svg[aria-label="Verified"]` is counted as paid, since Meta Verified sells
 *   the same mark.
 * - Facebook: og:description; the check counted as paid, as on Instagram.
 */
import { oneLine } from './dom';
import { MAX_BIO, MAX_LINKS, type ProfileSignals } from './types';

/** "mfa.uz", "https://mfa.uz/en" → an absolute http(s) address, else null. */
export function linkFromText(text: string | null | undefined): string | null {
  const t = oneLine(text, 300).replace(/[…]+$/, '');
  if (!t || /\s/.test(t)) return null;
  const candidate = /^https?:\/\//i.test(t) ? t : /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t) ? `https://${t}` : null;
  if (!candidate) return null;
  try {
    const u = new URL(candidate);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Drops empty parts and applies the caps; null when nothing is left. */
export function cleanProfile(p: ProfileSignals): ProfileSignals | null {
  const out: ProfileSignals = {};
  if (p.authorId) out.authorId = p.authorId;
  const bio = oneLine(p.authorBio, MAX_BIO);
  if (bio) out.authorBio = bio;
  const links = [...new Set((p.authorLinks ?? []).filter((l) => l.length > 0))].slice(0, MAX_LINKS);
  if (links.length) out.authorLinks = links;
  if (p.authorBadge) out.authorBadge = p.authorBadge;
  return Object.keys(out).length ? out : null;
}
