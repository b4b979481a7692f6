/**
 * The parts of the page the highlighter reads, refined only where they are
 * looked at. Each scanned root (the body; in posts mode, each official post)
 * starts as one unread region. A region on or near the screen that is taller
 * than the screen is split, once, into its own text and one region per child
 * that holds blocks (and pieces of any giant text node in it); regions far
 * away stay whole and unread. So a long page costs, at first, only the part
 * that is on screen, and splitting costs one look at the children of what is
 * near.
 *
 * A leaf is what is read as one unit: a region not split (read whole), the own
 * text of a split one (read `ownOnly`, its giant text nodes left to their
 * pieces), or one piece of a giant text node. Its hits are recorded under
 * `keys` (owning blocks, or the piece itself).
 *
 * Text belongs to its nearest block whoever reads it (text-runs.ts), and the
 * split follows that rule: the own text of a block is its text outside the
 * blocks inside it, and a child that is an inline element holding blocks is a
 * region of its own whose read gathers only those blocks (its other text is the
 * parent's own).
 */
import { isSkippedElement, OWN_UI_TAG, SKIP_TAGS } from '../dom/text-nodes';
import { isPageChrome } from './page-chrome';
import { isBlock, TEXT_BLOCK_SELECTOR, textPieces } from './text-runs';

/** A text node longer than this is read in pieces as they come on screen (a plain-text page, a big <pre>). */
export const GIANT_TEXT_CHARS = 32_768;
/** Size of those pieces: about a screen of monospace text (45 lines of 150 characters is ~7 KB). */
export const PIECE_CHARS = 8_192;

export type LeafState = 'unread' | 'queued' | 'read' | 'dirty';

export interface Piece {
  node: Text;
  from: number;
  to: number;
}

export interface Leaf {
  region: Region;
  /** With `piece`, a piece of that text node; else the region's root, read whole or (ownOnly) its own text. */
  ownOnly: boolean;
  piece?: Piece;
  /** Giant text nodes left to their pieces by an ownOnly read. */
  skipText?: Set<Text>;
  state: LeafState;
  /** Keys its hits are recorded under (HighlightEntry records): owning blocks, or the piece. */
  keys: Set<object>;
  /** In the window at its last update: its hits are registered. */
  near: boolean;
}

export interface Region {
  root: Node;
  parent: Region | null;
  /** Read whole while not split; after a split, its own text only. */
  leaf: Leaf;
  /** After a split: child regions and pieces, in document order. */
  children: Region[] | null;
  pieces: Leaf[] | null;
  /** Tried and found nothing to split into (a tall paragraph). */
  whole: boolean;
}

export interface RegionOptions {
  /** Elements left out of reading (the walk's skipSelector; a valid selector). */
  skipSelector?: string;
  /** Page chrome is left out (page mode). */
  chrome?: boolean;
  /** Roots that own their text though they are no block (posts): never split. */
  ownsText?: (root: Node) => boolean;
}

const up = (n: Node): Node | null => n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null);

/** Order of two nodes in the composed tree (a shadow root's contents sit inside its host). */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chain = (n: Node) => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = up(x)) out.push(x);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return -1; // a contains b
  if (i === cb.length) return 1;
  const x = ca[i]!;
  const y = cb[i]!;
  // Siblings in one tree, or a shadow root against its host's children (the shadow root first).
  if (x.nodeType === 11) return -1;
  if (y.nodeType === 11) return 1;
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
}

