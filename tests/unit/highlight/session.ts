/**
 * A highlighter and a mutation observer wired as the content script wires them
 * in page mode (utils/content/controller.ts), with the shadow-root hook the
 * controller is to pass (HighlighterDeps.onShadowRoot → MutationWatch.observe).
 * The matcher is the real one, answering at once; ranges are plain objects.
 */
import { createHighlighter, type HighlighterDeps } from '../../../utils/highlight/highlighter';
import { observeMutations, type MutationBatch, type MutationWatch } from '../../../utils/highlight/observer';
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

export function pageSession(opts: { observe?: boolean; extra?: Partial<HighlighterDeps>; createObserver?: (cb: MutationCallback) => MutationObserver } = {}) {
  const ac = new AbortController();
  const registry = new Map<string, Set<FakeRange>>();
  const batches: MutationBatch[] = [];
  let watch: MutationWatch | null = null;
  const hl = createHighlighter({
    doc: document,
    registry: registry as never,
    createHighlight: () => new Set<FakeRange>() as never,
    createRange: (init) => ({ ...init }) as never,
    match: (t) => match(t, defaultLexicon()),
    categoryOf: (id) => defaultLexicon().byId.get(id)?.category ?? 'forms',
    layout: onScreen(),
    nextFrame: (cb) => void setTimeout(cb, 0),
    scheduler: timeoutScheduler,
    signal: ac.signal,
    onShadowRoot: (root) => watch?.observe(root),
    ...opts.extra,
  });
  if (opts.observe !== false) {
    watch = observeMutations({
      root: document.body,
      createObserver: opts.createObserver ?? ((cb) => new MutationObserver(cb)),
      nextFrame: (cb) => void setTimeout(cb, 0),
      signal: ac.signal,
      // As the controller does in page mode.
      onBatch: (batch) => {
        batches.push(batch);
        if (batch.removed) hl.sweep();
        if (batch.rescan) return hl.scan([document.body]);
        hl.scan(batch.added);
        hl.rescanBlocks(batch.changed);
      },
    });
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
