/**
 * Paints lexicon hits with the CSS Custom Highlight API: one `Highlight` per
 * category in `CSS.highlights` ('diplolens-<category>'), filled with
 * StaticRanges. Nothing is added to or changed in the page's DOM.
 *
 * Only what is near the viewport is read and registered. Chromium rebuilds a
 * marker for every registered range whenever the registry changes, the DOM
 * changes anywhere, or style changes (~10 µs per range each time on this
 * project's machine: with the ~7,000 ranges of a 1 MB page every change the
 * page itself made cost 50–70 ms), so the number registered must stay small
 * whatever the page's size:
 *
 *   scan(root) → regions (regions.ts), unread
 *   each frame something moved: the window (viewport-window.ts) → near leaves
 *     unread → read: runs of text (text-runs.ts), 64 KB per request → match
 *       (in the background) → entries (hits with their StaticRange), counted
 *     read → their entries registered; far ones taken out (kept, not discarded)
 *     → all registry changes of a frame in one go
 *   mutation near → the changed blocks only (a block that keeps changing at
 *     most once a second); far → the leaf is marked, read again when near
 *   complete() (the popup's counts, 'next occurrence') → everything read
 *   stop() → every range and highlight removed
 *
 * StaticRange, not Range: live Ranges are updated by the browser on every DOM
 * mutation of the page, which would make our presence slow the page's own
 * updates. Stale static ranges are released when their block changes.
 */
import type { Hit } from '../lexicon/types';
import { browserLayout, type Box, type Layout } from './layout';
import { createRegions, documentOrder, type Leaf, type Region } from './regions';
import { isThenable, newStats, runSliced, type Scheduler, type Task } from './scheduler';
import { FULL, gatherPiece, gatherText, TextBatch, type TakenText, type WalkOptions } from './text-runs';
import { hitsInWindow, planWindow } from './viewport-window';

export const HIGHLIGHT_PREFIX = 'diplolens-';
/**
 * Text per match request. The matcher runs in the background; each request
 * costs the page a message (serialising the text) and a reply. Larger messages
 * cost more per byte to send: 64 KB ~9–11 ms per MB of text, 256 KB ~15, 1 MB
 * ~20 with one 55 ms task (bench/highlight.ts on this project's two-core machine).
 */
export const BATCH_CHARS = 65_536;
/** The occurrence chosen from the popup ('next'), painted on top. */
export const CURRENT_HIGHLIGHT = 'diplolens-current';
/** A near block changed again within this long is "hot" (a ticker, a clock)... */
export const HOT_MS = 300;
/** ...and is read again at most this often, whatever the page does: text that changes faster is not read by anyone. */
export const HOT_INTERVAL_MS = 1000;
/** Changes closer together than a frame are one change. */
const FRAME_MS = 8;
/** A leaf taller than this many screens registers only its hits in the window, not all of them. */
const TALL_SCREENS = 2;

