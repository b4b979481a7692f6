/**
 * The contract of source detection: what the detector takes and what it answers.
 * Shared by the detector (utils/detect), the site adapters (utils/sites), the
 * content script, the popup, the database and the command-line classifier.
 */

/** Where a page or post lives. 'web' is any ordinary website. */
export type Platform = 'web' | 'x' | 'facebook' | 'telegram' | 'youtube' | 'instagram';

export type SourceKind = 'mfa' | 'government' | 'none';

/**
 * What sort of official source. An embassy's or mission's site is kind 'mfa'
 * (it belongs to the foreign service); a president's office is 'government'.
 */
export type SourceSubkind =
  | 'ministry' // the foreign ministry itself (kind 'mfa') or another ministry/agency ('government')
  | 'embassy'
  | 'consulate'
  | 'mission' // permanent mission to the UN, OSCE, EU …
  | 'minister' // the foreign minister's or spokesperson's own account
  | 'head-of-state' // president, king, prime minister, their press services
  | 'government' // a government body with no finer class
  | 'parliament'
  | 'igo' // intergovernmental organisation (UN, OSCE, EU institutions …)
  | 'none';

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
  /** A platform label such as X's "Uzbekistan government organization" or a grey check's tooltip. */
  governmentLabel?: string;
}

export interface Detection {
  kind: SourceKind;
  subkind: SourceSubkind;
  /** ISO 3166-1 alpha-2, upper case ("UZ"); "EU" (exceptionally reserved in ISO 3166) for the EU institutions and its diplomatic service (EEAS); null for other IGOs and for none. */
  country: string | null;
  /** 0..1 */
  confidence: number;
  /** Readable English sentences saying why, most decisive first. */
  reasons: string[];
  platform: Platform;
}

export const NONE_DETECTION: Detection = Object.freeze({
  kind: 'none',
  subkind: 'none',
  country: null,
  confidence: 0,
  reasons: [],
  platform: 'web',
}) as Detection;
