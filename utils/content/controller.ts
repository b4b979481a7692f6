/**
 * The content script's runtime. On start it detects the page's source (pure,
 * cheap) and reports it for the badge; only when the page is to be highlighted
 * does it walk the DOM. Everything it starts is tied to `signal`, so
 * invalidation (extension update or reload) tears it all down.
 *
 *   detect → decide → [scan → match → register → observe] → release on stop
 */
import { NONE_DETECTION, type Detection, type PageSignals } from '../detect/types';
import type { Concept, Hit } from '../lexicon/types';
import type { ConceptCount, DetectItem, PageQuote, PageStatus, Req, Res, Result, ToBackground, ToContent } from '../messages/protocol';
import type { Settings } from '../settings';
import type { FoundPost, SiteAdapter } from '../sites/types';
import { createListener, type HandlerTable, type Sender } from '../messages/transport';
import { quoteAt, quoteFromSelection } from '../dom/selection-quote';
import { buildTextIndex, offsetOf, rangeFor } from '../dom/text-index';
import { findQuote } from '../anchor';
import { sentenceAround } from '../sentence';
import { createHighlighter, type HighlightEntry, type Highlighter, type HighlighterDeps } from '../highlight/highlighter';
import { observeMutations } from '../highlight/observer';
import type { Scheduler } from '../highlight/scheduler';
import type { Layout } from '../highlight/layout';
import { documentOrder } from '../highlight/regions';
import { decideHighlighting, type HighlightDecision } from './highlight-policy';
import { readPageInfo } from './page-info';
import { createHoverCardHost, type HoverCardHost, type RenderCard } from './hover-card';
import { createRescanBackoff, type Clock } from './rescan-backoff';
import { siteOf } from '../model/example';
import { buildDraft } from '../model/draft';
import { createKeyboardCard } from './keyboard-card';
import { createSaveToast, type RenderToast } from './save-toast';
import { contentTranslator, type ContentTranslator } from '../i18n/content/index';
import { resolveLocale } from '../i18n/locales';
import type { CategoryId } from '../lexicon/types';
import { createCodebookSync, switchable } from './codebook-sync';

const CATEGORY_WORDS = {
  forms: 'category.forms',
  goals: 'category.goals',
  channels: 'category.channels',
  functions: 'category.functions',
  risks: 'category.risks',
  capacity: 'category.capacity',
  engagement: 'category.engagement',
} as const satisfies Record<CategoryId, string>;

export type { Clock } from './rescan-backoff';

type Listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => true | undefined;

/**
 * Wraps a callback the page's event loop calls (events, frames, observers): an
 * exception in DiploLens stays in DiploLens and never reaches the page's error
 * handlers or console as the page's own.
 */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[DiploLens]', error);
    }
  };
}

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
  send<K extends keyof ToBackground>(type: K, payload: Req<ToBackground, K>): Promise<Result<Res<ToBackground, K>>>;
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

