/**
 * A character trie frozen into typed arrays: transitions live in one open-addressing hash
 * table keyed by (node, folded UTF-16 code unit), plus a dense table for the root, whose
 * transitions are taken at the start of every word of the text.
 *
 * The stem trie and the ending tries of every inflection class share one table (they have
 * different roots), so a match is one table walk per character whatever the lexicon size.
 */

export type FrozenTable = Omit<FrozenTrie, 'root0'>;

export interface FrozenTrie {
  nodeCount: number;
  /** Hash table slots: node id (-1 = empty), character (or word id, in the phrase trie), target node. */
  slotNode: Int32Array;
  slotChar: Int32Array;
  slotNext: Int32Array;
  mask: number;
  /** Dense transitions of node 0: child for each code unit, or -1. */
  root0: Int32Array;
}

export function hashSlot(node: number, ch: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(ch, 0x85ebca77);
  h ^= h >>> 15;
  return h & mask;
}

/**
 * A trie being built, already in the frozen layout: one open-addressing table of
 * (node, character) → node that grows by doubling at half load. Building into the
 * final table (rather than a Map per node, then copying) keeps a 1,000-concept
 * codebook's ~80,000 nodes out of the garbage collector's way: compiling it went
 * from ~180 ms to well under 100 ms (bench/codebook-compile.ts).
 */
export class TrieBuilder {
  private nodes = 1; // node 0 = the first root
  private used = 0;
  private mask: number;
  private slotNode: Int32Array;
  private slotChar: Int32Array;
  private slotNext: Int32Array;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity) cap *= 2;
    this.mask = cap - 1;
    this.slotNode = new Int32Array(cap).fill(-1);
    this.slotChar = new Int32Array(cap);
    this.slotNext = new Int32Array(cap);
  }

  /**
   * An independent copy with room for about `edges` edges in all (the compiler keeps the
   * ending tries built once and copies them, sized for the lexicon, so the table is not
   * grown and rehashed several times on the way).
   */
  clone(edges = 0): TrieBuilder {
    const c = new TrieBuilder(16);
    c.nodes = this.nodes;
    c.used = this.used;
    let cap = this.mask + 1;
    while (cap < edges * 2) cap *= 2;
    if (cap === this.mask + 1) {
      c.mask = this.mask;
      c.slotNode = this.slotNode.slice();
      c.slotChar = this.slotChar.slice();
      c.slotNext = this.slotNext.slice();
    } else {
      c.mask = this.mask;
      c.slotNode = this.slotNode;
      c.slotChar = this.slotChar;
      c.slotNext = this.slotNext;
      c.rehash(cap);
    }
    return c;
  }

  /** Creates a new root (or any fresh node). */
  newNode(): number {
    return this.nodes++;
  }

  /** The child of `node` by `ch`, created when missing. */
  child(node: number, ch: number): number {
    const mask = this.mask;
    let s = hashSlot(node, ch, mask);
    for (;;) {
      const n = this.slotNode[s]!;
      if (n === -1) break;
      if (n === node && this.slotChar[s] === ch) return this.slotNext[s]!;
      s = (s + 1) & mask;
    }
    const next = this.nodes++;
    this.slotNode[s] = node;
    this.slotChar[s] = ch;
    this.slotNext[s] = next;
    if (++this.used * 2 > mask + 1) this.grow();
    return next;
  }

  /** Walks `s` from `from`, creating nodes as needed; returns the last node. */
  insert(from: number, s: string): number {
    let node = from;
    for (let i = 0; i < s.length; i++) node = this.child(node, s.charCodeAt(i));
    return node;
  }

  get size(): number {
    return this.nodes;
  }

  private grow(): void {
    this.rehash((this.mask + 1) * 2);
  }

  /** Moves every edge into a table of `cap` slots (the old arrays are left as they were). */
  private rehash(cap: number): void {
    const { slotNode, slotChar, slotNext } = this;
    const mask = cap - 1;
    this.mask = mask;
    this.slotNode = new Int32Array(cap).fill(-1);
    this.slotChar = new Int32Array(cap);
    this.slotNext = new Int32Array(cap);
    for (let i = 0; i < slotNode.length; i++) {
      const node = slotNode[i]!;
      if (node === -1) continue;
      let s = hashSlot(node, slotChar[i]!, mask);
      while (this.slotNode[s] !== -1) s = (s + 1) & mask;
      this.slotNode[s] = node;
      this.slotChar[s] = slotChar[i]!;
      this.slotNext[s] = slotNext[i]!;
    }
  }

  /** The finished trie; the builder must not be used afterwards (the tables are shared). */
  freeze(): FrozenTrie {
    const root0 = new Int32Array(65536).fill(-1);
    for (let i = 0; i < this.slotNode.length; i++) if (this.slotNode[i] === 0) root0[this.slotChar[i]!] = this.slotNext[i]!;
    return { ...this.freezeTable(), root0 };
  }

  /** The finished table without the dense root (the phrase trie, whose keys are word ids, not characters). */
  freezeTable(): FrozenTable {
    return { nodeCount: this.nodes, slotNode: this.slotNode, slotChar: this.slotChar, slotNext: this.slotNext, mask: this.mask };
  }
}

/** One transition, or -1. (match.ts inlines the same probe in its hot loop.) */
export function step(t: FrozenTrie, node: number, ch: number): number {
  if (node === 0) return t.root0[ch]!;
  let s = hashSlot(node, ch, t.mask);
  for (;;) {
    const n = t.slotNode[s]!;
    if (n === -1) return -1;
    if (n === node && t.slotChar[s] === ch) return t.slotNext[s]!;
    s = (s + 1) & t.mask;
  }
}

/** One transition of a table without a dense root (the phrase trie), or -1. */
export function stepTable(t: FrozenTable, node: number, key: number): number {
  let s = hashSlot(node, key, t.mask);
  for (;;) {
    const n = t.slotNode[s]!;
    if (n === -1) return -1;
    if (n === node && t.slotChar[s] === key) return t.slotNext[s]!;
    s = (s + 1) & t.mask;
  }
}
