/**
 * Splits a subtree's content text into segments: the runs of text nodes that
 * share their nearest block-level ancestor. A concept may run across inline
 * elements ('soft <b>power</b>') but never across paragraphs, so segments are
 * the unit the matcher sees. Block-ness is read from the tag name alone, never
 * from computed style (that would force layout on the page).
 */
import { isSkippedElement } from '../dom/text-nodes';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'CAPTION', 'LEGEND', 'MENU', 'OPTGROUP',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block ancestor of a node (or a shadow root / document fragment as the last resort). */
export function nearestBlock(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n) {
    if (n.nodeType === 1 && isBlock(n as Element)) return n;
    if (n.nodeType === 11 || n.nodeType === 9) return n;
    n = n.parentNode;
  }
  return node;
}

export interface Segment {
  /** The block that owns this run of text. */
  block: Node;
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Longest text the matcher gets at once; longer runs are cut at white space so one slice stays small. */
export const MAX_SEGMENT_CHARS = 4000;

function* flush(block: Node, nodes: Text[]): Generator<Segment> {
  if (!nodes.length) return;
  let parts: string[] = [];
  let seg: Segment = { block, nodes: [], starts: [], text: '' };
  let len = 0;
  for (const t of nodes) {
    if (len > MAX_SEGMENT_CHARS && /\s$/.test(parts[parts.length - 1] ?? '')) {
      seg.text = parts.join('');
      yield seg;
      seg = { block, nodes: [], starts: [], text: '' };
      parts = [];
      len = 0;
    }
    seg.nodes.push(t);
    seg.starts.push(len);
    parts.push(t.data);
    len += t.data.length;
  }
  seg.text = parts.join('');
  yield seg;
}

/**
 * Yields the segments of `root`'s subtree in document order, pausing between
 * elements so a caller can slice the walk. With `ownOnly`, nested blocks are
 * not entered (the text that belongs to `root` itself).
 */
export function* segmentsOf(root: Node, ownOnly = false): Generator<Segment | null> {
  // Each frame: a node to visit, and the block its text belongs to.
  const pending = new Map<Node, Text[]>();
  const order: Node[] = [];
  const stack: Array<[Node, Node]> = [[root, nearestBlock(root)]];
  let visited = 0;
  while (stack.length) {
    const [node, block] = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node as Text;
      if (!t.data.length) continue;
      let list = pending.get(block);
      if (!list) {
        list = [];
        pending.set(block, list);
        order.push(block);
      }
      list.push(t);
      continue;
    }
    let childBlock = block;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) continue;
      if (node !== root && isBlock(el)) {
        if (ownOnly) continue;
        childBlock = el;
      } else if (node === root && isBlock(el)) childBlock = el;
      if (el.shadowRoot) stack.push([el.shadowRoot, el.shadowRoot]);
    } else if (node.nodeType === 11 || node.nodeType === 9) {
      childBlock = node.nodeType === 11 ? node : block;
    } else continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, childBlock]);
    // Hand out finished blocks as we go: a block is finished when the walk has
    // left it, which we approximate by flushing every few hundred elements.
    if (++visited % 256 === 0) {
      yield null;
    }
  }
  for (const block of order) yield* flush(block, pending.get(block)!);
}
