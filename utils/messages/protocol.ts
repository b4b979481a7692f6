/**
 * The one message protocol of DiploLens. Every request that crosses a context
 * boundary is declared here, named by its direction:
 *
 *   ContentToBackground   content script  → background service worker
 *   PageToBackground      extension pages → background (popup, library)
 *   ToContent             popup / background → the content script of one tab
 *
 * Replies are values, never thrown: `Result<T>` carries either the value or a
 * readable error, so a failure on one side is shown on the other, never lost.
 */
import type { Detection, PageSignals } from '../detect/types';
import type { Correction, CorrectionInput } from '../detect/correction';
import type { ExampleDraft, ExampleSelectors } from '../model/example';
import type { DraftPage, PageQuote } from '../model/draft';

export type { PageQuote };
import type { CategoryId } from '../lexicon/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

export interface ConceptCount {
  conceptId: string;
  category: CategoryId;
  count: number;
}

export interface HighlightPerf {
  /** Main-thread time in sliced highlight work: walking, sending text, creating and registering ranges. */
  busyMs: number;
  /** Of busyMs: handing text to the background (the matching itself runs there). */
  sendMs: number;
  /** Of busyMs: creating and registering ranges (the rest is the DOM walk). */
  paintMs: number;
  /** Time the background spent matching (not on the page's main thread). */
  backgroundMatchMs: number;
  /** Main-thread time reading the background's replies (outside the slices; the browser's own parse of a reply is not in it). */
  replyMs: number;
  slices: number;
  longestSliceMs: number;
  ranges: number;
  /** Scans still queued. */
  queued: number;
}

/** Why a page is highlighted or not (utils/content/highlight-policy.ts). */
export type HighlightReasonCode =
  | 'overrideOff'
  | 'overrideOn'
  | 'siteOff'
  | 'siteOn'
  | 'masterOff'
  | 'everywhere'
  | 'posts'
  | 'official'
  | 'notOfficial'
  | 'noApi';

/** What the content script knows about its page: what a draft is built from (utils/model/draft.ts), and its highlights. */
export interface PageStatus extends DraftPage {
  /** Whether concept highlights are painted now. */
  highlighting: boolean;
  /** Why highlighting is off/on, in English ("official page", "switched on for this site", …). */
  highlightReason: string;
  /** The same reason as a code, which the popup says in its own language (catalog key `reason.<code>`). */
  highlightReasonCode?: HighlightReasonCode;
  concepts: ConceptCount[];
  /** What the page's own judgement was made from ('page.detect'): the popup names the site or account a correction is for from it. */
  source?: DetectItem;
}

export interface DetectItem {
  url: string;
  signals: PageSignals;
}

export interface ContentToBackground {
  /**
   * Judge pages or posts (batched: a timeline's new authors in one request). The
   * registries live in the background, so the script every page loads stays small.
   */
  detect: { req: { items: DetectItem[] }; res: { detections: Detection[] } };
  /**
   * Judge the sender's own page. From the tab's top frame the background also
   * records its judgement as the tab's, for the toolbar badge: the page's
   * judgement is made and kept in one place.
   */
  'page.detect': { req: DetectItem; res: Detection };
  /**
   * Save a new example: the only way one is added, from the hover card, the
   * popup, and (inside the background) the context menu and shortcut. The
   * draft is checked (utils/model/check-draft.ts) before it is stored.
   */
  'example.save': { req: { draft: ExampleDraft }; res: { id: string } };
  /**
   * Find the lexicon's concepts in page text (many runs joined by U+0000). The
   * matcher runs in the background, off the page's main thread; hits come back
   * as numbers (utils/lexicon/hit-codec.ts) for this lexicon version only.
   */
  'lexicon.match': { req: { text: string; version: string }; res: { hits: number[]; ms: number; stale?: boolean } };
  /**
   * The active codebook as a page needs it (utils/background/active-codebook.ts): its wire
   * version (what 'lexicon.match' is asked with) and, for a user codebook, its concepts (labels,
   * categories, definitions, references, terms in the order of the hit table) and the colour
   * sheet of its highlight names. A 'lexicon.match' with another version is answered `stale`
   * with no hits: the page then asks this again (utils/content/codebook-sync.ts).
   */
  'codebook.page': { req: null; res: CodebookPage };
  /**
   * The page's confirmation after a context-menu or shortcut save (utils/content/save-toast.ts):
   * take that example out again. Done only for the example the background saved into the
   * sender's tab, from its top frame, for a while (utils/background/save-grants.ts); `done`
   * false when that is over (nothing changed). Any other delete is an extension page's.
   */
  'saved.undo': { req: { id: string }; res: { done: boolean } };
  /** The same confirmation's 'Add tags or a note': sets that example's tags and note, under the same grant. */
  'saved.details': { req: { id: string; tags: string[]; note: string }; res: { done: boolean } };
  /**
   * Firefox only: the page has open shadow roots, whose text the manifest's highlight sheet
   * (an author sheet of the document) does not colour there. The background inserts the same
   * sheet into the sender's frame as a user-origin sheet, which applies in every tree and adds
   * nothing the page can see (tabs.insertCSS, cssOrigin 'user'). `inserted` false where the
   * browser needs none (Chromium paints shadow trees from the document's sheet).
   */
  'highlights.shadowSheet': { req: null; res: { inserted: boolean } };
}

