/**
 * One highlight session: a highlighter and a mutation observer over the page,
 * from the decision to paint until it is stopped (a navigation, a switch, the
 * settings, invalidation). What it reads is its scope's: the whole page, or
 * official posts (official-posts.ts).
 *
 *   start → scan → match → register → observe → [batch | burst → back-off rescan] → stop
 */
import { createHighlighter, type Highlighter, type HighlighterDeps } from '../highlight/highlighter';
import { observeMutations, type MutationBatch, type MutationWatch } from '../highlight/observer';
import type { ContentLexicon } from './deps';
import { guard } from './guard';
import { createRescanBackoff, type Clock } from './rescan-backoff';

/** The session as its scope sees it. */
export interface SessionHandle {
  hl: Highlighter;
  /** Aborts when the session stops. */
  signal: AbortSignal;
}

/** What a session reads, and how it follows changes. */
export interface SessionScope {
  /** The walk's options for this scope (chrome, nested posts, text owners). */
  walk: Pick<HighlighterDeps, 'skipChrome' | 'skipSelector' | 'ownsText'>;
  /** The first scan. */
  start(s: SessionHandle): void;
  /** A full rescan, after a burst too large to sort. */
  rescan(s: SessionHandle): void;
  /** Added and changed blocks of one sorted batch (removals are swept before). */
  batch(s: SessionHandle, batch: MutationBatch): void;
}

export interface SessionDeps {
  doc: Document;
  /** The page's signal: the session ends with it, or earlier by stop(). */
  signal: AbortSignal;
  /** The highlighter's plumbing and tuning: registry, ranges, matcher, scheduler, layout, frames. */
  highlighter: Omit<HighlighterDeps, 'doc' | 'signal' | 'onShadowRoot'>;
  createObserver(cb: MutationCallback): MutationObserver;
  nextFrame(cb: () => void): void;
  /** The rescan back-off's clock (rescan-backoff.ts). */
  clock?: Clock;
  /** Each open shadow root the walk enters, once it is observed too. */
  onShadowRoot?(root: ShadowRoot): void;
}

/** The whole page (page mode): the site's chrome is left out, every change followed. */
export function pageScope(body: Node): SessionScope {
  return {
    // A website's header, menus and footer are the same on every page: no evidence of what this one says.
    walk: { skipChrome: true },
    start: ({ hl }) => hl.scan([body]),
    rescan: ({ hl }) => hl.scan([body]),
    batch: ({ hl }, batch) => {
      hl.scan(batch.added);
      hl.rescanBlocks(batch.changed);
    },
  };
}

/** The lexicon's matcher without the categories hidden in the settings: they are neither painted nor counted. */
export function shownMatcher(lex: Pick<ContentLexicon, 'match' | 'categoryOf'>, hidden: ReadonlySet<string>): HighlighterDeps['match'] {
  if (!hidden.size) return (t) => lex.match(t);
  return async (t) => (await lex.match(t)).filter((h) => !hidden.has(lex.categoryOf(h.conceptId)));
}

export function startHighlightSession(deps: SessionDeps, scope: SessionScope) {
  const ac = new AbortController();
  // The page's abort (invalidation) ends the session as stop() does: ranges out of the registry too.
  const abortSession = () => stop();
  deps.signal.addEventListener('abort', abortSession, { once: true });
  const body = deps.doc.body ?? deps.doc.documentElement;
  // Declared before the highlighter, whose walk reports the open shadow roots it enters
  // (always in a later task, when the observer exists): their changes are followed too.
  let watch: MutationWatch | null = null;
  const hl = createHighlighter({
    ...deps.highlighter,
    ...scope.walk,
    doc: deps.doc,
    signal: ac.signal,
    onShadowRoot: (root) => {
      watch?.observe(root);
      deps.onShadowRoot?.(root);
    },
  });
  const handle: SessionHandle = { hl, signal: ac.signal };
  scope.start(handle);

  // A burst too large to sort becomes a rescan of everything, spaced out on a page that keeps bursting.
  const backoff = createRescanBackoff({ clock: deps.clock, signal: ac.signal, rescan: guard(() => scope.rescan(handle)) });

  watch = observeMutations({
    root: body,
    createObserver: deps.createObserver,
    nextFrame: deps.nextFrame,
    signal: ac.signal,
    onBatch: guard((batch) => {
      if (batch.removed) hl.sweep();
      if (batch.rescan) return backoff.soon();
      scope.batch(handle, batch);
    }),
  });
  function stop() {
    // The page's signal outlives sessions (one per navigation or switch): leave no listener on it.
    deps.signal.removeEventListener('abort', abortSession);
    ac.abort();
    watch?.disconnect();
    hl.stop();
  }
  return { hl, stop, watch };
}

export type HighlightSession = ReturnType<typeof startHighlightSession>;
