/**
 * The contract of source detection: what the detector takes (PageSignals) and
 * what it answers (Detection, defined with the value sets in utils/model/source.ts
 * and re-exported here for the detector's own modules).
 */

export { PLATFORMS, SOURCE_KINDS, SOURCE_SUBKINDS, TIERS, NONE_DETECTION } from '../model/source';
export type { Platform, SourceKind, SourceSubkind, Detection, Tier } from '../model/source';

/** Optional evidence read from the page (all strings are untrusted page text). */
export interface PageSignals {
  title?: string;
  /** `<meta property="og:site_name">` */
  siteName?: string;
  /** `@type` values found in JSON-LD blocks, e.g. ['GovernmentOrganization']. */
  jsonLdTypes?: string[];
  /** `<html lang>` */
  lang?: string;
  /** Text of the page's header/banner (first h1, header element), trimmed to a few hundred chars. */
  headerText?: string;
  /** On social platforms: the author of the post or the owner of the profile/channel, without '@'. */
  authorHandle?: string;
  /** The platform's lasting id of the author, where the page gives one (YouTube's UC… channel id, a Facebook page id). */
  authorId?: string;
  /** The author's display name as shown on the platform. */
  authorName?: string;
  /** The profile's own description (bio, channel description, "about"), trimmed to a few hundred chars. */
  authorBio?: string;
  /** The website links the profile gives as its own (bio link, channel links, page website). */
  authorLinks?: string[];
  /**
   * The platform's mark on the account, as the adapter reads it: 'government' (X's grey check,
   * a "government organization" label), 'verified' (a platform's own verification: YouTube's and
   * Telegram's checks, Facebook's and Instagram's legacy ones), 'paid' (a check bought by
   * subscription: X Premium's blue check, Meta Verified), or absent.
   */
  authorBadge?: 'government' | 'verified' | 'paid';
  /** A platform label such as X's "Uzbekistan government organization" or a grey check's tooltip. */
  governmentLabel?: string;
}
