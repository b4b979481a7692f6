/**
 * Splits a subtree's content text into segments: the runs of text nodes that
 * share their nearest block-level ancestor. A concept may run across inline
 * elements ('soft <b>power</b>') but never across paragraphs, so segments are
 * the unit the matcher sees. Block-ness is read from the tag name alone, never
 * from computed style (that would force layout on the page).
 */
import { isSkippedElement } from '../dom/text-nodes';

/** Block-level elements by localName (lower case for HTML: no case folding per element). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'caption', 'legend', 'menu', 'optgroup',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
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

/**
 * Pieces of one very long text node (a plain-text page, a big <pre>), cut at
 * white space near MAX_SEGMENT_CHARS, so matching it never becomes one long
 * task. A piece's `starts` is minus its offset in the node: offsets computed
 * against the piece map back to the node exactly. A cut prefers a line break;
 * a two-word term that straddles a cut at a space is missed (at most once per
 * 4,000 characters of such text).
 */
function* piecesOf(block: Node, t: Text): Generator<Segment> {
  const data = t.data;
  let from = 0;
  while (from < data.length) {
    let to = Math.min(data.length, from + MAX_SEGMENT_CHARS);
    if (to < data.length) {
      const space = data.lastIndexOf(' ', to);
      const nl = data.lastIndexOf('\n', to);
      const cut = Math.max(space, nl);
      // No white space in the window (a long token): cut hard rather than grow.
      if (cut > from) to = cut + 1;
    }
    yield { block, nodes: [t], starts: [-from], text: data.slice(from, to) };
    from = to;
  }
}

function* flush(block: Node, nodes: Text[]): Generator<Segment> {
  if (!nodes.length) return;
  let parts: string[] = [];
  let seg: Segment = { block, nodes: [], starts: [], text: '' };
  let len = 0;
  const emit = function* () {
    if (seg.nodes.length) {
      seg.text = parts.join('');
      yield seg;
    }
    seg = { block, nodes: [], starts: [], text: '' };
    parts = [];
    len = 0;
  };
  for (const t of nodes) {
    if (t.data.length > MAX_SEGMENT_CHARS) {
      yield* emit();
      yield* piecesOf(block, t);
      continue;
    }
    if (len > MAX_SEGMENT_CHARS && /\s$/.test(parts[parts.length - 1] ?? '')) yield* emit();
    seg.nodes.push(t);
    seg.starts.push(len);
    parts.push(t.data);
    len += t.data.length;
  }
  yield* emit();
}

/**
 * Yields the segments of `root`'s subtree in document order, pausing (null)
 * every few hundred nodes so a caller can slice the walk. With `ownOnly`,
 * nested blocks are not entered (the text that belongs to `root` itself).
 *
 * The walk follows firstChild/nextSibling links with a stack of the blocks it
 * is inside: no per-node allocation, which made the earlier stack-of-tuples walk
 * the most expensive part of highlighting a large page (bench/highlight.ts).
 */
export function* segmentsOf(root: Node, ownOnly = false): Generator<Segment | null> {
  const pending = new Map<Node, Text[]>();
  const order: Node[] = [];
  const shadows: ShadowRoot[] = [];
  const add = (block: Node, t: Text) => {
    let list = pending.get(block);
    if (!list) {
      list = [];
      pending.set(block, list);
      order.push(block);
    }
    list.push(t);
  };

  if (root.nodeType === 3) {
    if ((root as Text).data.length) add(nearestBlock(root), root as Text);
  } else if (!(root.nodeType === 1 && isSkippedElement(root as Element))) {
    const rootBlock = root.nodeType === 1 && isBlock(root as Element) ? root : root.nodeType === 11 ? root : nearestBlock(root);
    if (root.nodeType === 1 && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
    const blocks: Node[] = [rootBlock];
    const leave = (x: Node) => {
      if (blocks.length > 1 && blocks[blocks.length - 1] === x) blocks.pop();
    };
    let visited = 0;
    let n: Node | null = root.firstChild;
    while (n) {
      let descend = false;
      const type = n.nodeType;
      if (type === 3) {
        if ((n as Text).data.length) add(blocks[blocks.length - 1]!, n as Text);
      } else if (type === 1) {
        const el = n as Element;
        if (!isSkippedElement(el)) {
          if (isBlock(el)) {
            if (!ownOnly) {
              blocks.push(el);
              descend = true;
            }
          } else descend = true;
          if (descend && el.shadowRoot) shadows.push(el.shadowRoot);
        }
      }
      if (++visited % 512 === 0) yield null;
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      // Done with n's subtree: on to its next sibling, or up until there is one.
      for (;;) {
        leave(n);
        if (n.nextSibling) {
          n = n.nextSibling;
          break;
        }
        n = n.parentNode;
        if (!n || n === root) {
          n = null;
          break;
        }
      }
    }
  }
  for (const block of order) yield* flush(block, pending.get(block)!);
  // Open shadow roots: their own segments (text never joins across the boundary).
  for (const sr of shadows) yield* segmentsOf(sr, false);
}
