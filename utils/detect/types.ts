/**
 * The contract of source detection: what the detector takes (PageSignals) and
 * what it answers (Detection, defined with the value sets in utils/model/source.ts
 * and re-exported here for the detector's own modules).
 */

export { PLATFORMS, SOURCE_KINDS, SOURCE_SUBKINDS, NONE_DETECTION } from '../model/source';
export type { Platform, SourceKind, SourceSubkind, Detection } from '../model/source';

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
