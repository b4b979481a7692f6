/**
 * A batched, capped MutationObserver (after uBlock and Dark Reader): the
 * callback only records what changed; the work happens once per frame, on the
 * changed subtrees only; a burst too large to sort through becomes one rescan.
 */
import { OWN_UI_TAG, SKIP_TAGS } from '../dom/text-nodes';
import { isBlock, nearestBlock, TEXT_BLOCK_SELECTOR } from './text-runs';

/**
 * Past this many records in one frame, sorting them costs more than scanning
 * the page again (Dark Reader uses a similar threshold for its style rescans).
 */
export const MAX_RECORDS_PER_BATCH = 1000;

export interface MutationBatch {
  /**
   * Added subtrees to scan whole (ancestor-deduplicated): blocks, and inline or
   * custom elements that hold blocks (a <my-card> or <a> wrapping paragraphs).
   * The text of such a wrapper outside its blocks is its parent block's, which
   * is in `changed` (a scan of the wrapper gathers only its blocks: gatherText).
   */
  added: Node[];
  /** Blocks whose own text changed (inline additions, text edits, removals). */
  changed: Node[];
  /** Something was removed: stale ranges must be swept. */
  removed: boolean;
  /** The burst was too large: scan everything again instead. */
  rescan: boolean;
}

function isOwnUi(node: Node): boolean {
  // Across shadow roots: a record from an observed shadow root names a node inside it.
  for (let n: Node | null = node; n; n = n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null)) {
    if (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === OWN_UI_TAG) return true;
  }
  return false;
}

/** Turns raw records into the smallest set of work. Pure over the DOM it reads. */
export function summarise(records: readonly MutationRecord[]): MutationBatch {
  if (records.length > MAX_RECORDS_PER_BATCH) return { added: [], changed: [], removed: true, rescan: true };
  const added = new Set<Node>();
  const changed = new Set<Node>();
  let removed = false;
  for (const r of records) {
    if (isOwnUi(r.target)) continue;
    if (r.type === 'characterData') {
      changed.add(nearestBlock(r.target));
      continue;
    }
    if (r.removedNodes.length) {
      removed = true;
      changed.add(nearestBlock(r.target));
    }
    for (const n of r.addedNodes) {
      if (n.nodeType === 3) changed.add(nearestBlock(n));
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (isBlock(el)) {
          added.add(n);
          continue;
        }
        // An inline element's text is its block's: that block's own text is rescanned.
        changed.add(nearestBlock(n.parentNode ?? n));
        // That rescan does not enter nested blocks, so blocks inside the inline element
        // (React and Angular wrappers, web components) would never be scanned: scan it
        // whole too. One native query per added inline element, over what was added only.
        if (!SKIP_TAGS.has(el.localName) && el.querySelector(TEXT_BLOCK_SELECTOR)) added.add(n);
      }
    }
  }
  // Drop nodes already covered by a queued ancestor (Dark Reader's dedupe).
  const covered = (n: Node) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (added.has(p)) return true;
    return false;
  };
  const addedRoots = [...added].filter((n) => n.isConnected && !covered(n));
  const changedBlocks = [...changed].filter((n) => n.isConnected && !added.has(n) && !covered(n));
  return { added: addedRoots, changed: changedBlocks, removed, rescan: false };
}

export interface ObserverDeps {
  root: Node;
  createObserver(cb: MutationCallback): MutationObserver;
  /** Next frame (requestAnimationFrame; WXT's ctx wrapper cancels it on invalidation). */
  nextFrame(cb: () => void): void;
  onBatch(batch: MutationBatch): void;
  signal: AbortSignal;
}

export interface MutationWatch {
  /** Sorts and delivers what is recorded now (the next frame does this anyway). */
  flush(): void;
  /** Stops observing every root (also done when `signal` aborts). */
  disconnect(): void;
  /**
   * Observes one more root with the same observer and batching: an open shadow
   * root the highlighter's walk entered (HighlighterDeps.onShadowRoot), whose
   * edits the light DOM's observer never sees. Each root is observed once;
   * after teardown this does nothing.
   */
  observe(root: Node): void;
}

export function observeMutations(deps: ObserverDeps): MutationWatch {
  let records: MutationRecord[] = [];
  let scheduled = false;
  let overflow = false;
  let stopped = false;

  const flush = () => {
    scheduled = false;
    if (stopped || deps.signal.aborted) return;
    const batch = overflow ? { added: [], changed: [], removed: true, rescan: true } : summarise(records);
    records = [];
    overflow = false;
    if (batch.rescan || batch.added.length || batch.changed.length || batch.removed) deps.onBatch(batch);
  };

  const observer = deps.createObserver((list) => {
    // Only record here: no DOM reads, no matching (uBlock's rule).
    if (!overflow) {
      for (const r of list) records.push(r);
      if (records.length > MAX_RECORDS_PER_BATCH) {
        overflow = true;
        records = [];
      }
    }
    if (!scheduled) {
      scheduled = true;
      deps.nextFrame(flush);
    }
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  /** Roots observed: observing one again would only replace its options. Weak: a shadow root may leave with its host. */
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (stopped || observed.has(root)) return;
    observed.add(root);
    observer.observe(root, options);
  };
  // One disconnect ends the observation of every root, shadow roots included.
  const disconnect = () => {
    stopped = true;
    observer.disconnect();
    records = [];
    deps.signal.removeEventListener('abort', disconnect);
  };
  if (deps.signal.aborted) {
    stopped = true;
    return { flush, disconnect, observe };
  }
  deps.signal.addEventListener('abort', disconnect, { once: true });
  observe(deps.root);
  return { flush, disconnect, observe };
}
