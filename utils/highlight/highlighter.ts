/**
 * Paints lexicon hits with the CSS Custom Highlight API: one `Highlight` per
 * category in `CSS.highlights` ('diplolens-<category>'), filled with
 * StaticRanges. Nothing is added to or changed in the page's DOM.
 *
 * Lifecycle:  scan(root) → runs of text (text-runs.ts), 64 KB per request
 *             → match (in the background) → StaticRanges → registered in groups
 *             mutation (in the page or in an open shadow root the walk entered:
 *               onShadowRoot) → rescan the changed blocks only → release stale ranges
 *             stop() → every range and highlight removed
 *
 * StaticRange, not Range: live Ranges are updated by the browser on every DOM
 * mutation of the page, which would make our presence slow the page's own
 * updates. Stale static ranges are released when their block changes.
 */
import type { Hit } from '../lexicon/types';
import { isThenable, newStats, runSliced, type Scheduler, type Task } from './scheduler';
import { FULL, gatherText, TextBatch, type TakenText, type WalkOptions } from './text-runs';

export const HIGHLIGHT_PREFIX = 'diplolens-';
/**
 * Text per match request. The matcher runs in the background; each request
 * costs the page a message (serialising the text) and a reply. Larger messages
 * cost more per byte to send: 64 KB ~9–11 ms per MB of text, 256 KB ~15, 1 MB
 * ~20 with one 55 ms task (bench/highlight.ts on this project's two-core machine).
 */
export const BATCH_CHARS = 65_536;
/** Longest wait between registering groups of new ranges while a page is being highlighted (see `flush`). */
export const FLUSH_INTERVAL_MS = 1000;
/** The occurrence chosen from the popup ('next'), painted on top. */
export const CURRENT_HIGHLIGHT = 'diplolens-current';

export interface HighlightEntry {
  hit: Hit;
  category: string;
  range: AbstractRange;
  /** False once released (its block changed or left), so a pending range is never registered. */
  live: boolean;
  block: Node;
}

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): unknown;
  clear(): void;
}

export interface HighlightRegistry {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): unknown;
}

export interface HighlighterDeps {
  doc: Document;
  registry: HighlightRegistry;
  createHighlight(): HighlightLike;
  /** Builds a range over text nodes; StaticRange in browsers. */
  createRange(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): AbstractRange;
  /**
   * Finds the concepts in text (runs joined by U+0000), with offsets into it. In
   * the extension a request to the background; a plain function in tests.
   */
  match(text: string): Hit[] | Promise<Hit[]>;
  categoryOf(conceptId: string): string;
  scheduler: Scheduler;
  signal?: AbortSignal;
  /**
   * Match requests on their way at once (default 1): above 1, the walk goes on
   * while the background matches. Only worth it with cores to spare: on a
   * two-core machine the background's matching slowed the page's own thread.
   */
  maxInFlight?: number;
  /**
   * Elements matching this selector are skipped like hidden ones: their text is
   * never walked nor painted. Checked for the descendants of each scanned root,
   * and for the ancestors (and the block itself) of a rescanned block; a scanned
   * root itself is never skipped by it. Posts mode passes the post selector
   * nested in itself, so that the posts nested in an official post (other
   * people's comments, quoted posts) are not painted as the official
   * account's. A post selector that is a list must be wrapped,
   * `:is(${postSelector}) :is(${postSelector})`: a bare list joined by a space
   * makes the space bind only the two list items next to it. Found by one
   * selector query per scanned root, not per node. An invalid selector is ignored.
   */
  skipSelector?: string;
  /**
   * Called with each open shadow root the walk enters (also again on later
   * walks). The light DOM's MutationObserver never sees edits inside a shadow
   * root: pass the observer's `observe` here, so they are followed like the
   * page's own (observer.ts observeMutations).
   */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Roots that own the text directly in them though they are no block (WalkOptions.ownsText): posts. */
  ownsText?: (root: Node) => boolean;
}

/** The selector if the document can use it, else undefined (a bad one would stop every walk). */
function validSelector(doc: Document, selector: string | undefined): string | undefined {
  if (!selector) return undefined;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return selector;
  } catch (error) {
    console.debug('[DiploLens] skipSelector ignored', error);
    return undefined;
  }
}

/** Entries of one block, and the scan that painted them. */
interface BlockEntries {
  scan: number;
  entries: HighlightEntry[];
}