export interface HighlightEntry {
  hit: Hit;
  category: string;
  range: AbstractRange;
  /** False once released (its block changed or left), so it is never registered again. */
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
  /** Where things are on screen; the browser's (layout.ts) by default. Tests give their own. */
  layout?: Layout;
  /** Next frame (requestAnimationFrame by default): the window is updated, and the registry changed, there. */
  nextFrame?: (cb: () => void) => void;
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
  /** Leave out page chrome: the site's header, navigation, footer, cookie banners (page mode; page-chrome.ts). */
  skipChrome?: boolean;
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

/** Entries recorded under one key (an owning block, or a piece of a giant text node), and the scan that painted them. */
interface BlockEntries {
  scan: number;
  entries: HighlightEntry[];
}

/** One unit of reading work. */
interface Job {
  /** 'leaf': a leaf read whole; 'block': a changed block's own text again; 'added': an added subtree of a read leaf. */
  kind: 'leaf' | 'block' | 'added';
  root: Node;
  leaf: Leaf;
}

export function createHighlighter(deps: HighlighterDeps) {
  const win = deps.doc.defaultView as (Window & typeof globalThis) | null;
  const layout = deps.layout ?? browserLayout(win!);
  const nextFrame = deps.nextFrame ?? ((cb: () => void) => void win?.requestAnimationFrame(cb));
  const highlights = new Map<string, HighlightLike>();
  /** Entries per key (owning block, or piece), so a changed block releases exactly its ranges. */
  const byBlock = new Map<object, BlockEntries>();
  let scans = 0;
  const counts = new Map<string, number>();
  let current: HighlightLike | null = null;
  const stats = newStats();
  let sendMs = 0;
  let paintMs = 0;
  let windowMs = 0;
  let stopped = false;
  const maxInFlight = Math.max(1, deps.maxInFlight ?? 1);
  const skipSelector = validSelector(deps.doc, deps.skipSelector);
  const walkOptions: WalkOptions = {
    skipSelector,
    onShadowRoot: deps.onShadowRoot,
    ownsText: deps.ownsText,
    chrome: deps.skipChrome,
  };
  const regions = createRegions({ skipSelector, chrome: deps.skipChrome, ownsText: deps.ownsText });

  function highlightFor(category: string): HighlightLike {
    let h = highlights.get(category);
    if (!h) {
      h = deps.createHighlight();
      highlights.set(category, h);
      deps.registry.set(HIGHLIGHT_PREFIX + category, h);
    }
    return h;
  }

  // ── the registry: what is registered, changed once per frame ───────────────
  const registered = new Set<HighlightEntry>();
  let updateQueued = false;
  /** Leaves whose hits were registered at the last update. */
  let nearLeaves = new Set<Leaf>();
  let sweepPending = false;

  /** A frame's work is queued; with `geometryWanted`, the window is planned again (boxes read). */
  let geometryWanted = false;

  /**
   * Asks for an update at the next frame. `geometry`: what is on screen may
   * have moved (a scroll, a resize, new regions), so boxes are read again;
   * without it (hits released or painted), only the registry follows, from
   * the window already known: a page that changes every frame is not laid out
   * again by us every frame.
   */
  function requestUpdate(geometry = true): void {
    if (stopped) return;
    if (geometry) geometryWanted = true;
    if (updateQueued) return;
    updateQueued = true;
    nextFrame(() => {
      updateQueued = false;
      if (stopped || deps.signal?.aborted) return;
      try {
        update();
      } catch (error) {
        console.debug('[DiploLens] window update failed', error);
      }
      maybeIdle();
    });
  }

  /** Resolves the waiters of readIdle() once nothing is read, and of idle() once nothing waits for its frame either. */
  function maybeIdle(): void {
    if (runner || urgent.length || background.length) return;
    const r = readWaiters;
    readWaiters = [];
    for (const f of r) f();
    if (updateQueued) return;
    const w = idleWaiters;
    idleWaiters = [];
    for (const f of w) f();
  }

  /** The entries of a leaf, in document order. */
  function entriesOf(leaf: Leaf): HighlightEntry[] {
    const out: HighlightEntry[] = [];
    for (const key of leaf.keys) {
      const rec = byBlock.get(key);
      if (rec) for (const e of rec.entries) if (e.live) out.push(e);
    }
    return out;
  }

  const rangeBox = (e: HighlightEntry): Box | null =>
    layout.textBox(e.range.startContainer, e.range.startOffset, e.range.endContainer, e.range.endOffset);

  /** Releases the entries of a leaf's keys whose block has left the page (a removal under it). */
  function sweepLeaf(leaf: Leaf): void {
    for (const key of [...leaf.keys]) {
      const rec = byBlock.get(key);
      const block = rec?.entries[0]?.block ?? (key as Node);
      const node = leaf.piece && key === leaf ? leaf.piece.node : block;
      if (!node.isConnected) {
        release(key);
        leaf.keys.delete(key);
      }
    }
  }

  /**
   * Frames in which the page changed, over the last second: a page that
   * changes in most frames is busy (BUSY_NEAR_SCREENS).
   */
  const changeFrames: number[] = [];
  let busy = false;
  const BUSY_FRAMES_PER_S = 20;

  function noteChange(): void {
    const now = deps.scheduler.now();
    if (changeFrames.length && now - changeFrames[changeFrames.length - 1]! < FRAME_MS) return;
    changeFrames.push(now);
    while (changeFrames.length && changeFrames[0]! < now - 1000) changeFrames.shift();
    const nowBusy = changeFrames.length >= BUSY_FRAMES_PER_S;
    if (nowBusy !== busy) {
      busy = nowBusy;
      requestUpdate(true);
    }
  }

  function isBusy(): boolean {
    const now = deps.scheduler.now();
    while (changeFrames.length && changeFrames[0]! < now - 1000) changeFrames.shift();
    busy = changeFrames.length >= BUSY_FRAMES_PER_S;
    return busy;
  }

  /** The near leaves of the last planned window, and for a tall one the hits of it in the window then. */
  let lastNear: Array<{ leaf: Leaf; tall: boolean; windowed: HighlightEntry[] | null }> = [];

  /**
   * Finds what is near (when something may have moved), starts reading what is
   * not read, and registers the hits near the viewport, taking out those far
   * away: every change to the registry of this frame in one go.
   */
  function update(): void {
    const t0 = deps.scheduler.now();
    if (geometryWanted || !lastNear.length) {
      geometryWanted = false;
      const plan = planWindow(regions, layout, isBusy());
      for (const region of plan.detached) releaseLeaves(regions.remove(region));
      for (const leaf of plan.toRead) enqueueLeaf(leaf, true);
      const h = layout.viewportHeight();
      lastNear = plan.near.map(({ leaf, box }) => {
        const tall = box.bottom - box.top > TALL_SCREENS * h;
        const list = tall ? entriesOf(leaf) : null;
        return { leaf, tall, windowed: list && list.length > 32 ? hitsInWindow(list, rangeBox, plan.inner) : list };
      });
    }
    const wanted = new Set<HighlightEntry>();
    const near = new Set<Leaf>();
    for (const n of lastNear) {
      if (!n.leaf.region.root.isConnected) continue;
      near.add(n.leaf);
      n.leaf.near = true;
      if (sweepPending) sweepLeaf(n.leaf);
      for (const e of n.windowed ?? entriesOf(n.leaf)) if (e.live) wanted.add(e);
    }
    sweepPending = false;
    for (const leaf of nearLeaves) if (!near.has(leaf)) leaf.near = false;
    nearLeaves = near;
    for (const e of registered) {
      if (!wanted.has(e)) {
        highlights.get(e.category)?.delete(e.range);
        registered.delete(e);
      }
    }
    for (const e of wanted) {
      if (!registered.has(e)) {
        highlightFor(e.category).add(e.range);
        registered.add(e);
      }
    }
    windowMs += deps.scheduler.now() - t0;
  }

  // ── reading: walk → match → entries ─────────────────────────────────────────
  /**
   * The scan being painted, and how many keys in byBlock another scan
   * painted: while there are none (a page's first scan), blocks without hits
   * need no look-up at all.
   */
  let paintingScan = -1;
  let foreign = 0;
  /** The leaf each scan reads for: its hits are recorded as that leaf's. */
  const leafOfScan = new Map<number, Leaf>();

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

  function release(key: object): void {
    const rec = byBlock.get(key);
    if (!rec) return;
    byBlock.delete(key);
    if (rec.scan !== paintingScan) foreign--;
    for (const e of rec.entries) {
      e.live = false;
      current?.delete(e.range);
      const n = (counts.get(e.hit.conceptId) ?? 1) - 1;
      if (n > 0) counts.set(e.hit.conceptId, n);
      else counts.delete(e.hit.conceptId);
    }
    // Out of the registry at the next frame, with the frame's other changes.
    if (registered.size) requestUpdate(false);
  }

  function releaseLeaves(leaves: Iterable<Leaf>): void {
    for (const leaf of leaves) {
      for (const key of leaf.keys) release(key);
      leaf.keys.clear();
      leaf.near = false;
      nearLeaves.delete(leaf);
    }
  }

  function beginScan(scan: number): void {
    if (scan === paintingScan) return;
    paintingScan = scan;
    foreign = byBlock.size;
  }

  /**
   * Records the hits of one match request. Walks the text nodes and the hits
   * together, in document order: a block met in a later scan than the one that
   * painted it gives up its earlier ranges (also when it has no hits now), then
   * its new hits are recorded. Hit offsets are into `t.text`.
   */
  function paint(t: TakenText, hits: readonly Hit[], sweptSince: boolean): void {
    const t0 = deps.scheduler.now();
    const { nodes, starts, owners, scanStarts, scanIds, pieceOffsets, keys, pieceEnds } = t;
    const n = nodes.length;
    // One init object for every range: StaticRange copies it (and building a
    // literal per range was a measurable part of painting a large page).
    const init = { startContainer: nodes[0]! as Node, startOffset: 0, endContainer: nodes[0]! as Node, endOffset: 0 };
    let h = 0;
    let k = -1;
    let nextScanAt = scanStarts[0] ?? Infinity;
    let scan = -1;
    let leaf: Leaf | undefined;
    let lastKey: object | null = null;
    let looked = false;
    let stale = false;
    let rec: BlockEntries | undefined;
    let nearPainted = false;
    let tallPainted = false;
    for (let i = 0; i < n; i++) {
      if (i === nextScanAt) {
        k++;
        scan = scanIds[k]!;
        nextScanAt = scanStarts[k + 1] ?? Infinity;
        beginScan(scan);
        leaf = leafOfScan.get(scan);
        lastKey = null;
      }
      const owner = owners[i]!;
      const key = keys?.get(i) ?? owner;
      if (key !== lastKey) {
        lastKey = key;
        rec = undefined;
        looked = false;
        stale =
          (lastInvalidation > scan && (invalidatedBy.get(owner) ?? 0) > scan) || (sweptSince && !owner.isConnected);
        if (!stale && foreign > 0) {
          rec = byBlock.get(key);
          looked = true;
          if (rec && rec.scan !== scan) {
            release(key);
            rec = undefined;
          }
        }
      }
      const next = i + 1 < n ? starts[i + 1]! : Infinity;
      const ownEnd = pieceEnds?.get(i) ?? Infinity;
      for (; h < hits.length && hits[h]!.start < next; h++) {
        if (stale) continue;
        const hit = hits[h]!;
        // A hit that starts in a piece's look-ahead is the next piece's.
        if (hit.start >= ownEnd) continue;
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
          // Recorded earlier in this same scan (its text ran over two requests), or not at all.
          rec = byBlock.get(key);
          looked = true;
        }
        if (!rec) {
          byBlock.set(key, (rec = { scan, entries: [] }));
          leaf?.keys.add(key);
        }
        rec.entries.push({ hit, category, range, block: owner, live: true });
        counts.set(hit.conceptId, (counts.get(hit.conceptId) ?? 0) + 1);
        if (leaf?.near) nearPainted = true;
        if (leaf?.near && lastNear.some((x) => x.leaf === leaf && x.tall)) tallPainted = true;
      }
    }
    // New hits of a near leaf: registered at the next frame (a tall leaf's: those in the window, so boxes are read).
    if (nearPainted) requestUpdate(tallPainted);
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
   * Two queues, one sliced runner: what is near the viewport first, then the
   * rest (the popup's counts). Jobs never interleave, so a block is never
   * painted twice, and a page that mutates without pause gets one bounded
   * stream of work rather than a pile of overlapping tasks.
   */
  const urgent: Job[] = [];
  const background: Job[] = [];
  /** Blocks and added roots queued, per kind: a check per job that does not grow with the queue. */
  const queuedBlocks = new Set<Node>();
  const queuedAdded = new Set<Node>();
  let runner: Task | null = null;
  let idleWaiters: Array<() => void> = [];
  let readWaiters: Array<() => void> = [];

  /** Gathers a job's text: a piece of a giant text node, a leaf's root (whole or its own text), a changed block's own text. */
  function* walkJob(job: Job, batch: TextBatch, item: number): Generator<typeof FULL | null, void> {
    const { leaf } = job;
    if (job.kind === 'leaf' && leaf.piece) {
      yield* gatherPiece(leaf.piece.node, leaf.piece.from, leaf.piece.to, leaf, batch, item, BATCH_CHARS);
      return;
    }
    const ownOnly = job.kind === 'block' || (job.kind === 'leaf' && leaf.ownOnly);
    const opts = job.kind === 'leaf' && leaf.skipText ? { ...walkOptions, skipText: leaf.skipText } : walkOptions;
    yield* gatherText(job.root, ownOnly, batch, item, BATCH_CHARS, opts);
  }

  function* drain(): Generator<unknown, void, unknown> {
    const batch = new TextBatch();
    batchSweepsAt = sweeps;
    // Text from several jobs shares a request (a timeline's new posts).
    for (;;) {
      const job = urgent.shift() ?? background.shift();
      if (!job) break;
      const { leaf } = job;
      if (job.kind === 'block') queuedBlocks.delete(job.root);
      if (job.kind === 'added') queuedAdded.delete(job.root);
      if (job.kind === 'leaf') {
        if (leaf.state !== 'queued') continue; // reset or dropped meanwhile
        // Read again from nothing: its earlier hits (a leaf changed while far) are released.
        for (const key of leaf.keys) release(key);
        leaf.keys.clear();
        leaf.state = 'read';
      }
      const root = job.root;
      if (!root.isConnected) continue;
      const item = ++scans;
      leafOfScan.set(item, leaf);
      if (job.kind === 'block') {
        // A changed block gives up its ranges now, even if no text is left in it,
        // and text of its gathered before now is not painted (see invalidatedBy).
        release(root);
        invalidatedBy.set(root, item);
        lastInvalidation = item;
      }
      const walk = walkJob(job, batch, item);
      for (let step = walk.next(); !step.done; step = walk.next()) {
        if (step.value === FULL) {
          send(batch.take());
          // Keep walking while the background matches; wait once too much is on its way.
          yield* settle(inFlight.length >= maxInFlight);
        }
        yield;
      }
    }
    // What is left (also when the last jobs had left the page).
    send(batch.take());
    yield* settle(true, true);
    if (!inFlight.length) leafOfScan.clear();
  }

  function run(): void {
    if (runner || (!urgent.length && !background.length) || stopped) return;
    const task = runSliced(drain(), deps.scheduler, deps.signal, undefined, stats);
    runner = task;
    void task.done.then((completed) => {
      if (runner && runner !== task) return; // a newer runner owns the queue and the waiters
      runner = null;
      // Work abandoned midway: its requests on the way will not be painted.
      if (!completed) inFlight.length = 0;
      if (completed && (urgent.length || background.length)) run();
      else if (!completed) {
        // Stopped: nothing more will come.
        const w = [...idleWaiters, ...readWaiters];
        idleWaiters = [];
        readWaiters = [];
        for (const f of w) f();
      } else maybeIdle();
    });
  }

  function enqueueLeaf(leaf: Leaf, near: boolean): void {
    if (leaf.state !== 'unread' && leaf.state !== 'dirty') return;
    leaf.state = 'queued';
    const job: Job = { kind: 'leaf', root: leaf.piece?.node ?? leaf.region.root, leaf };
    (near ? urgent : background).push(job);
    run();
  }

  // ── changes of the page ──────────────────────────────────────────────────────
  /** Changes of near leaves that keep changing, waiting for their next read (at most once per HOT_INTERVAL_MS). */
  const hot = new Map<Leaf, { blocks: Set<Node>; added: Set<Node>; at: number }>();
  const streaks = new WeakMap<Leaf, { last: number; streak: number }>();

  /**
   * Whether a leaf keeps changing: this is at least its third change in a row
   * each within HOT_MS of the one before. Changes closer than a frame are one
   * change (an observer batch reports a block and what was added to it).
   */
  function isHot(leaf: Leaf, now: number): boolean {
    const s = streaks.get(leaf);
    if (!s) {
      streaks.set(leaf, { last: now, streak: 0 });
      return false;
    }
    const gap = now - s.last;
    if (gap < FRAME_MS) return s.streak >= 2;
    s.streak = gap < HOT_MS ? s.streak + 1 : 0;
    s.last = now;
    return s.streak >= 2;
  }
  let hotTimer: ReturnType<typeof setTimeout> | undefined;

  function flushHot(): void {
    hotTimer = undefined;
    if (stopped || deps.signal?.aborted) return;
    const due = deps.scheduler.now() - HOT_INTERVAL_MS;
    for (const [leaf, p] of hot) {
      if (p.at > due) continue;
      hot.delete(leaf);
      for (const b of p.blocks) queueChange(leaf, 'block', b);
      for (const a of p.added) queueChange(leaf, 'added', a);
    }
    if (hot.size) hotTimer = setTimeout(flushHot, HOT_INTERVAL_MS / 4);
    run();
  }

  function queueChange(leaf: Leaf, kind: 'block' | 'added', node: Node): void {
    if (!node.isConnected || leaf.state !== 'read') return;
    const set = kind === 'block' ? queuedBlocks : queuedAdded;
    if (set.has(node)) return;
    set.add(node);
    urgent.push({ kind, root: node, leaf });
  }

  /**
   * A change at `node` inside `region` (a block whose own text changed, or an
   * added subtree). Unread: nothing to do, its read will see it. Far: the
   * leaf is marked and read again when it comes near (or the counts are
   * asked). Near: the change alone is read, at once the first time, at most
   * once a second while it keeps changing.
   */
  function changed(region: Region, node: Node, kind: 'block' | 'added'): void {
    if (region.pieces && (node === region.root || node.nodeType === 3)) {
      // The giant text node itself may have changed: its pieces' offsets mean nothing now.
      releaseLeaves(regions.reset(region));
      requestUpdate();
      return;
    }
    const leaf = region.leaf;
    if (region.children && kind === 'added' && node !== region.root) {
      const child = regions.addChild(region, node);
      if (child) {
        requestUpdate();
        return;
      }
    }
    // Unread, or queued and not begun: its read will see the change. Dirty: it is read again anyway.
    if (leaf.state !== 'read') return;
    if (!leaf.near) {
      leaf.state = 'dirty';
      return;
    }
    const now = deps.scheduler.now();
    const pending = hot.get(leaf);
    if (pending || isHot(leaf, now)) {
      const p = pending ?? { blocks: new Set<Node>(), added: new Set<Node>(), at: now };
      (kind === 'block' ? p.blocks : p.added).add(node);
      if (!pending) hot.set(leaf, p);
      hotTimer ??= setTimeout(flushHot, HOT_INTERVAL_MS);
      return;
    }
    queueChange(leaf, kind, node);
    run();
  }

  function scanRoot(root: Node): void {
    const region = regions.regionOf(root);
    if (!region) {
      regions.addRoot(root);
    } else if (region.root === root) {
      // Scanned again (a rescan after a burst, a post judged again): read afresh when near.
      releaseLeaves(regions.reset(region));
    } else {
      changed(region, root, 'added');
      return;
    }
    requestUpdate();
  }

  /** Every leaf read (the popup's counts, 'next occurrence'): far ones too, in the background queue. */
  function readAll(): void {
    for (const root of [...regions.roots]) {
      if (!root.root.isConnected) {
        releaseLeaves(regions.remove(root));
        continue;
      }
      for (const leaf of regions.leaves(root)) {
        sweepLeaf(leaf);
        enqueueLeaf(leaf, false);
      }
    }
    run();
  }

  /**
   * Resolves when every queued read has been painted (not waiting for the
   * frame that registers it: a hidden tab gets no frames).
   */
  function readIdle(): Promise<void> {
    if (stopped || (!runner && !urgent.length && !background.length)) return Promise.resolve();
    return new Promise((r) => readWaiters.push(r));
  }

  /** Resolves when every queued read has been painted and registered (or the work was stopped). */
  function idle(): Promise<void> {
    if (stopped || (!updateQueued && !runner && !urgent.length && !background.length)) return Promise.resolve();
    return new Promise((r) => idleWaiters.push(r));
  }

  // (The hot timer needs no listener on the signal: stop() clears it, and it does nothing once the signal is aborted.)
  if (deps.signal) layout.watch(() => requestUpdate(true), deps.signal);

  return {
    /** Scans whole subtrees (page load, added posts): read as they come near; earlier hits inside them are replaced. */
    scan(roots: Node[]): void {
      if (roots.length && regions.roots.length) noteChange();
      for (const root of roots) scanRoot(root);
    },
    /** Rescans only the text that belongs to these blocks themselves (a changed paragraph). */
    rescanBlocks(blocks: Node[]): void {
      if (blocks.length) noteChange();
      for (const block of blocks) {
        const region = regions.regionOf(block);
        if (region) changed(region, block, 'block');
      }
    },
    idle,
    /**
     * Reads everything not read yet (or changed since), far from the viewport
     * too, and resolves when it is painted: then counts() and entries() cover
     * the whole page. No range of it is registered unless it comes near.
     */
    async complete(): Promise<void> {
      for (let i = 0; i < 4; i++) {
        readAll();
        await readIdle();
        if (stopped || ![...regions.roots].some((r) => [...regions.leaves(r)].some((l) => l.state !== 'read'))) return;
      }
    },
    /** Jobs waiting to run. */
    queued: () => urgent.length + background.length + hot.size,
    /**
     * Something was removed: ranges whose block left the page are released
     * where they are registered (at the next frame), the rest when the whole
     * page is read again (complete()).
     */
    sweep(): void {
      sweeps++;
      noteChange();
      sweepPending = true;
      requestUpdate(false);
    },
    /** Entries at a point in a text node (the hover card's hit test). */
    entriesAt(node: Node, offset: number): HighlightEntry[] {
      if (node.nodeType !== 3) return [];
      // The node's owning block is its nearest ancestor with entries; a giant node's are its pieces'.
      let list: HighlightEntry[] | undefined = regions
        .piecesOf(node as Text)
        ?.flatMap((p) => byBlock.get(p)?.entries ?? []);
      if (!list?.length) list = undefined;
      for (let p = node.parentNode; p && !list; p = p.parentNode) list = byBlock.get(p)?.entries;
      if (!list) return [];
      return list.filter((e) => {
        if (!e.live) return false;
        const r = e.range;
        const inStart = r.startContainer === node;
        const inEnd = r.endContainer === node;
        if (inStart || inEnd) return (!inStart || offset >= r.startOffset) && (!inEnd || offset < r.endOffset);
        // A hit over three or more nodes ('soft <b><i>power</i></b>'): is the node between its ends?
        return (r.startContainer.compareDocumentPosition(node) & 4) !== 0 && (node.compareDocumentPosition(r.endContainer) & 4) !== 0;
      });
    },
    /** Every live entry read so far (all of the page's after complete()), in no particular order. */
    entries(): HighlightEntry[] {
      return [...byBlock.values()].flatMap((r) => r.entries.filter((e) => e.live));
    },
    /** Entries of one concept in document order (after complete(): the whole page's). */
    entriesOf(conceptId: string): HighlightEntry[] {
      const list = [...byBlock.values()].flatMap((r) => r.entries.filter((e) => e.live && e.hit.conceptId === conceptId));
      return list.sort((a, b) =>
        a.range.startContainer === b.range.startContainer
          ? a.range.startOffset - b.range.startOffset
          : documentOrder(a.range.startContainer, b.range.startContainer),
      );
    },
    /** Occurrences per concept in what has been read (the whole page after complete()). */
    counts(): Map<string, number> {
      return new Map(counts);
    },
    /** Ranges registered now. */
    registeredCount: () => registered.size,
    /** Marks one entry as the current occurrence (from the popup's 'next'); it is registered on its own. */
    setCurrent(entry: HighlightEntry | null): void {
      if (!current) {
        current = deps.createHighlight();
        deps.registry.set(CURRENT_HIGHLIGHT, current);
      }
      current.clear();
      if (entry) current.add(entry.range);
    },
    /** Main-thread time spent so far: sliced reading, plus the window's updates. */
    stats: () => ({ ...stats, busyMs: stats.busyMs + windowMs, sendMs, paintMs, windowMs, registered: registered.size }),
    /** Removes every range and highlight; the page is as it was. */
    stop(): void {
      stopped = true;
      urgent.length = 0;
      background.length = 0;
      queuedBlocks.clear();
      queuedAdded.clear();
      inFlight.length = 0;
      hot.clear();
      clearTimeout(hotTimer);
      foreign = 0;
      runner?.cancel();
      runner = null;
      for (const name of highlights.keys()) deps.registry.delete(HIGHLIGHT_PREFIX + name);
      for (const h of highlights.values()) h.clear();
      highlights.clear();
      registered.clear();
      lastNear = [];
      if (current) deps.registry.delete(CURRENT_HIGHLIGHT);
      current = null;
      byBlock.clear();
      counts.clear();
      regions.clear();
      const w = [...idleWaiters, ...readWaiters];
      idleWaiters = [];
      readWaiters = [];
      for (const f of w) f();
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
