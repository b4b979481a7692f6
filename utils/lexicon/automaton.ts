/**
 * A character trie frozen into typed arrays: transitions live in one open-addressing hash
 * table keyed by (node, folded UTF-16 code unit), plus a dense table for the root, whose
 * transitions are taken at the start of every word of the text.
 *
 * The stem trie and the ending tries of every inflection class share one table (they have
 * different roots), so a match is one table walk per character whatever the lexicon size.
 */

export interface FrozenTrie {
  nodeCount: number;
  /** Hash table slots: node id (-1 = empty), character, target node. */
  slotNode: Int32Array;
  slotChar: Uint16Array;
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

/** A mutable trie with Map edges; `freeze()` turns it into a FrozenTrie. */
export class TrieBuilder {
  private readonly edges: Map<number, number>[] = [new Map()];

  /** Creates a new root (or any fresh node). */
  newNode(): number {
    this.edges.push(new Map());
    return this.edges.length - 1;
  }

  /** Walks `s` from `from`, creating nodes as needed; returns the last node. */
  insert(from: number, s: string): number {
    let node = from;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      const m = this.edges[node]!;
      let next = m.get(ch);
      if (next === undefined) {
        next = this.newNode();
        m.set(ch, next);
      }
      node = next;
    }
    return node;
  }

  get size(): number {
    return this.edges.length;
  }

  freeze(): FrozenTrie {
    let edgeCount = 0;
    for (const m of this.edges) edgeCount += m.size;
    let cap = 16;
    while (cap < edgeCount * 2) cap *= 2;
    const mask = cap - 1;
    const slotNode = new Int32Array(cap).fill(-1);
    const slotChar = new Uint16Array(cap);
    const slotNext = new Int32Array(cap);
    this.edges.forEach((m, node) => {
      for (const [ch, next] of m) {
        let s = hashSlot(node, ch, mask);
        while (slotNode[s] !== -1) s = (s + 1) & mask;
        slotNode[s] = node;
        slotChar[s] = ch;
        slotNext[s] = next;
      }
    });
    const root0 = new Int32Array(65536).fill(-1);
    for (const [ch, next] of this.edges[0]!) root0[ch] = next;
    return { nodeCount: this.edges.length, slotNode, slotChar, slotNext, mask, root0 };
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
