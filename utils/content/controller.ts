/**
 * The content script's runtime: it wires the parts and answers requests. On
 * start it has the page judged (page-detection.ts, cheap); only when the page
 * is to be highlighted does a session walk the DOM (highlight-session.ts).
 * Everything is tied to `signal`, so invalidation (extension update or reload)
 * tears it all down.
 *
 *   detect → decide → [scan → match → register → observe] → release on stop
 *
 * The parts: page-detection (whose page), navigation (in-page moves),
 * post-authors and official-posts (social sites), highlight-session (paint and
 * follow), concept-card (hover and keyboard card), occurrences (counts, next,
 * find), page-quote (the popup's quote, the card's draft), save-toast.
 */
import type { Detection } from '../detect/types';
import type { PageStatus, ToContent } from '../messages/protocol';
import type { Settings } from '../settings';
import { createListener, type HandlerTable } from '../messages/transport';
import type { Highlighter } from '../highlight/highlighter';
import { decideHighlighting, type HighlightDecision } from './highlight-policy';
import { siteOf } from '../model/example';
import { createSaveToast } from './save-toast';
import { contentTranslator, type ContentTranslator } from '../i18n/content/index';
import { resolveLocale } from '../i18n/locales';
import type { ContentDeps, Listener } from './deps';
import { guard } from './guard';
import { createPageDetection } from './page-detection';
import { watchNavigation } from './navigation';
import { createPostAuthors } from './post-authors';
import { pageScope, shownMatcher, startHighlightSession, type HighlightSession } from './highlight-session';
import { officialPostsScope } from './official-posts';
import { createConceptCard } from './concept-card';
import { completeOrTimeout, createOccurrences } from './occurrences';
import { createPageQuotes } from './page-quote';
import { createCodebookSync, switchable } from './codebook-sync';

export type { Clock } from './rescan-backoff';
export type { ContentDeps, ContentLexicon, HighlightApi } from './deps';

const NOT_DECIDED: HighlightDecision = { mode: 'off', code: 'notOfficial', reason: '' };

