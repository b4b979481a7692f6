/**
 * A batched, capped MutationObserver (after uBlock and Dark Reader): the
 * callback only records what changed; the work happens once per frame, on the
 * changed subtrees only; a burst too large to sort through becomes one rescan.
 */
import { OWN_UI_TAG } from '../dom/text-nodes';
import { isBlock, nearestBlock } from './text-runs';

/**
 * Past this many records in one frame, sorting them costs more than scanning
 * the page again (Dark Reader uses a similar threshold for its style rescans).
 */
export const MAX_RECORDS_PER_BATCH = 1000;

export interface MutationBatch {
  /** Added block-level subtrees to scan whole (ancestor-deduplicated). */
  added: Node[];
  /** Blocks whose own text changed (inline additions, text edits, removals). */
  changed: Node[];
  /** Something was removed: stale ranges must be swept. */
  removed: boolean;
  /** The burst was too large: scan everything again instead. */
  rescan: boolean;
}

function isOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
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
      if (n.nodeType === 1 && isBlock(n as Element)) added.add(n);
      else if (n.nodeType === 1 || n.nodeType === 3) changed.add(nearestBlock(n.nodeType === 3 ? n : (n.parentNode ?? n)));
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

export function observeMutations(deps: ObserverDeps): { flush(): void; disconnect(): void } {
  let records: MutationRecord[] = [];
  let scheduled = false;
  let overflow = false;

  const flush = () => {
    scheduled = false;
    if (deps.signal.aborted) return;
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
  observer.observe(deps.root, { childList: true, subtree: true, characterData: true });
  const disconnect = () => {
    observer.disconnect();
    records = [];
  };
  deps.signal.addEventListener('abort', disconnect, { once: true });
  return { flush, disconnect };
}
