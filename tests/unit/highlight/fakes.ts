/**
 * A page-mode highlight session with fake plumbing: the real session
 * (utils/content/highlight-session.ts: highlighter, observer, shadow roots,
 * batches, back-off) over a registry that is a Map, highlights that are Sets
 * and ranges that are plain objects. The matcher is the real one, answering at
 * once. Two differences from the content script, both for the tests' control:
 * the test makes the first scan itself, and the walk leaves the page's chrome
 * in unless a test asks (`extra: { skipChrome: true }`).
 */
import { createHighlighter, type Highlighter, type HighlighterDeps } from '../../../utils/highlight/highlighter';
import type { MutationBatch, MutationWatch } from '../../../utils/highlight/observer';
import { pageScope, startHighlightSession, type SessionDeps } from '../../../utils/content/highlight-session';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { onScreen } from './fake-layout';

export interface FakeRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export const textOf = (r: FakeRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

export const timeoutScheduler = {
  now: () => performance.now(),
  later: (cb: () => void) => {
    const id = setTimeout(cb, 0);
    return () => clearTimeout(id);
  },
};

/** Registry, highlights and ranges as plain collections, and the real matcher. */
export function fakePlumbing(registry = new Map<string, Set<FakeRange>>()): SessionDeps['highlighter'] {
  return {
    registry: registry as never,
    createHighlight: () => new Set<FakeRange>() as never,
    createRange: (init) => ({ ...init }) as never,
    match: (t) => match(t, defaultLexicon()),
    categoryOf: (id) => defaultLexicon().byId.get(id)?.category ?? 'forms',
    layout: onScreen(),
    nextFrame: (cb) => void setTimeout(cb, 0),
    scheduler: timeoutScheduler,
  };
}

/**
 * With `observe: false`, the highlighter alone (nothing follows the page's
 * changes); else the whole session. `extra` replaces the highlighter's parts.
 */
export function pageSession(opts: { observe?: boolean; extra?: Partial<HighlighterDeps>; createObserver?: (cb: MutationCallback) => MutationObserver } = {}) {
  const ac = new AbortController();
  const registry = new Map<string, Set<FakeRange>>();
  const batches: MutationBatch[] = [];
  const { signal = ac.signal, doc: _doc, onShadowRoot: _hook, ...extra } = opts.extra ?? {};
  const plumbing = { ...fakePlumbing(registry), ...extra };
  let hl: Highlighter;
  let watch: MutationWatch | null = null;
  if (opts.observe === false) {
    hl = createHighlighter({ ...plumbing, doc: document, signal });
  } else {
    const page = pageScope(document.body);
    const session = startHighlightSession(
      {
        doc: document,
        signal,
        highlighter: plumbing,
        createObserver: opts.createObserver ?? ((cb) => new MutationObserver(cb)),
        nextFrame: (cb) => void setTimeout(cb, 0),
      },
      // The test scans first itself; every sorted batch is recorded on its way to the page scope.
      { ...page, walk: {}, start: () => {}, batch: (s, b) => (batches.push(b), page.batch(s, b)) },
    );
    hl = session.hl;
    watch = session.watch;
  }
  /** Waits for the observer's frame and the highlighter's queue, a few rounds. */
  async function settle() {
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await hl.idle();
    }
  }
  const painted = () => [...registry.values()].flatMap((s) => [...s].map(textOf)).sort();
  return { hl, ac, registry, batches, settle, painted, watch: () => watch };
}