export function createHighlighter(deps: HighlighterDeps) {
  const highlights = new Map<string, HighlightLike>();
  /** Entries per owning block, so a changed block releases exactly its ranges. */
  const byBlock = new Map<Node, BlockEntries>();
  let scans = 0;
  const counts = new Map<string, number>();
  let current: HighlightLike | null = null;
  const stats = newStats();
  let sendMs = 0;
  let paintMs = 0;
  const maxInFlight = Math.max(1, deps.maxInFlight ?? 1);
  const walkOptions: WalkOptions = {
    skipSelector: validSelector(deps.doc, deps.skipSelector),
    onShadowRoot: deps.onShadowRoot,
    ownsText: deps.ownsText,
  };

  function highlightFor(category: string): HighlightLike {
    let h = highlights.get(category);
    if (!h) {
      h = deps.createHighlight();
      highlights.set(category, h);
      deps.registry.set(HIGHLIGHT_PREFIX + category, h);
    }
    return h;
  }

  /**
   * Ranges painted but not yet registered. Every change to the page's highlight
   * registry costs the browser a frame of style and paint for the whole
   * document: on a 5 MB page here ~90 ms for each of 37 changes of 600 ranges,
   * 150–330 ms for one change of all 23,000. So new ranges are
   * registered in few, large groups: at once the first time (the reader sees
   * highlights soon), then at most once per FLUSH_INTERVAL_MS, and when the
   * queued work is done.
   */
  /**
   * The scan being painted, and how many blocks in byBlock another scan
   * painted: while there are none (a page's first scan), blocks without hits
   * need no look-up at all.
   */
  let paintingScan = -1;
  let foreign = 0;

  let pending: HighlightEntry[] = [];
  let lastFlush = -Infinity;
  /**
   * Text may be painted a while after it was gathered (its request was on its
   * way). Blocks rescanned since (their text changed) are marked with the
   * rescan's number: older text of theirs is not painted, the rescan paints
   * theirs. Sweeps (blocks removed) are counted: text gathered before one is
   * painted only where its block is still in the page.
   */
  const invalidatedBy = new WeakMap<Node, number>();
  let lastInvalidation = 0;
  let sweeps = 0;

  function flush(): void {
    const list = pending;
    pending = [];
    for (const e of list) if (e.live) highlightFor(e.category).add(e.range);
    lastFlush = deps.scheduler.now();
  }

  function release(block: Node): void {
    const rec = byBlock.get(block);
    if (!rec) return;
    byBlock.delete(block);
    if (rec.scan !== paintingScan) foreign--;
    for (const e of rec.entries) {
      e.live = false;
      highlights.get(e.category)?.delete(e.range);
      current?.delete(e.range);
      const n = (counts.get(e.hit.conceptId) ?? 1) - 1;
      if (n > 0) counts.set(e.hit.conceptId, n);
      else counts.delete(e.hit.conceptId);
    }
  }

  function beginScan(scan: number): void {
    if (scan === paintingScan) return;
    paintingScan = scan;
    foreign = byBlock.size;
  }

  /**
   * Registers the hits of one match request. Walks the text nodes and the hits
   * together, in document order: a block met in a later scan than the one that
   * painted it gives up its earlier ranges (also when it has no hits now), then
   * its new hits are painted. Hit offsets are into `t.text`.
   */
  function paint(t: TakenText, hits: readonly Hit[], sweptSince: boolean): void {
    const t0 = deps.scheduler.now();
    const { nodes, starts, owners, scanStarts, scanIds, pieceOffsets } = t;
    const n = nodes.length;
    // One init object for every range: StaticRange copies it (and building a
    // literal per range was a measurable part of painting a large page).
    const init = { startContainer: nodes[0]! as Node, startOffset: 0, endContainer: nodes[0]! as Node, endOffset: 0 };
    let h = 0;
    let k = -1;
    let nextScanAt = scanStarts[0] ?? Infinity;
    let scan = -1;
    let lastOwner: Node | null = null;
    let looked = false;
    let stale = false;
    let rec: BlockEntries | undefined;
    for (let i = 0; i < n; i++) {
      if (i === nextScanAt) {
        k++;
        scan = scanIds[k]!;
        nextScanAt = scanStarts[k + 1] ?? Infinity;
        beginScan(scan);
        lastOwner = null;
      }
      const owner = owners[i]!;
      if (owner !== lastOwner) {
        lastOwner = owner;
        rec = undefined;
        looked = false;
        stale =
          (lastInvalidation > scan && (invalidatedBy.get(owner) ?? 0) > scan) || (sweptSince && !owner.isConnected);
        if (!stale && foreign > 0) {
          rec = byBlock.get(owner);
          looked = true;
          if (rec && rec.scan !== scan) {
            release(owner);
            rec = undefined;
          }
        }
      }
      const next = i + 1 < n ? starts[i + 1]! : Infinity;
      for (; h < hits.length && hits[h]!.start < next; h++) {
        if (stale) continue;
        const hit = hits[h]!;
        // The node holding the hit's last character: usually this one.
        let j = i;
        while (j + 1 < n && starts[j + 1]! < hit.end) j++;
        if (owners[j] !== owner) continue; // cannot happen: runs end at blocks
        init.startContainer = nodes[i]!;
        init.startOffset = hit.start - starts[i]! + (pieceOffsets?.get(i) ?? 0);
        init.endContainer = nodes[j]!;
        init.endOffset = hit.end - starts[j]! + (pieceOffsets?.get(j) ?? 0);
        const range = deps.createRange(init);
        const category = deps.categoryOf(hit.conceptId);
        if (!rec && !looked) {
          // Painted earlier in this same scan (its text ran over two requests), or not at all.
          rec = byBlock.get(owner);
          looked = true;
        }
        if (!rec) byBlock.set(owner, (rec = { scan, entries: [] }));
        const entry: HighlightEntry = { hit, category, range, block: owner, live: true };
        rec.entries.push(entry);
        pending.push(entry);
        counts.set(hit.conceptId, (counts.get(hit.conceptId) ?? 0) + 1);
      }
    }
    if (pending.length && deps.scheduler.now() - lastFlush >= FLUSH_INTERVAL_MS) flush();
    paintMs += deps.scheduler.now() - t0;
  }

  /** A match request on its way: painted, in order, once its reply is in. */
  interface InFlight {
    taken: TakenText;
    /** The reply; a failed request (the background restarting, say) settles as no hits. */
    settled: Promise<Hit[]>;
    hits: Hit[] | null;
    /** Sweeps done before its text was gathered. */
    sweepsAt: number;
  }
  const inFlight: InFlight[] = [];
  let batchSweepsAt = 0;

  function send(taken: TakenText): void {
    const sweepsAt = batchSweepsAt;
    batchSweepsAt = sweeps;
    if (!taken.nodes.length) return;
    const t0 = deps.scheduler.now();
    let reply: Hit[] | Promise<Hit[]>;
    try {
      reply = deps.match(taken.text);
    } catch (error) {
      reply = Promise.reject(error);
    }
    sendMs += deps.scheduler.now() - t0;
    const f: InFlight = { taken, settled: Promise.resolve(reply), hits: isThenable(reply) ? null : reply, sweepsAt };
    if (isThenable(reply)) {
      f.settled = reply.then(
        (hits) => (f.hits = hits),
        (error: unknown) => {
          // One request lost costs its text's highlights, not the rest of the page's.
          console.debug('[DiploLens] a match request failed', error);
          return (f.hits = []);
        },
      );
    }
    inFlight.push(f);
  }

  /**
   * Paints the replies that are in, oldest first; with `wait`, waits for the
   * oldest one (or all of them with `all`). The slice ends while it waits.
   */
  function* settle(wait: boolean, all = false): Generator<unknown, void, unknown> {
    while (inFlight.length) {
      const f = inFlight[0]!;
      if (!f.hits) {
        if (!wait) return;
        f.hits = (yield f.settled) as Hit[];
      }
      inFlight.shift();
      paint(f.taken, f.hits, f.sweepsAt !== sweeps);
      yield;
      if (!all) wait = false;
    }
  }

  /**
   * One queue, one sliced runner: scans never interleave, so a block is never
   * painted twice, and a page that mutates without pause gets one bounded
   * stream of work rather than a pile of overlapping tasks.
   */
  const queue: Array<{ root: Node; ownOnly: boolean }> = [];
  /** The roots in `queue`, per kind: a check per root that does not grow with the queue (a burst queues thousands). */
  const queuedFull = new Set<Node>();
  const queuedOwn = new Set<Node>();
  let runner: Task | null = null;
  let idleWaiters: Array<() => void> = [];

  function* drain(): Generator<unknown, void, unknown> {
    const batch = new TextBatch();
    batchSweepsAt = sweeps;
    // Text from several queued scans shares a request (a timeline's new posts).
    while (queue.length) {
      const { root, ownOnly } = queue.shift()!;
      (ownOnly ? queuedOwn : queuedFull).delete(root);
      if (!root.isConnected) continue;
      const item = ++scans;
      if (ownOnly) {
        // A changed block gives up its ranges now, even if no text is left in it,
        // and text of its gathered before now is not painted (see invalidatedBy).
        release(root);
        invalidatedBy.set(root, item);
        lastInvalidation = item;
      }
      const walk = gatherText(root, ownOnly, batch, item, BATCH_CHARS, walkOptions);
      for (let step = walk.next(); !step.done; step = walk.next()) {
        if (step.value === FULL) {
          send(batch.take());
          // Keep walking while the background matches; wait once too much is on its way.
          yield* settle(inFlight.length >= maxInFlight);
        }
        yield;
      }
    }
    // What is left (also when the last queued scans had left the page).
    send(batch.take());
    yield* settle(true, true);
    const t0 = deps.scheduler.now();
    flush();
    paintMs += deps.scheduler.now() - t0;
  }

  function enqueue(roots: Node[], ownOnly: boolean): void {
    const queued = ownOnly ? queuedOwn : queuedFull;
    for (const root of roots) {
      if (queued.has(root)) continue;
      queued.add(root);
      queue.push({ root, ownOnly });
    }
    if (runner || !queue.length) return;
    const task = runSliced(drain(), deps.scheduler, deps.signal, undefined, stats);
    runner = task;
    void task.done.then((completed) => {
      if (runner && runner !== task) return; // a newer runner owns the queue and the waiters
      runner = null;
      // Work abandoned midway: its requests on the way will not be painted.
      if (!completed) inFlight.length = 0;
      if (completed && queue.length) enqueue([], false);
      else if (!queue.length || !completed) {
        const w = idleWaiters;
        idleWaiters = [];
        for (const f of w) f();
      }
    });
  }

  return {
    /** Scans whole subtrees (page load, added posts); earlier ranges inside them are replaced. */
    scan(roots: Node[]): void {
      enqueue(roots, false);
    },
    /** Rescans only the text that belongs to these blocks themselves (a changed paragraph). */
    rescanBlocks(blocks: Node[]): void {
      enqueue(blocks, true);
    },
    /** Resolves when every queued scan has been painted (or the work was stopped). */
    idle(): Promise<void> {
      if (!runner && !queue.length) return Promise.resolve();
      return new Promise((r) => idleWaiters.push(r));
    },
    /** Scans waiting to run (roots in the queue). */
    queued: () => queue.length,
    /** Releases ranges whose block has left the document. */
    sweep(): number {
      sweeps++;
      let n = 0;
      for (const block of [...byBlock.keys()]) {
        if (!block.isConnected) {
          release(block);
          n++;
        }
      }
      return n;
    },
    /** Entries at a point in a text node (the hover card's hit test). */
    entriesAt(node: Node, offset: number): HighlightEntry[] {
      if (node.nodeType !== 3) return [];
      // The node's owning block is its nearest ancestor with entries.
      let list: HighlightEntry[] | undefined;
      for (let p = node.parentNode; p && !list; p = p.parentNode) list = byBlock.get(p)?.entries;
      if (!list) return [];
      return list.filter((e) => {
        const r = e.range;
        const inStart = r.startContainer === node;
        const inEnd = r.endContainer === node;
        if (inStart || inEnd) return (!inStart || offset >= r.startOffset) && (!inEnd || offset < r.endOffset);
        // A hit over three or more nodes ('soft <b><i>power</i></b>'): is the node between its ends?
        return (r.startContainer.compareDocumentPosition(node) & 4) !== 0 && (node.compareDocumentPosition(r.endContainer) & 4) !== 0;
      });
    },
    /** Every live entry, in no particular order. */
    entries(): HighlightEntry[] {
      return [...byBlock.values()].flatMap((r) => r.entries);
    },
    counts(): Map<string, number> {
      return new Map(counts);
    },
    /** Marks one entry as the current occurrence (from the popup's 'next'). */
    setCurrent(entry: HighlightEntry | null): void {
      if (!current) {
        current = deps.createHighlight();
        deps.registry.set(CURRENT_HIGHLIGHT, current);
      }
      current.clear();
      if (entry) current.add(entry.range);
    },
    /** Main-thread time spent so far, in slices. */
    stats: () => ({ ...stats, sendMs, paintMs }),
    /** Removes every range and highlight; the page is as it was. */
    stop(): void {
      queue.length = 0;
      queuedFull.clear();
      queuedOwn.clear();
      inFlight.length = 0;
      pending = [];
      foreign = 0;
      runner?.cancel();
      runner = null;
      for (const name of highlights.keys()) deps.registry.delete(HIGHLIGHT_PREFIX + name);
      for (const h of highlights.values()) h.clear();
      highlights.clear();
      if (current) deps.registry.delete(CURRENT_HIGHLIGHT);
      current = null;
      byBlock.clear();
      counts.clear();
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
