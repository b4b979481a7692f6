/**
 * Which leaves are near the viewport (regions.ts): those within READ_SCREENS
 * of it are read if they are not yet; those within NEAR_SCREENS have their
 * hits registered, and stay so until they are FAR_SCREENS away (so a reader
 * scrolling back and forth does not make the registry churn). Regions taller
 * than a screen are split on the way, far ones are never looked into.
 *
 * A list of sibling regions is searched, not scanned: a binary search on
 * their boxes finds the first one near, then the walk goes on while they are
 * near, and a few past the last (a sidebar or a grid cell out of line with its
 * neighbours). Boxes are read once per update.
 */
import type { Box, Layout } from './layout';
import type { Leaf, Region, Regions } from './regions';

/**
 * Text is read within two screens above and below the viewport: reading ahead
 * costs the page nothing after it is done (no range is registered for it), and
 * a reply from the background takes a few frames, so what scrolls in next is
 * read before it arrives.
 */
export const READ_SCREENS = 2;
/**
 * Hits are registered within half a screen of the viewport, and taken out of
 * the registry once more than one screen away. Every registered range costs
 * the page ~10 µs in each frame in which anything in it changed (Chromium
 * rebuilds the markers of all of them), so this margin is the page's cost of
 * a highlighted page that changes: kept to what a scroll needs to find its
 * next screen painted (bench/highlight-cost.ts: coverage at a fast pace).
 */
export const NEAR_SCREENS = 0.5;
export const FAR_SCREENS = 1;
/**
 * On a page that changes all the time (a ticker, a live dashboard), the
 * markers are rebuilt in every frame: then only what is on screen, plus a
 * sliver, is registered.
 */
export const BUSY_NEAR_SCREENS = 0.1;
export const BUSY_FAR_SCREENS = 0.25;
/** A region near enough to be read and taller than this many screens is split into its parts. */
export const SPLIT_SCREENS = 1;
/** Lists longer than this are binary-searched. */
const SCAN_ALL_BELOW = 24;
/** Regions out of the window in a row after which a walk along siblings stops. */
const MISSES_TO_STOP = 6;

export interface NearLeaf {
  leaf: Leaf;
  box: Box;
}

export interface WindowPlan {
  /** Leaves whose hits should be registered now. */
  near: NearLeaf[];
  /** Near leaves not read yet (or changed since): to read, nearest first. */
  toRead: Leaf[];
  /** Regions found detached from the page on the way (to be forgotten). */
  detached: Region[];
  /** The windows, in client coordinates: hits registered within `inner`, kept within `outer`; text read within `read`. */
  inner: Box;
  outer: Box;
  read: Box;
}

export function planWindow(regions: Regions, layout: Layout, busy = false): WindowPlan {
  const h = Math.max(1, layout.viewportHeight());
  const near = busy ? BUSY_NEAR_SCREENS : NEAR_SCREENS;
  const far = busy ? BUSY_FAR_SCREENS : FAR_SCREENS;
  const inner = { top: -near * h, bottom: h + near * h };
  const outer = { top: -far * h, bottom: h + far * h };
  const read = { top: -READ_SCREENS * h, bottom: h + READ_SCREENS * h };
  const plan: WindowPlan = { near: [], toRead: [], detached: [], inner, outer, read };
  const boxes = new Map<Node, Box | null>();
  const boxOf = (n: Node) => {
    if (!boxes.has(n)) boxes.set(n, n.isConnected ? layout.box(n) : null);
    return boxes.get(n)!;
  };
  const intersects = (b: Box, w: Box) => b.bottom >= w.top && b.top <= w.bottom;

  function consider(leaf: Leaf, box: Box): void {
    if ((leaf.state === 'unread' || leaf.state === 'dirty') && intersects(box, read)) plan.toRead.push(leaf);
    if (intersects(box, inner)) plan.near.push({ leaf, box });
    else if (leaf.near && intersects(box, outer)) plan.near.push({ leaf, box }); // in the band between: stays as it was
  }

  /** Visits one region; 'miss' when it is rendered but out of the window, 'none' when not rendered. */
  function visit(region: Region): 'hit' | 'miss' | 'none' {
    if (!region.root.isConnected) {
      plan.detached.push(region);
      return 'none';
    }
    const box = boxOf(region.root);
    if (!box) return 'none';
    if (!intersects(box, read)) return 'miss';
    if (!region.children && region.leaf.state === 'unread' && box.bottom - box.top > SPLIT_SCREENS * h) {
      regions.split(region);
    }
    consider(region.leaf, box);
    if (region.pieces) visitPieces(region.pieces);
    if (region.children) visitList(region.children);
    return 'hit';
  }

  function visitPieces(pieces: Leaf[]): void {
    const boxOfPiece = (l: Leaf) => layout.textBox(l.piece!.node, l.piece!.from, l.piece!.node, l.piece!.to);
    const start = firstNear(pieces.length, (i) => boxOfPiece(pieces[i]!));
    for (let i = start; i < pieces.length; i++) {
      const b = boxOfPiece(pieces[i]!);
      if (!b) continue;
      if (b.top > read.bottom) break;
      if (intersects(b, read)) consider(pieces[i]!, b);
    }
  }

  /**
   * Index of the first item whose box reaches the read window's top, by binary
   * search over boxes in document order (unrendered ones are stepped over).
   */
  function firstNear(n: number, box: (i: number) => Box | null): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let j = mid;
      let b: Box | null = null;
      while (j < hi && !(b = box(j))) j++;
      if (!b) {
        hi = mid;
        continue;
      }
      if (b.bottom < read.top) lo = j + 1;
      else hi = mid;
    }
    return lo;
  }

  function visitList(list: Region[]): void {
    if (list.length < SCAN_ALL_BELOW) {
      for (const r of list) visit(r);
      return;
    }
    const start = firstNear(list.length, (i) => (list[i]!.root.isConnected ? boxOf(list[i]!.root) : null));
    // A few before too: a region out of line with its neighbours (a float, a grid cell).
    for (let i = start - 1, misses = 0; i >= 0 && misses < MISSES_TO_STOP; i--) if (visit(list[i]!) === 'miss') misses++;
    for (let i = start, misses = 0; i < list.length && misses < MISSES_TO_STOP; i++) {
      const r = visit(list[i]!);
      if (r === 'miss') misses++;
      else if (r === 'hit') misses = 0;
    }
  }

  visitList(regions.roots);
  // Nearest first: what is on screen is read before what is around it.
  const distance = (l: Leaf) => {
    const b = l.piece ? layout.textBox(l.piece.node, l.piece.from, l.piece.node, l.piece.to) : boxOf(l.region.root);
    return b ? Math.max(0, b.top - h, -b.bottom) : Infinity;
  };
  if (plan.toRead.length > 1) {
    const d = new Map(plan.toRead.map((l) => [l, distance(l)]));
    plan.toRead.sort((a, b) => d.get(a)! - d.get(b)!);
  }
  return plan;
}

/**
 * Of the hits of a leaf taller than the window (a long article in one block,
 * a plain-text page), the run that lies in `w`: hits in document order follow
 * each other down the page, so two binary searches over their boxes find it.
 */
export function hitsInWindow<T>(items: readonly T[], boxOf: (item: T) => Box | null, w: Box): T[] {
  const n = items.length;
  const find = (pred: (b: Box) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = boxOf(items[mid]!);
      if (b && pred(b)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = find((b) => b.bottom >= w.top);
  const to = find((b) => b.top > w.bottom);
  return items.slice(from, Math.max(from, to));
}