export function startContent(deps: ContentDeps) {
  const { doc, win, signal } = deps;
  let settings: Settings | null = null;
  let override: boolean | null = null;
  let url = win.location.href;
  let adapter = deps.adapterFor(new URL(url));
  let info = readPageInfo(doc, url);
  let detection: Detection = { ...NONE_DETECTION, platform: adapter.platform };
  let decision: HighlightDecision = { mode: 'off', code: 'notOfficial', reason: '' };
  let session: ReturnType<typeof startHighlighting> | null = null;
  let card: HoverCardHost | null = null;
  const cursor = new Map<string, number>();
  /** Post authors already judged, by platform and handle: a timeline repeats its authors. */
  const byAuthor = new Map<string, Detection>();
  /** Asked once per document: the inserted sheet stays for the document's life, across sessions and in-page navigation. */
  let shadowSheetAsked = false;

  /** The account the page belongs to (a profile, a channel), from its address or else its markup. */
  function pageOwner(): string | undefined {
    try {
      return adapter.urlAuthor(new URL(url)) ?? adapter.pageAuthor(doc)?.handle ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** The owner's profile signals (bio, links, badge, channel id) on a profile page; never throws. */
  function pageProfile() {
    try {
      return adapter.profile?.(doc) ?? {};
    } catch {
      return {};
    }
  }

  function pageItem(): DetectItem {
    const author = adapter.platform === 'web' ? {} : { authorHandle: pageOwner(), ...pageProfile() };
    return { url, signals: { ...info.signals, ...author } };
  }

  const authorKey = (post: FoundPost) => `${adapter.platform}:${post.author!.handle.toLowerCase()}:${post.author!.governmentLabel ?? ''}`;

  function postItem(post: FoundPost): DetectItem {
    const signals: PageSignals = {
      authorHandle: post.author!.handle,
      authorName: post.author!.name,
      governmentLabel: post.author!.governmentLabel,
    };
    return { url: post.permalink ?? url, signals };
  }

  /** Authors being judged now, by key: posts of theirs found meanwhile wait for that answer. */
  const judging = new Map<string, Promise<void>>();

  /**
   * The author's detection, when it is known already. A post whose markup names
   * no author (a video tile on a channel's own grid) is the page owner's, on a
   * page that has one (the adapter contract, utils/sites/types.ts).
   */
  function judgePost(post: FoundPost): Detection | null {
    // Only YouTube grids show posts with no author in their markup as a rule (a channel's own videos);
    // elsewhere a missing author is markup the adapter could not read, not the page owner's sign.
    if (post.author === null) return adapter.platform === 'youtube' && pageOwner() ? detection : null;
    if (!post.author.handle) return null;
    return byAuthor.get(authorKey(post)) ?? null;
  }

  /**
   * Judges the authors of these posts that are not known yet, in one request.
   * An author already being judged (thirty posts of one new account arriving in
   * as many mutations) is waited for, not asked again.
   */
  async function judgePosts(posts: FoundPost[]): Promise<void> {
    const missing = new Map<string, FoundPost>();
    const waits = new Set<Promise<void>>();
    for (const p of posts) {
      if (!p.author?.handle) continue;
      const key = authorKey(p);
      if (byAuthor.has(key)) continue;
      const pending = judging.get(key);
      if (pending) waits.add(pending);
      else missing.set(key, p);
    }
    if (missing.size) {
      const list = [...missing.values()];
      const request = deps.detect(list.map(postItem)).then(
        (found) =>
          list.forEach((p, i) => {
            const d = found[i];
            if (d) byAuthor.set(authorKey(p), d);
          }),
        // A failed request leaves these authors unjudged, to be asked again later.
        () => undefined,
      );
      const done = request.finally(() => {
        for (const key of missing.keys()) if (judging.get(key) === done) judging.delete(key);
      });
      for (const key of missing.keys()) judging.set(key, done);
      waits.add(done);
    }
    await Promise.all(waits);
  }

  /** Starts painting according to the decision; returns its stop function. */
  function startHighlighting(mode: 'page' | 'posts') {
    const lex = deps.lexicon;
    const api = deps.highlightApi;
    if (!api) return null;
    const hidden = new Set<string>(settings?.hiddenCategories ?? []);
    const ac = new AbortController();
    const abortSession = () => ac.abort();
    signal.addEventListener('abort', abortSession, { once: true });
    // Declared before the highlighter, whose walk reports the open shadow roots it enters
    // (always in a later task, when the observer exists): their changes are followed too.
    let observer: ReturnType<typeof observeMutations> | null = null;
    const officialPosts = new WeakSet<Element>();
    /** Posts already judged and, if official, scanned: a container that changes again does not rescan them. */
    const seenPosts = new WeakSet<Element>();
    /** Posts being judged now: the same batch names a new post twice (itself added, its container changed). */
    const judgingPosts = new WeakSet<Element>();
    const hl = createHighlighter({
      doc,
      registry: api.registry,
      createHighlight: api.createHighlight,
      createRange: api.createRange,
      // Categories hidden in the settings are neither painted nor counted.
      match: hidden.size ? async (t) => (await lex.match(t)).filter((h) => !hidden.has(lex.categoryOf(h.conceptId))) : (t) => lex.match(t),
      categoryOf: (id) => lex.paintOf?.(id) ?? lex.categoryOf(id),
      scheduler: deps.scheduler,
      signal: ac.signal,
      maxInFlight: deps.maxInFlight,
      layout: deps.layout,
      nextFrame: deps.nextFrame,
      // A website's header, menus and footer are the same on every page: no evidence of what this one says.
      skipChrome: mode === 'page',
      onShadowRoot: (root) => {
        observer?.observe(root);
        if (deps.shadowSheet && !shadowSheetAsked) {
          shadowSheetAsked = true;
          void deps.send('highlights.shadowSheet', null);
        }
      },
      // On social sites a post's comments are someone else's words, and its header names its author.
      skipSelector: mode === 'posts' ? [adapter.nestedPostSelector, adapter.authorSelector].filter(Boolean).join(', ') || undefined : undefined,
      // A post is the unit its text belongs to, even where its container is a custom element or a link.
      ownsText: mode === 'posts' ? (n) => officialPosts.has(n as Element) : undefined,
    });
    const body = doc.body ?? doc.documentElement;

    /**
     * The posts under `root`; with `onlyNew`, only those not seen before, found
     * by the post selector before any is read: a feed container that changes
     * again and again (infinite scroll) would otherwise have every post in it
     * read each time.
     */
    const postsUnder = (root: ParentNode, onlyNew: boolean): FoundPost[] => {
      if (!onlyNew) return adapter.findPosts(root);
      const fresh: Element[] = [];
      if (root.nodeType === 1 && (root as Element).matches(adapter.postSelector)) fresh.push(root as Element);
      for (const el of root.querySelectorAll(adapter.postSelector)) fresh.push(el);
      const out: FoundPost[] = [];
      for (const el of fresh) {
        // Posts nested in another (comments) are the outer post's adapter's business.
        if (seenPosts.has(el) || judgingPosts.has(el) || el.parentElement?.closest(adapter.postSelector)) continue;
        for (const post of adapter.findPosts(el)) {
          if (post.element !== el) continue;
          judgingPosts.add(el);
          out.push(post);
        }
      }
      return out;
    };

    /** Posts under `root` (with `onlyNew`, those not seen before) written by official accounts, each judged by its author. */
    const officialPostsIn = async (root: ParentNode, onlyNew: boolean): Promise<Element[]> => {
      const posts = postsUnder(root, onlyNew);
      await judgePosts(posts);
      const out: Element[] = [];
      for (const post of posts) {
        judgingPosts.delete(post.element);
        const d = judgePost(post);
        // Judged now, or never: a post whose author was not read stays unseen and is tried again.
        if (d || !post.author?.handle) seenPosts.add(post.element);
        if (d && d.kind !== 'none') {
          officialPosts.add(post.element);
          out.push(post.element);
        }
      }
      return out;
    };
    /** Judges and scans the posts under `root`; all of them on a full rescan, else only those not seen before. */
    const scanPosts = (root: ParentNode, onlyNew = true) =>
      void officialPostsIn(root, onlyNew)
        .then((roots) => {
          if (!ac.signal.aborted && roots.length) hl.scan(roots);
        })
        .catch((error: unknown) => console.debug('[DiploLens]', error));
    const inOfficialPost = (n: Node): boolean => {
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      const post = el?.closest(adapter.postSelector);
      return !!post && officialPosts.has(post);
    };

    if (mode === 'page') hl.scan([body]);
    else scanPosts(doc);

    // A burst too large to sort becomes a rescan of everything, spaced out on a page that keeps bursting.
    const backoff = createRescanBackoff({
      clock: deps.clock,
      signal: ac.signal,
      rescan: guard(() => {
        if (mode === 'page') hl.scan([body]);
        else scanPosts(doc, false);
      }),
    });

    observer = observeMutations({
      root: body,
      createObserver: (cb) => new (win as Window & typeof globalThis).MutationObserver(cb),
      nextFrame: deps.nextFrame,
      signal: ac.signal,
      onBatch: guard((batch) => {
        if (batch.removed) hl.sweep();
        if (batch.rescan) {
          backoff.soon();
          return;
        }
        if (mode === 'page') {
          hl.scan(batch.added);
          hl.rescanBlocks(batch.changed);
        } else {
          // New text inside an official post (a 'show more', a lazily loaded part) is scanned
          // as it is; anything else may hold new posts (a timeline's next page).
          // A container that changed without a block being added (custom-element tiles on
          // YouTube are no blocks) may hold new posts too; posts seen before are skipped.
          const [addedIn, addedOut] = partition(batch.added, inOfficialPost);
          const [changedIn, changedOut] = partition(batch.changed, inOfficialPost);
          if (addedIn.length) hl.scan(addedIn);
          hl.rescanBlocks(changedIn);
          for (const n of [...addedOut, ...changedOut]) if (n.nodeType === 1) scanPosts(n as Element);
        }
      }),
    });
    const stop = () => {
      // The page's signal outlives sessions (one per navigation or switch): leave no listener on it.
      signal.removeEventListener('abort', abortSession);
      ac.abort();
      observer?.disconnect();
      hl.stop();
    };
    return { hl, stop };
  }

  /** The hidden categories the running session was started with ('' before any). */
  let sessionHidden = '';
  function apply(): void {
    if (!settings) return;
    const next = decideHighlighting(siteOf(url), detection, adapter.platform, settings, override);
    const hidden = [...settings.hiddenCategories].sort().join(',');
    const changed = next.mode !== decision.mode || (next.mode !== 'off' && hidden !== sessionHidden);
    decision = next;
    if (!changed) return;
    sessionHidden = hidden;
    session?.stop();
    session = null;
    hideCard();
    if (next.mode === 'off' || !deps.highlightApi) return;
    session = startHighlighting(next.mode);
  }

  // ── hover card ───────────────────────────────────────────────────────────
  let hovered: HighlightEntry | null = null;
  let saveState: 'idle' | 'saving' | 'saved' | 'error' = 'idle';
  let saveMessage = '';
  let pointer: { x: number; y: number } | null = null;
  let hitTestQueued = false;

  function hideCard() {
    const wasOpen = !!card?.isVisible();
    hovered = null;
    card?.hide();
    if (wasOpen) keyboardCard.closed();
  }

  /** The content script's words in the interface language (the setting, or the browser's). */
  function words(): ContentTranslator {
    return contentTranslator(resolveLocale(settings?.language, win.navigator.languages ?? [win.navigator.language]));
  }

  /** 'Occurrence 3 of 12' on a card the keyboard opened, nothing on a hovered one. */
  let cardPosition: { index: number; total: number } | null = null;

  function cardProps(entry: HighlightEntry) {
    const lex = deps.lexicon;
    const t = words();
    const concept = lex.concept(entry.hit.conceptId);
    const r = liveRange(entry);
    return {
      label: concept?.label ?? entry.hit.conceptId,
      category: entry.category,
      colour: lex.colourOf?.(entry.hit.conceptId),
      categoryLabel: (entry.category as CategoryId) in CATEGORY_WORDS ? t.t(CATEGORY_WORDS[entry.category as CategoryId]) : lex.categoryLabel(entry.category),
      term: entry.hit.term,
      matched: r?.toString() ?? entry.hit.term,
      lang: entry.hit.lang,
      definition: concept?.definition ?? '',
      refs: (concept?.refs ?? []).map((id) => lex.paperLabel(id)),
      added: concept?.added?.source,
      saveState,
      saveMessage,
      position: cardPosition ? t.t('card.position', { index: cardPosition.index + 1, count: cardPosition.total }) : undefined,
      t,
      // Only the user's own click saves: a page script could click the button in the open shadow root.
      onSave: (event: Event) => {
        if (event.isTrusted) void saveEntry(entry);
      },
      onClose: hideCard,
    };
  }

  function liveRange(entry: HighlightEntry): Range | null {
    try {
      const r = doc.createRange();
      r.setStart(entry.range.startContainer, entry.range.startOffset);
      r.setEnd(entry.range.endContainer, entry.range.endOffset);
      return r;
    } catch {
      return null; // the text changed under the range
    }
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?(x: number, y: number): Range | null;
    };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  function hitTest() {
    hitTestQueued = false;
    if (!session || !pointer) return;
    const caret = caretAt(pointer.x, pointer.y);
    const entry = caret ? session.hl.entriesAt(caret.node, caret.offset)[0] : undefined;
    if (!entry) return; // leaving a highlight keeps the card until Escape, a click elsewhere, or another hover
    if (entry === hovered) return;
    const r = liveRange(entry);
    const rect = r?.getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) return;
    // The caret can land beside a word at line ends: require the pointer on the word.
    if (pointer.x < rect.left - 2 || pointer.x > rect.right + 2 || pointer.y < rect.top - 2 || pointer.y > rect.bottom + 2) return;
    keyboardCard.reset();
    showCard(entry, rect, null);
  }

  function showCard(entry: HighlightEntry, rect: DOMRect, position: { index: number; total: number } | null) {
    hovered = entry;
    saveState = 'idle';
    saveMessage = '';
    cardPosition = position;
    card ??= createHoverCardHost(doc, deps.cardCss, deps.renderCard);
    card.show(cardProps(entry), { left: rect.left, top: rect.top, bottom: rect.bottom }, {
      width: win.innerWidth,
      height: win.innerHeight,
    });
  }

  // The card from the keyboard (keyboard-card.ts): the occurrence at the caret, or the next one.
  const keyboardCard = createKeyboardCard<HighlightEntry>({
    doc,
    rangeOf: liveRange,
    occurrences: () =>
      session
        ? session.hl.entries().sort((a, b) =>
            a.range.startContainer === b.range.startContainer
              ? a.range.startOffset - b.range.startOffset
              : documentOrder(a.range.startContainer, b.range.startContainer),
          )
        : [],
    show(entry, position) {
      const r = liveRange(entry);
      if (!r) return;
      let rect = r.getBoundingClientRect();
      // Out of view: brought to the middle at once (a smooth scroll would leave the card where the words were).
      if (rect.top < 0 || rect.bottom > win.innerHeight) {
        r.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        rect = r.getBoundingClientRect();
        win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'instant' });
        rect = r.getBoundingClientRect();
      }
      session?.hl.setCurrent(entry);
      showCard(entry, rect, position);
    },
    focusCard: () => card?.focus(),
    isShowing: (entry) => hovered === entry && !!card?.isVisible(),
  });

  async function saveEntry(entry: HighlightEntry) {
    const lex = deps.lexicon;
    const index = buildTextIndex(doc.body ?? doc.documentElement);
    const r = liveRange(entry);
    if (!r) return;
    const start = offsetOf(index, r.startContainer, r.startOffset);
    const end = offsetOf(index, r.endContainer, r.endOffset);
    if (start === null || end === null) return;
    // The sentence never runs past the hit's block: the index joins blocks without a break
    // ('Home' 'News' 'Soft power' 'The ministry…' would read as one sentence).
    const [from, to] = blockSpan(index, entry.block) ?? [0, index.text.length];
    const local = sentenceAround(index.text.slice(from, to), start - from, end - from, info.lang ?? 'en');
    const sentence = { start: local.start + from, end: local.end + from };
    const parts = quoteAt(index, sentence.start, sentence.end);
    if (!parts) return;
    const concepts = [...new Set([entry.hit.conceptId, ...(await lex.match(parts.quote).catch(() => [])).map((h) => h.conceptId)])];
    const around = entry.range.startContainer;
    const post = postAround(around);
    if (post) await judgePosts([post]);
    const quote: PageQuote = {
      ...parts,
      author: post?.author?.handle || undefined,
      authorName: post?.author?.name,
      postTime: post?.time,
      detection: (post && judgePost(post)) ?? (inUnreadPost(around) ? unknownAuthor() : undefined),
    };
    const page = { url, canonicalUrl: info.canonicalUrl, title: info.title, lang: info.lang, detection, quote };
    const draft = buildDraft(page, { quote: parts.quote, concepts, tags: [], functionId: '', note: '' }, lex.version);
    saveState = 'saving';
    card?.update(cardProps(entry));
    const res = await deps.send('example.save', { draft });
    saveState = res.ok ? 'saved' : 'error';
    saveMessage = res.ok ? words().t('card.inLibrary') : words().t('card.notSaved', { error: res.error });
    if (hovered === entry) card?.update(cardProps(entry));
  }

  /** Where a block's text lies in a text index of the page, or null (a shadow root, a detached block). */
  function blockSpan(index: ReturnType<typeof buildTextIndex>, block: Node): [number, number] | null {
    if (block.nodeType !== 1 || !block.isConnected) return null;
    try {
      const from = offsetOf(index, block, 0);
      const to = offsetOf(index, block, block.childNodes.length);
      return from !== null && to !== null && to > from ? [from, to] : null;
    } catch {
      return null; // a point the index cannot compare (another tree)
    }
  }

  function postAround(node: Node): FoundPost | null {
    if (adapter.platform === 'web') return null;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const postEl = el?.closest(adapter.postSelector);
    return postEl ? (adapter.findPosts(postEl)[0] ?? null) : null;
  }

  /**
   * Inside a post whose author the adapter cannot read (a comment under a
   * ministry's post, say): the text is someone's, but not the page owner's, so
   * it must not be credited with the page's judgement.
   */
  function inUnreadPost(node: Node): boolean {
    if (adapter.platform === 'web') return false;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el?.closest(adapter.postSelector)) return false;
    const post = postAround(node);
    if (!post) return true;
    // No author in the markup: the page owner's, where the page has one (judgePost).
    if (post.author === null) return !pageOwner();
    return !post.author.handle;
  }

  function unknownAuthor(): Detection {
    return { ...NONE_DETECTION, platform: adapter.platform, reasons: ['The post’s author could not be read, so it is not credited to the page’s owner.'] };
  }

  /** The post the user is reading: the most visible one, the first of equals (the top one). */
  function postInView(): FoundPost | null {
    if (adapter.platform === 'web') return null;
    let best: FoundPost | null = null;
    let bestVisible = 0;
    for (const p of adapter.findPosts(doc)) {
      const r = p.element.getBoundingClientRect();
      const visible = Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0);
      if (visible > bestVisible + 1) {
        best = p;
        bestVisible = visible;
      }
    }
    return best;
  }

  // ── requests from the popup and the background ───────────────────────────
  async function currentQuote(): Promise<PageQuote | null> {
    const root = doc.body ?? doc.documentElement;
    const sel = quoteFromSelection(win.getSelection(), root);
    if (sel) {
      const anchor = win.getSelection()?.anchorNode;
      const post = anchor ? postAround(anchor) : null;
      if (post) await judgePosts([post]);
      if (post?.author?.handle) return withPost(sel, post);
      return anchor && inUnreadPost(anchor) ? { ...sel, detection: unknownAuthor() } : post ? withPost(sel, post) : sel;
    }
    const post = postInView();
    if (!post?.text) return null;
    await judgePosts([post]);
    const index = buildTextIndex(root);
    const at = index.text.indexOf(post.text.slice(0, 200));
    const parts =
      at >= 0
        ? quoteAt(index, at, at + post.text.length)
        : { quote: post.text, prefix: '', suffix: '', selectors: { quote: { type: 'TextQuoteSelector' as const, exact: post.text } } };
    return parts ? withPost(parts, post) : null;
  }

  function withPost(parts: Omit<PageQuote, 'author'>, post: FoundPost): PageQuote {
    return {
      ...parts,
      author: post.author?.handle || undefined,
      authorName: post.author?.name,
      postTime: post.time,
      permalink: post.permalink,
      detection: judgePost(post) ?? undefined,
    };
  }

  function conceptCounts(): ConceptCount[] {
    if (!session) return [];
    const lex = deps.lexicon;
    return [...session.hl.counts()]
      .map(([conceptId, count]) => ({ conceptId, count, category: lex.categoryOf(conceptId) as ConceptCount['category'] }))
      .sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
  }

  async function status(): Promise<PageStatus> {
    // The counts cover the whole page: what was not read yet (far from the viewport) is read now, unregistered.
    if (session) await Promise.race([session.hl.complete(), new Promise((r) => win.setTimeout(r, 3000))]);
    return {
      url,
      canonicalUrl: info.canonicalUrl,
      title: info.title,
      lang: info.lang,
      detection,
      highlighting: decision.mode !== 'off' && !!session,
      highlightReason: deps.highlightApi ? decision.reason : 'This browser cannot paint highlights (no CSS Custom Highlight API).',
      highlightReasonCode: deps.highlightApi ? decision.code : 'noApi',
      concepts: conceptCounts(),
      quote: await currentQuote(),
      source: pageItem(),
    };
  }

  /**
   * Brings the words themselves to the middle of the window. Centring their
   * element is not enough: a long paragraph or a plain-text page is one element
   * taller than the window, and the words may lie outside the part shown.
   */
  function scrollToRange(r: Range) {
    // First any scrolling box around the words, so they are inside it...
    r.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    // ...then the window, to centre the words' own box.
    const rect = r.getBoundingClientRect();
    if (!rect.width && !rect.height) return;
    win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'smooth' });
  }

  // ── the active codebook (codebook-sync.ts): another one chosen or saved repaints the page ──
  const codebook = switchable(deps.lexicon)
    ? createCodebookSync({ lexicon: deps.lexicon, send: deps.send, doc, signal, painting: () => !!session, shadowSheetAsked: () => shadowSheetAsked, repaint: () => {
        session?.stop();
        session = null;
        hideCard();
        if (decision.mode !== 'off' && deps.highlightApi) session = startHighlighting(decision.mode);
      } })
    : null;

  const toast = deps.saveToast ? createSaveToast({ ...deps.saveToast, doc, win, signal, words, send: deps.send }) : null;
  const handlers: HandlerTable<ToContent> = {
    'status.get': () => status(),
    'highlights.set': async ({ on }) => {
      override = on;
      if (!settings) settings = await deps.loadSettings();
      apply();
      return status();
    },
    'concept.next': async ({ conceptId }) => {
      if (!session) return { index: -1, total: 0 };
      // Occurrences far below are read (not registered) first; the one chosen is registered on its own.
      await Promise.race([session.hl.complete(), new Promise((r) => win.setTimeout(r, 3000))]);
      if (!session) return { index: -1, total: 0 };
      const list = session.hl.entriesOf(conceptId);
      if (!list.length) return { index: -1, total: 0 };
      const i = ((cursor.get(conceptId) ?? -1) + 1) % list.length;
      cursor.set(conceptId, i);
      const entry = list[i]!;
      session.hl.setCurrent(entry);
      const r = liveRange(entry);
      if (r) scrollToRange(r);
      return { index: i, total: list.length };
    },
    'card.show': () => keyboardCard.open(),
    'codebook.changed': async ({ version }) => {
      await codebook?.changed(version);
      return null;
    },
    'save.done': (notice) => {
      toast?.show(notice);
      return null;
    },
    'perf.get': () => {
      const st = session?.hl.stats();
      return {
        busyMs: st?.busyMs ?? 0,
        sendMs: st?.sendMs ?? 0,
        paintMs: st?.paintMs ?? 0,
        backgroundMatchMs: deps.lexicon.backgroundMs(),
        replyMs: deps.lexicon.replyMs(),
        slices: st?.slices ?? 0,
        longestSliceMs: st?.longestSliceMs ?? 0,
        ranges: session ? session.hl.registeredCount() : 0,
        queued: session?.hl.queued() ?? 0,
      };
    },
    'quote.find': ({ selectors }) => {
      const index = buildTextIndex(doc.body ?? doc.documentElement);
      const span = findQuote(index.text, selectors);
      const r = span && rangeFor(index, span.start, span.end, doc);
      if (!r) return { found: false };
      const api = deps.highlightApi;
      if (api) {
        const h = api.createHighlight();
        h.add(r);
        api.registry.set('diplolens-found', h);
      }
      scrollToRange(r);
      return { found: true };
    },
    // The user corrected a judgement (utils/background/corrections.ts): judge the page and its posts' authors again.
    'source.recheck': async () => {
      byAuthor.clear();
      if (decision.mode === 'posts') {
        // The posts already read were judged with the old answers: read them again.
        session?.stop();
        session = null;
        decision = { mode: 'off', code: 'notOfficial', reason: '' };
      }
      await detectPage();
      return null;
    },
  };

  const listener = createListener<ToContent>(handlers) as Listener;
  deps.onMessage.addListener(listener);

  const onPointerMove = (e: PointerEvent) => {
    // Pointer events a page script dispatches are not the user pointing at anything.
    if (!session || e.pointerType === 'touch' || !e.isTrusted) return;
    if (card?.contains(e.target as Node)) return;
    pointer = { x: e.clientX, y: e.clientY };
    if (!hitTestQueued) {
      hitTestQueued = true;
      deps.nextFrame(guard(hitTest));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card?.isVisible()) hideCard();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (card?.isVisible() && !card.contains(e.target as Node)) hideCard();
  };
  /** How long an app gets to render the new page (title, posts) before it is judged again. */
  const SETTLE_MS = 400;
  let relocate: ReturnType<typeof setTimeout> | undefined;
  const onLocationChange = (newUrl: string) => {
    // Single-page apps (X, Facebook, Telegram web) change pages without loading one.
    if (newUrl === url) return;
    const anchorOnly = isInPageAnchor(url, newUrl, doc);
    url = newUrl;
    // A link to a heading of the same page (a table of contents) is no new page: the
    // user's highlight choice and the highlights stay.
    if (anchorOnly) {
      // The browser may count the jump as a new load of the tab (the background then forgets it):
      // the background judges the page again for the badge; this page keeps its state.
      void deps.send('page.detect', pageItem());
      return;
    }
    // The card and the 'next occurrence' cursor belong to the page that is going.
    hideCard();
    keyboardCard.reset();
    cursor.clear();
    clearTimeout(relocate);
    relocate = setTimeout(
      guard(() => {
        if (signal.aborted) return;
        adapter = deps.adapterFor(new URL(url));
        info = readPageInfo(doc, url);
        override = null;
        decision = { mode: 'off', code: 'notOfficial', reason: '' };
        session?.stop();
        session = null;
        void detectPage();
      }),
      SETTLE_MS,
    );
  };
  signal.addEventListener('abort', () => clearTimeout(relocate), { once: true });
  const opts = { passive: true, signal } as AddEventListenerOptions;
  doc.addEventListener('pointermove', guard(onPointerMove), opts);
  doc.addEventListener('pointerdown', guard(onPointerDown), opts);
  doc.addEventListener('keydown', guard(onKeyDown), { signal });
  deps.onLocationChange(guard(onLocationChange));
  win.addEventListener('popstate', guard(() => onLocationChange(win.location.href)), { signal });

  const unwatch = deps.watchSettings(guard((s: Settings) => {
    // A rule chosen for this site (Always, Never, Automatic) replaces the popup's 'this page
    // until reload' switch: the page then does, and the popup says, what the rule says.
    const host = siteOf(url);
    if (settings && settings.sites[host] !== s.sites[host]) override = null;
    settings = s;
    apply();
  }));

  signal.addEventListener(
    'abort',
    () => {
      deps.onMessage.removeListener(listener);
      unwatch();
      session?.stop();
      session = null;
      card?.destroy();
      card = null;
      deps.highlightApi?.registry.delete('diplolens-found');
    },
    { once: true },
  );

  /**
   * Has the background judge the page (it records its judgement as the tab's, for the
   * badge, when this is the tab's top frame), then applies the settings.
   */
  async function detectPage(): Promise<void> {
    const at = url;
    const r = await deps.send('page.detect', pageItem());
    if (signal.aborted || at !== url) return;
    // If the background cannot answer, nothing is official.
    detection = r.ok ? r.value : { ...NONE_DETECTION, platform: adapter.platform };
    // A page Chrome prerenders is not yet its tab's top frame, and the background takes the
    // badge from the top frame only: ask again once the page is shown.
    if ((doc as Document & { prerendering?: boolean }).prerendering) {
      doc.addEventListener('prerenderingchange', () => void deps.send('page.detect', pageItem()), { once: true, signal });
    }
    apply();
  }

  const ready = Promise.all([
    deps.loadSettings().then((s) => {
      if (!signal.aborted) settings = s;
    }),
    detectPage(),
  ]).then(() => apply());

  return {
    ready,
    status,
    detection: () => detection,
    highlighter: (): Highlighter | null => session?.hl ?? null,
  };
}

/**
 * Whether going from `from` to `to` only moves within the same document: the
 * two differ in the fragment alone, and the new fragment is empty or names an
 * element of the page (an anchor). Hash routes of single-page apps ('#/feed',
 * Telegram's '#@channel') name no element, so they count as navigations.
 */
export function isInPageAnchor(from: string, to: string, doc: Document): boolean {
  const cut = (u: string) => {
    const i = u.indexOf('#');
    return i < 0 ? [u, ''] : [u.slice(0, i), u.slice(i + 1)];
  };
  const [a, before] = cut(from);
  const [b, hash] = cut(to);
  if (a !== b) return false;
  const names = (h: string) => {
    let id = h;
    try {
      id = decodeURIComponent(h);
    } catch {
      // a malformed escape: the raw fragment is looked up as it is
    }
    return !!doc.getElementById(id) || !!doc.getElementsByName(id).length;
  };
  // Back to no fragment: the top of the same page, unless the fragment left was an app's route.
  if (!hash) return !before || names(before);
  return names(hash);
}

/** The items for which `test` holds, and the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
