/**
 * The contract of a site adapter: how one social platform's pages name their
 * owner and show their posts. The adapters produce the author evidence
 * (`PageSignals.authorHandle`, `authorName`, `governmentLabel`) that the source
 * detector (utils/detect) judges; they never judge anything themselves.
 */
import type { PageSignals, Platform } from '../detect/types';

export interface PostAuthor {
  /**
   * Without '@', as the platform spells it (case kept). Empty only when the
   * platform shows a name but no handle, e.g. a Telegram forward from a hidden
   * or private source: the post is then known NOT to be the page owner's.
   */
  handle: string;
  /** Display name as shown (untrusted page text). */
  name?: string;
  /** A platform label such as X's "Uzbekistan government organization" or a grey check. */
  governmentLabel?: string;
}

/**
 * What a profile or channel page shows of its owner beyond name and handle: the
 * platform's lasting id, the bio, the links it gives as its own, the platform's
 * badge. Read from the owner's header only, never from posts (page text: the
 * detector treats all of it as untrusted claims, utils/detect/signals.ts).
 */
export type ProfileSignals = Pick<PageSignals, 'authorId' | 'authorBio' | 'authorLinks' | 'authorBadge'>;

/** Caps on what a profile may hand the detector: a bio of a few hundred characters, a few links. */
export const MAX_BIO = 500;
export const MAX_LINKS = 5;

export interface FoundPost {
  element: Element;
  /**
   * Who the post is by. For a repost/forward: the ORIGINAL author. null when the
   * post's markup names no author (e.g. a video tile on a channel's own grid);
   * callers may then fall back to the page owner, but only on pages that have one.
   */
  author: PostAuthor | null;
  /** ISO-8601 in UTC (`Date#toISOString`). */
  time?: string;
  /** Absolute URL of the post itself. */
  permalink?: string;
  /** The post's visible text, trimmed, capped at MAX_POST_TEXT chars. */
  text: string;
}

export interface SiteAdapter {
  platform: Platform;
  /** Does this adapter handle this URL? Pure. */
  matches(url: URL): boolean;
  /** The profile/channel owner the URL itself names, if any (e.g. x.com/MFA_Uzbekistan/status/1 → MFA_Uzbekistan; t.me/s/mfauz → mfauz; youtube.com/@MFAUzbekistan). Pure. */
  urlAuthor(url: URL): string | null;
  /** The page owner read from the DOM when the URL does not say (YouTube /watch: the video's channel; Facebook page name), else null. */
  pageAuthor(root: ParentNode): PostAuthor | null;
  /** The page owner's profile signals (utils/sites/profile.ts documents each platform's markup), or null on pages without a profile header. */
  profile?(root: ParentNode): ProfileSignals | null;
  /** The post elements under root (a Document, an Element, or a subtree that was just added), each with its author. Must be cheap: querySelectorAll with the platform's selectors, no layout reads. Posts nested in root or root itself being a post both count. */
  findPosts(root: ParentNode): FoundPost[];
  /** Selector matching one post container, so a MutationObserver can tell whether an added node is (in) a post. */
  postSelector: string;
  /**
   * Posts by other people inside a post (comments under it), where the platform
   * nests them: never highlighted as the post's own text. Absent where nothing
   * is nested that way.
   */
  nestedPostSelector?: string;
  /**
   * The part of a post that names its author (display name, handle): never
   * highlighted, as it is no text of the post ('MFA of Uzbekistan' would
   * count as a mention of the ministry in every post of the ministry).
   */
  authorSelector?: string;
  /** Example URLs this adapter must accept (used by a generic table test). */
  examples: string[];
}

export const MAX_POST_TEXT = 5000;