export function createRegions(opts: RegionOptions) {
  const byRoot = new Map<Node, Region>();
  /** The scanned roots' regions, in document order. */
  const roots: Region[] = [];
  /** Pieces of giant text nodes, by node (the hover card finds a piece's hits from its node). */
  const piecesOf = new Map<Text, Leaf[]>();

  const newLeaf = (region: Region, ownOnly: boolean): Leaf => ({ region, ownOnly, state: 'unread', keys: new Set(), near: false });

  function newRegion(root: Node, parent: Region | null): Region {
    const region = { root, parent, children: null, pieces: null, whole: false } as unknown as Region;
    region.leaf = newLeaf(region, false);
    byRoot.set(root, region);
    return region;
  }

  /** Position of `node` among sorted regions (binary search in document order). */
  function insertAt(list: Region[], node: Node): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (documentOrder(list[mid]!.root, node) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function skipped(el: Element): boolean {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || tag === OWN_UI_TAG || isSkippedElement(el)) return true;
    if (opts.skipSelector && el.matches(opts.skipSelector)) return true;
    return !!opts.chrome && isPageChrome(el);
  }

  /** The nearest region whose root is `node` or an ancestor of it (across shadow roots), or null. */
  function regionOf(node: Node): Region | null {
    for (let n: Node | null = node; n; n = up(n)) {
      const r = byRoot.get(n);
      if (r) return r;
    }
    return null;
  }

  /** Every leaf of a region, its descendants' too. */
  function* leaves(region: Region): Generator<Leaf> {
    yield region.leaf;
    if (region.pieces) yield* region.pieces;
    if (region.children) for (const c of region.children) yield* leaves(c);
  }

  /** Forgets a region and everything in it; returns its leaves (for their hits to be released). */
  function drop(region: Region): Leaf[] {
    const out = [...leaves(region)];
    const forget = (r: Region) => {
      byRoot.delete(r.root);
      for (const p of r.pieces ?? []) piecesOf.delete(p.piece!.node);
      for (const c of r.children ?? []) forget(c);
    };
    forget(region);
    return out;
  }

  /**
   * Splits an unread region into its own text, its children that hold blocks,
   * and pieces of its giant text nodes. False when there is nothing to split
   * (then it stays one leaf, read whole).
   */
  function split(region: Region): boolean {
    if (region.children || region.whole || region.leaf.state !== 'unread') return false;
    const root = region.root;
    const isRootBlock = root.nodeType === 1 && isBlock(root as Element);
    if (root.nodeType === 1 && !isRootBlock && opts.ownsText?.(root)) {
      region.whole = true;
      return false;
    }
    const children: Region[] = [];
    const giant: Text[] = [];
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if ((c as Text).data.length > GIANT_TEXT_CHARS) giant.push(c as Text);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (skipped(el)) continue;
      if (isBlock(el) || el.querySelector(TEXT_BLOCK_SELECTOR)) children.push(newRegion(el, region));
    }
    if (!children.length && !giant.length) {
      region.whole = true;
      return false;
    }
    region.children = children;
    // The own text of a block (or a shadow root); an inline root has none (its text is its parent block's).
    region.leaf = newLeaf(region, true);
    if (!isRootBlock && root.nodeType === 1) region.leaf.state = 'read';
    if (giant.length) {
      region.leaf.skipText = new Set(giant);
      region.pieces = [];
      for (const node of giant) {
        const list: Leaf[] = [];
        for (const [from, to] of textPieces(node.data, PIECE_CHARS)) {
          const leaf = newLeaf(region, false);
          leaf.piece = { node, from, to };
          list.push(leaf);
        }
        piecesOf.set(node, list);
        region.pieces.push(...list);
      }
    }
    return true;
  }

  return {
    roots,
    regionOf,
    leaves,
    split,
    piecesOf: (node: Text) => piecesOf.get(node),

    /** Adds a scanned root (unread); one already known is returned as it is. */
    addRoot(root: Node): Region {
      const known = byRoot.get(root);
      if (known && !known.parent) return known;
      const region = newRegion(root, null);
      roots.splice(insertAt(roots, root), 0, region);
      return region;
    },

    /**
     * A child region for `node` inside split `parent` (a block added to it), at
     * its place; the direct child of parent's root that holds it if `node` is deeper.
     * Null when that child is left out (chrome, skipped) or holds no block.
     */
    addChild(parent: Region, node: Node): Region | null {
      let c: Node | null = node;
      while (c && up(c) !== parent.root) c = up(c);
      if (!c || c.nodeType !== 1) return null;
      const el = c as Element;
      if (byRoot.has(el)) return byRoot.get(el)!;
      if (skipped(el) || !(isBlock(el) || el.querySelector(TEXT_BLOCK_SELECTOR))) return null;
      const region = newRegion(el, parent);
      const list = parent.children!;
      list.splice(insertAt(list, el), 0, region);
      return region;
    },

    /** Makes `region` one unread leaf again (its content was replaced); returns the leaves that held hits. */
    reset(region: Region): Leaf[] {
      const old = [...leaves(region)];
      for (const c of region.children ?? []) drop(c);
      for (const p of region.pieces ?? []) piecesOf.delete(p.piece!.node);
      region.children = null;
      region.pieces = null;
      region.whole = false;
      region.leaf = newLeaf(region, false);
      return old;
    },

    /** Removes a region from its parent's (or the roots') list; returns its leaves. */
    remove(region: Region): Leaf[] {
      const list = region.parent ? region.parent.children! : roots;
      const i = list.indexOf(region);
      if (i >= 0) list.splice(i, 1);
      return drop(region);
    },

    /** Forgets everything. */
    clear(): void {
      byRoot.clear();
      piecesOf.clear();
      roots.length = 0;
    },
  };
}

export type Regions = ReturnType<typeof createRegions>;
