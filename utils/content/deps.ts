/**
 * What the content script is given by its entry point (entrypoints/content/index.ts)
 * or a test: the browser's pieces as parameters, so no part needs a module mock.
 * In its own file so that the parts can name these types without importing the
 * controller that imports them.
 */
import type { Detection } from '../detect/types';
import type { Concept, Hit } from '../lexicon/types';
import type { DetectItem, Req, Res, Result, ToBackground } from '../messages/protocol';
import type { Settings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import type { Sender } from '../messages/transport';
import type { HighlighterDeps } from '../highlight/highlighter';
import type { Scheduler } from '../highlight/scheduler';
import type { Layout } from '../highlight/layout';
import type { RenderCard } from './hover-card';
import type { Clock } from './rescan-backoff';
import type { RenderToast } from './save-toast';

export type Listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => true | undefined;

/** Sends a request to the background (utils/messages/transport.ts sendToBackground). */
export type SendToBackground = <K extends keyof ToBackground>(type: K, payload: Req<ToBackground, K>) => Promise<Result<Res<ToBackground, K>>>;

export interface ContentLexicon {
  /** Finds the concepts in text (in the background, off the page's main thread). */
  match(text: string): Promise<Hit[]>;
  concept(id: string): Concept | undefined;
  categoryOf(id: string): string;
  /** The highlight group a concept is painted in (a user codebook's colour; else its category). */
  paintOf?(id: string): string;
  /** A user codebook's colour of a concept, for the hover card (none for the built-in categories). */
  colourOf?(id: string): string | undefined;
  categoryLabel(category: string): string;
  /** "Author (year), Title" for a paper id. */
  paperLabel(id: string): string;
  version: string;
  /** Time the background has spent matching this page's text. */
  backgroundMs(): number;
  /** Main-thread time spent reading the background's replies (decoding hits). */
  replyMs(): number;
}

export interface HighlightApi {
  registry: HighlighterDeps['registry'];
  createHighlight: HighlighterDeps['createHighlight'];
  createRange: HighlighterDeps['createRange'];
}

export interface ContentDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  send: SendToBackground;
  /** requestAnimationFrame tied to the context (WXT ctx). */
  nextFrame(cb: () => void): void;
  /**
   * Calls back with the new URL when a single-page app changes its address
   * without loading a page (WXT's 'wxt:locationchange', Navigation API or polling).
   */
  onLocationChange(cb: (newUrl: string) => void): void;
  /** Judges posts' authors in one batch (in the background, where the registries are); the page itself is judged by 'page.detect'. */
  detect(items: DetectItem[]): Promise<Detection[]>;
  adapterFor(url: URL): SiteAdapter;
  loadSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** Concepts, labels and matching (utils/content/lexicon-adapter.ts). */
  lexicon: ContentLexicon;
  /** null where the CSS Custom Highlight API is missing (then nothing is painted). */
  highlightApi: HighlightApi | null;
  scheduler: Scheduler;
  cardCss: string;
  /** Draws the hover card (components/HoverCard.tsx's renderHoverCard). */
  renderCard: RenderCard;
  /** The confirmation after a context-menu or shortcut save (save-toast.ts: its CSS and its view); none when not given. */
  saveToast?: { css: string; render: RenderToast };
  /** Match requests on their way at once (HighlighterDeps.maxInFlight). */
  maxInFlight?: number;
  /** Where things are on screen (HighlighterDeps.layout): the browser's unless a test gives one. */
  layout?: Layout;
  /**
   * The clock and timer of the rescan back-off (a page that keeps bursting):
   * performance.now and setTimeout unless a test steps time by hand.
   */
  clock?: Clock;
  /**
   * Firefox: the document's highlight sheet does not colour open shadow roots, so on meeting
   * the first one the page asks the background for a user-origin copy ('highlights.shadowSheet').
   */
  shadowSheet?: boolean;
}