export function startContent(deps: ContentDeps) {
  const { doc, win, signal } = deps;
  let settings: Settings | null = null;
  /** The popup's 'this page until reload' switch, or null. */
  let override: boolean | null = null;
  let decision: HighlightDecision = NOT_DECIDED;
  let session: HighlightSession | null = null;
  /** The hidden categories the running session was started with ('' before any). */
  let sessionHidden = '';
  /** Asked once per document: the inserted sheet stays for the document's life, across sessions and in-page navigation. */
  let shadowSheetAsked = false;

  const page = createPageDetection({ doc, signal, url: win.location.href, adapterFor: deps.adapterFor, send: deps.send });
  const authors = createPostAuthors({ doc, win, page, detect: deps.detect });
  const quotes = createPageQuotes({ doc, win, page, authors, lexicon: deps.lexicon });
  const highlighter = () => session?.hl ?? null;
  const occurrences = createOccurrences({ doc, win, signal, highlighter, categoryOf: (id) => deps.lexicon.categoryOf(id), highlightApi: deps.highlightApi });

  /** The content script's words in the interface language (the setting, or the browser's). */
  function words(): ContentTranslator {
    return contentTranslator(resolveLocale(settings?.language, win.navigator.languages ?? [win.navigator.language]));
  }

  const card = createConceptCard({
    doc,
    win,
    signal,
    nextFrame: deps.nextFrame,
    cardCss: deps.cardCss,
    renderCard: deps.renderCard,
    lexicon: deps.lexicon,
    words,
    highlighter,
    draftFor: quotes.draftFor,
    send: deps.send,
  });

  /** Starts painting the page, or its official posts; null where nothing can be painted. */
  function startHighlighting(mode: 'page' | 'posts'): HighlightSession | null {
    const api = deps.highlightApi;
    if (!api) return null;
    const lex = deps.lexicon;
    const scope = mode === 'page' ? pageScope(doc.body ?? doc.documentElement) : officialPostsScope({ doc, adapter: page.adapter, authors });
    return startHighlightSession(
      {
        doc,
        signal,
        highlighter: {
          registry: api.registry,
          createHighlight: api.createHighlight,
          createRange: api.createRange,
          match: shownMatcher(lex, new Set<string>(settings?.hiddenCategories ?? [])),
          // A user codebook's concept is painted in its colour's group; the built-in ones in their category's.
          categoryOf: (id) => lex.paintOf?.(id) ?? lex.categoryOf(id),
          scheduler: deps.scheduler,
          maxInFlight: deps.maxInFlight,
          layout: deps.layout,
          nextFrame: deps.nextFrame,
        },
        createObserver: (cb) => new (win as Window & typeof globalThis).MutationObserver(cb),
        nextFrame: deps.nextFrame,
        clock: deps.clock,
        onShadowRoot: () => {
          if (deps.shadowSheet && !shadowSheetAsked) {
            shadowSheetAsked = true;
            void deps.send('highlights.shadowSheet', null);
          }
        },
      },
      scope,
    );
  }

  function stopSession() {
    session?.stop();
    session = null;
  }

  /** Applies the settings, the switch and the judgement: starts, restarts or stops the session. */
  function apply(): void {
    if (!settings) return;
    const next = decideHighlighting(siteOf(page.url), page.detection, page.adapter.platform, settings, override);
    const hidden = [...settings.hiddenCategories].sort().join(',');
    const changed = next.mode !== decision.mode || (next.mode !== 'off' && hidden !== sessionHidden);
    decision = next;
    if (!changed) return;
    sessionHidden = hidden;
    stopSession();
    card.hide();
    if (next.mode === 'off' || !deps.highlightApi) return;
    session = startHighlighting(next.mode);
  }

  /**
   * Has the background judge the page (it records its judgement as the tab's, for the
   * badge, when this is the tab's top frame), then applies the settings.
   */
  async function detectPage(): Promise<void> {
    if (await page.judge()) apply();
  }

  async function status(): Promise<PageStatus> {
    // The counts cover the whole page: what was not read yet (far from the viewport) is read now, unregistered.
    if (session) await completeOrTimeout(win, session.hl);
    const info = page.info;
    return {
      url: page.url,
      canonicalUrl: info.canonicalUrl,
      title: info.title,
      lang: info.lang,
      detection: page.detection,
      highlighting: decision.mode !== 'off' && !!session,
      highlightReason: deps.highlightApi ? decision.reason : 'This browser cannot paint highlights (no CSS Custom Highlight API).',
      highlightReasonCode: deps.highlightApi ? decision.code : 'noApi',
      concepts: occurrences.counts(),
      quote: await quotes.current(),
      source: page.item(),
    };
  }

  // ── the active codebook (codebook-sync.ts): another one chosen or saved repaints the page ──
  const codebook = switchable(deps.lexicon)
    ? createCodebookSync({ lexicon: deps.lexicon, send: deps.send, doc, signal, painting: () => !!session, shadowSheetAsked: () => shadowSheetAsked, repaint: () => {
        stopSession();
        card.hide();
        if (decision.mode !== 'off' && deps.highlightApi) session = startHighlighting(decision.mode);
      } })
    : null;

  const toast = deps.saveToast ? createSaveToast({ ...deps.saveToast, doc, win, signal, words, send: deps.send }) : null;
  // ── requests from the popup and the background ───────────────────────────
  const handlers: HandlerTable<ToContent> = {
    'status.get': () => status(),
    'highlights.set': async ({ on }) => {
      override = on;
      if (!settings) settings = await deps.loadSettings();
      apply();
      return status();
    },
    'concept.next': ({ conceptId }) => occurrences.next(conceptId),
    'card.show': () => card.open(),
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
    'quote.find': ({ selectors }) => occurrences.find(selectors),
    // The user corrected a judgement (utils/background/corrections.ts): judge the page and its posts' authors again.
    'source.recheck': async () => {
      authors.forget();
      if (decision.mode === 'posts') {
        // The posts already read were judged with the old answers: read them again.
        stopSession();
        decision = NOT_DECIDED;
      }
      await detectPage();
      return null;
    },
  };

  const listener = createListener<ToContent>(handlers) as Listener;
  deps.onMessage.addListener(listener);

  watchNavigation({
    doc,
    win,
    signal,
    onLocationChange: deps.onLocationChange,
    address: () => page.url,
    onAnchor: (newUrl) => {
      page.moveTo(newUrl);
      // The browser may count the jump as a new load of the tab (the background then forgets it):
      // the background judges the page again for the badge; this page keeps its state.
      void deps.send('page.detect', page.item());
    },
    onLeave: (newUrl) => {
      page.moveTo(newUrl);
      // The card and the 'next occurrence' cursor belong to the page that is going.
      card.hide();
      card.reset();
      occurrences.reset();
    },
    onArrive: () => {
      page.reread();
      override = null;
      decision = NOT_DECIDED;
      stopSession();
      void detectPage();
    },
  });

  const unwatch = deps.watchSettings(guard((s: Settings) => {
    // A rule chosen for this site (Always, Never, Automatic) replaces the popup's 'this page
    // until reload' switch: the page then does, and the popup says, what the rule says.
    const host = siteOf(page.url);
    if (settings && settings.sites[host] !== s.sites[host]) override = null;
    settings = s;
    apply();
  }));

  signal.addEventListener(
    'abort',
    () => {
      deps.onMessage.removeListener(listener);
      unwatch();
      stopSession();
    },
    { once: true },
  );

  const ready = Promise.all([
    deps.loadSettings().then((s) => {
      if (!signal.aborted) settings = s;
    }),
    detectPage(),
  ]).then(() => apply());

  return {
    ready,
    status,
    detection: (): Detection => page.detection,
    highlighter: (): Highlighter | null => session?.hl ?? null,
  };
}