/** A concept of the active codebook as a page shows it (the hover card, the popup's counts). */
export interface CodebookPageConcept {
  id: string;
  label: string;
  definition: string;
  /** The codebook's own category id. */
  category: string;
  /** Paper ids of the corpus or sources as written. */
  refs: string[];
  /** Terms per language, as the matcher compiled them (utils/lexicon/hit-codec.ts's termEntries order). */
  terms: Record<string, string[]>;
  /** The highlight group it is painted in (Highlight 'diplolens-<paint>'). */
  paint: string;
  /** Its colour ('#rrggbb': its own or its category's), for the hover card. */
  colour: string;
}

/**
 * The built-in codebook's concepts are in the content script's own bundle; a user codebook's
 * come with the answer. `version`: the wire version ('lexicon.match'): the lexicon's version for
 * the built-in codebook, `<id>@<version>` for a user codebook.
 */
export type CodebookPage =
  | { version: string; builtIn: true }
  | {
      version: string;
      builtIn: false;
      id: string;
      name: string;
      concepts: CodebookPageConcept[];
      /** Highlight group → the label of its concepts' category (a group is one category and colour). */
      groups: Record<string, string>;
      /** ::highlight() rules for the groups (utils/codebook/highlight-style.ts). */
      css: string;
    };

export interface PageToBackground {
  /** Set the badge again, e.g. after settings change. */
  'badge.refresh': { req: { tabId: number }; res: null };
  /** The user's corrections of source judgements, newest change first (the settings page lists them). */
  'corrections.list': { req: null; res: { corrections: Correction[] } };
  /**
   * Mark a site or account official (kind, subkind, country) or not official. Stored, then
   * every open tab is judged again. `replaces`: the key of the correction this edits, when
   * the edit changed its site or account. Destructive: extension pages only (senderGate).
   */
  'correction.save': { req: { correction: CorrectionInput; replaces?: string }; res: { correction: Correction } };
  /** Take a correction away (DiploLens's own judgement returns); answers it, for undo. Extension pages only. */
  'correction.remove': { req: { key: string }; res: { removed: Correction | null } };
  /** A backup's corrections (already checked whole by parseImport), merged by site or account. Extension pages only. */
  'corrections.import': { req: { corrections: Correction[] }; res: { added: number; updated: number; unchanged: number } };
}

export type ToBackground = ContentToBackground & PageToBackground;

export interface ToContent {
  'status.get': { req: null; res: PageStatus };
  'highlights.set': { req: { on: boolean }; res: PageStatus };
  /** Scroll to the next occurrence of a concept; answers its index and the total. */
  'concept.next': { req: { conceptId: string }; res: { index: number; total: number } };
  /** What highlighting has cost this page so far (diagnostics, benchmark). */
  /** The keyboard shortcut 'show-definition': the card of the concept at the caret, or the next one (index -1: none on the page). */
  'card.show': { req: null; res: { index: number; total: number } };
  'perf.get': { req: null; res: HighlightPerf };
  /** Find a saved quote again and scroll to it. */
  'quote.find': { req: { selectors: ExampleSelectors }; res: { found: boolean } };
  /** The user's corrections changed: have the page and its posts' authors judged again (badge, highlights). */
  'source.recheck': { req: null; res: null };
  /** A save from the context menu or the shortcut is done (or failed): the page shows its confirmation (utils/content/save-toast.ts). */
  'save.done': { req: SaveNotice; res: null };
  /** The active codebook changed (another was chosen, or its content saved): a page on another version asks 'codebook.page' and repaints. */
  'codebook.changed': { req: { version: string }; res: null };
}

/**
 * What a save from the context menu or the shortcut came to: the new example's id and whether
 * the same quote from the same page was already saved (it is saved again all the same, and Undo
 * takes the new copy out), or why nothing was saved (`code` for a reason said in the page's words).
 */
export type SaveNotice = { ok: true; id: string; duplicate: boolean } | { ok: false; error: string; code?: 'nothingSelected' };

/**
 * Requests a content script may send. Anything else (all future destructive
 * requests among them) is refused unless the sender is an extension page:
 * a hostile page can script its own content-script context's messages only
 * through the content script, and the content script only sends these.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<keyof ToBackground> = new Set<keyof ToBackground>([
  'detect',
  'example.save',
  'page.detect',
  'lexicon.match',
  // Guarded in the background: only the example just saved into the sender's own tab (save-grants.ts).
  'saved.undo',
  'saved.details',
  'highlights.shadowSheet',
  // Read-only: the active codebook's concepts and colours, which the page shows anyway.
  'codebook.page',
]);

/** The wire envelope; `dl` marks DiploLens's own messages among others'. */
export interface Envelope<M, K extends keyof M = keyof M> {
  dl: 1;
  type: K;
  payload: M[K] extends { req: infer R } ? R : never;
}

export type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

export function isEnvelope(x: unknown): x is Envelope<Record<string, { req: unknown; res: unknown }>, string> {
  return typeof x === 'object' && x !== null && (x as { dl?: unknown }).dl === 1 && typeof (x as { type?: unknown }).type === 'string';
}
