/**
 * A flat string of a subtree's content text, with the text node that each
 * stretch came from, so that string offsets (from the matcher, or a saved
 * TextPositionSelector) map back to DOM Ranges and back again.
 * After the Hypothesis client's text-range module: strings in, Ranges at the edge.
 */
import { forEachTextNode } from './text-nodes';

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  starts: number[];
}

export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  forEachTextNode(root, (t) => {
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  });
  return { text: parts.join(''), nodes, starts };
}

/** Index of the node holding offset `pos` (the last node whose start ≤ pos). */
function nodeAt(index: TextIndex, pos: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Text node and offset for a string position; `end` prefers the earlier node at a boundary. */
export function pointAt(index: TextIndex, pos: number, end = false): { node: Text; offset: number } | null {
  if (!index.nodes.length || pos < 0 || pos > index.text.length) return null;
  let i = nodeAt(index, end && pos > 0 ? pos - 1 : pos);
  const node = index.nodes[i]!;
  return { node, offset: pos - index.starts[i]! };
}

/** A DOM Range over text[start, end), or null when out of bounds. */
export function rangeFor(index: TextIndex, start: number, end: number, doc: Document): Range | null {
  if (start >= end) return null;
  const a = pointAt(index, start);
  const b = pointAt(index, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** String offset of a DOM point (node, offset), or null when the point is outside the index. */
export function offsetOf(index: TextIndex, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const i = index.nodes.indexOf(node as Text);
    return i < 0 ? null : index.starts[i]! + offset;
  }
  // An element point: the position before its `offset`-th child; take the
  // first indexed text node at or after that point.
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  for (let i = 0; i < index.nodes.length; i++) {
    const t = index.nodes[i]!;
    if (probe.comparePoint(t, 0) >= 0) return index.starts[i]!;
  }
  return index.text.length;
}
