/**
 * Paints lexicon hits with the CSS Custom Highlight API: one `Highlight` per
 * category in `CSS.highlights` ('diplolens-<category>'), filled with
 * StaticRanges. Nothing is added to or changed in the page's DOM.
 *
 * Lifecycle:  scan(root) → segments → match(text) → StaticRanges → register
 *             mutation → rescan the changed blocks only → release stale ranges
 *             stop() → every range and highlight removed
 *
 * StaticRange, not Range: live Ranges are updated by the browser on every DOM
 * mutation of the page, which would make our presence slow the page's own
 * updates. Stale static ranges are released when their block changes.
 */
import type { Hit } from '../lexicon/types';
import { newStats, runSliced, type Scheduler, type Task } from './scheduler';
import { segmentsOf, type Segment } from './segments';


export const HIGHLIGHT_PREFIX = 'diplolens-';
/** Text matched per call: ~16 KB is under a millisecond of matching (50 MB/s), and amortises per-call cost. */
const BATCH_CHARS = 16_384;
/** The occurrence chosen from the popup ('next'), painted on top. */
export const CURRENT_HIGHLIGHT = 'diplolens-current';

export interface HighlightEntry {
  hit: Hit;
  category: string;
  range: AbstractRange;
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
  match(text: string): Hit[];
  categoryOf(conceptId: string): string;
  scheduler: Scheduler;
  signal?: AbortSignal;
}

export function createHighlighter(deps: HighlighterDeps) {
  const highlights = new Map<string, HighlightLike>();
  /** Entries per owning block, so a changed block releases exactly its ranges. */
  const byBlock = new Map<Node, HighlightEntry[]>();
  /** Entries touching each text node, for hit-testing a point. */
  const byNode = new WeakMap<Text, HighlightEntry[]>();
  const counts = new Map<string, number>();
  let current: HighlightLike | null = null;
  const stats = newStats();
  let matchMs = 0;
  let paintMs = 0;

  function highlightFor(category: string): HighlightLike {
    let h = highlights.get(category);
    if (!h) {
      h = deps.createHighlight();
      highlights.set(category, h);
      deps.registry.set(HIGHLIGHT_PREFIX + category, h);
    }
    return h;
  }

  function release(block: Node): void {
    const list = byBlock.get(block);
    if (!list) return;
    byBlock.delete(block);
    for (const e of list) {
      highlights.get(e.category)?.delete(e.range);
      current?.delete(e.range);
      const n = (counts.get(e.hit.conceptId) ?? 1) - 1;
      if (n > 0) counts.set(e.hit.conceptId, n);
      else counts.delete(e.hit.conceptId);
    }
  }

  function pointIn(seg: Segment, pos: number, end: boolean): { node: Text; offset: number } {
    let lo = 0;
    let hi = seg.starts.length - 1;
    const p = end && pos > 0 ? pos - 1 : pos;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return { node: seg.nodes[lo]!, offset: pos - seg.starts[lo]! };
  }

  function paintHit(seg: Segment, hit: Hit, list: HighlightEntry[]): void {
    const a = pointIn(seg, hit.start, false);
    const b = pointIn(seg, hit.end, true);
    const range = deps.createRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
    const category = deps.categoryOf(hit.conceptId);
    const entry: HighlightEntry = { hit, category, range, block: seg.block };
    list.push(entry);
    highlightFor(category).add(range);
    counts.set(hit.conceptId, (counts.get(hit.conceptId) ?? 0) + 1);
    const first = seg.nodes.indexOf(a.node);
    const last = seg.nodes.indexOf(b.node, first);
    for (let i = first; i <= last; i++) {
      const node = seg.nodes[i]!;
      const touching = byNode.get(node);
      if (touching) touching.push(entry);
      else byNode.set(node, [entry]);
    }
  }

  /**
   * Matches many segments in one call: the matcher's per-call cost is paid once
   * per ~16 KB rather than once per paragraph. Segments are joined with U+0000,
   * which the matcher treats as punctuation: no term spans two segments.
   */
  function paintBatch(segs: Segment[]): void {
    if (!segs.length) return;
    const text = segs.map((s) => s.text).join('\u0000');
    const t0 = deps.scheduler.now();
    const hits = deps.match(text);
    const t1 = deps.scheduler.now();
    matchMs += t1 - t0;
    let si = 0;
    let base = 0;
    for (const hit of hits) {
      while (si < segs.length && hit.start >= base + segs[si]!.text.length + 1) {
        base += segs[si]!.text.length + 1;
        si++;
      }
      const seg = segs[si];
      if (!seg || hit.end > base + seg.text.length) continue;
      let list = byBlock.get(seg.block);
      if (!list) {
        list = [];
        byBlock.set(seg.block, list);
      }
      paintHit(seg, { ...hit, start: hit.start - base, end: hit.end - base }, list);
    }
    paintMs += deps.scheduler.now() - t1;
  }

  /**
   * One queue, one sliced runner: scans never interleave, so a block is never
   * painted twice, and a page that mutates without pause gets one bounded
   * stream of work rather than a pile of overlapping tasks.
   */
  const queue: Array<{ root: Node; ownOnly: boolean }> = [];
  let runner: Task | null = null;
  let idleWaiters: Array<() => void> = [];

  function* drain(): Generator<unknown> {
    while (queue.length) {
      const { root, ownOnly } = queue.shift()!;
      if (!root.isConnected) continue;
      const released = new Set<Node>();
      if (ownOnly) {
        release(root);
        released.add(root);
      }
      let batch: Segment[] = [];
      let chars = 0;
      for (const seg of segmentsOf(root, ownOnly)) {
        if (seg) {
          // A block being scanned again first gives up what it had.
          if (!released.has(seg.block)) {
            release(seg.block);
            released.add(seg.block);
          }
          batch.push(seg);
          chars += seg.text.length;
          if (chars >= BATCH_CHARS) {
            paintBatch(batch);
            batch = [];
            chars = 0;
          }
        }
        yield;
      }
      paintBatch(batch);
    }
  }

  function enqueue(roots: Node[], ownOnly: boolean): void {
    for (const root of roots) {
      if (!queue.some((q) => q.root === root && q.ownOnly === ownOnly)) queue.push({ root, ownOnly });
    }
    if (runner || !queue.length) return;
    const task = runSliced(drain(), deps.scheduler, deps.signal, undefined, stats);
    runner = task;
    void task.done.then((completed) => {
      runner = null;
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
      const list = byNode.get(node as Text) ?? [];
      return list.filter((e) => {
        const r = e.range;
        const afterStart = r.startContainer !== node || offset >= r.startOffset;
        const beforeEnd = r.endContainer !== node || offset < r.endOffset;
        return byBlock.get(e.block)?.includes(e) && afterStart && beforeEnd;
      });
    },
    /** Every live entry, in no particular order. */
    entries(): HighlightEntry[] {
      return [...byBlock.values()].flat();
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
    stats: () => ({ ...stats, matchMs, paintMs }),
    /** Removes every range and highlight; the page is as it was. */
    stop(): void {
      queue.length = 0;
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
