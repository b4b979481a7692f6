/**
 * Layouts for tests (happy-dom lays nothing out, so every box there is empty).
 *
 * `onScreen()`: everything is on screen at once, in a box smaller than the
 * screen: every block is near, nothing is split; the tests written before the
 * window keep their meaning under it.
 *
 * `stacked()`: a page laid out like a plain article: every text node is a
 * line band of its own, one under the other in document order, 20 px per 80
 * characters; an element spans its content. The viewport is `height` px tall
 * and scrolls with `scrollTo`, which tells the watchers, as a scroll does.
 */
import type { Box, Layout } from '../../../utils/highlight/layout';

export function onScreen(): Layout {
  return {
    viewportHeight: () => 800,
    box: (n) => (n.isConnected ? { top: 0, bottom: 10 } : null),
    textBox: (n) => (n.isConnected ? { top: 0, bottom: 10 } : null),
    watch: () => undefined,
  };
}

export interface StackedLayout extends Layout {
  scrollTo(y: number): void;
  /** The page's height. */
  height(): number;
  /** Document coordinates of a text node's band. */
  bandOf(node: Text): Box | undefined;
}

const LINE = 20;
const CHARS_PER_LINE = 80;

export function stacked(root: () => Node, height = 800): StackedLayout {
  let scroll = 0;
  const watchers = new Set<() => void>();
  /** Document coordinates of every node, computed again when asked after a change. */
  let boxes = new Map<Node, Box>();
  let computedFor = -1;
  let version = 0;
  let total = 0;

  function compute(): void {
    boxes = new Map();
    let y = 0;
    const visit = (n: Node): Box | null => {
      if (n.nodeType === 3) {
        const len = (n as Text).data.length;
        if (!len || !(n as Text).data.trim()) return null;
        const b = { top: y, bottom: y + Math.max(1, Math.ceil(len / CHARS_PER_LINE)) * LINE };
        y = b.bottom;
        boxes.set(n, b);
        return b;
      }
      if (n.nodeType === 1 && ['script', 'style', 'template', 'head'].includes((n as Element).localName)) return null;
      let top = Infinity;
      let bottom = -Infinity;
      const kids: Node[] = [...n.childNodes];
      const sr = n.nodeType === 1 ? (n as Element).shadowRoot : null;
      if (sr) kids.push(...sr.childNodes);
      for (const c of kids) {
        const b = visit(c);
        if (b) {
          top = Math.min(top, b.top);
          bottom = Math.max(bottom, b.bottom);
        }
      }
      if (top === Infinity) return null;
      const b = { top, bottom };
      boxes.set(n, b);
      if (sr) boxes.set(sr, b);
      return b;
    };
    visit(root());
    total = y;
    computedFor = version;
  }
  const fresh = () => {
    if (computedFor !== version) compute();
  };
  // Any DOM change moves what follows it: the next question recomputes.
  const mo = new MutationObserver(() => void version++);
  mo.observe(root(), { childList: true, subtree: true, characterData: true });
  const client = (b: Box | undefined | null): Box | null => (b ? { top: b.top - scroll, bottom: b.bottom - scroll } : null);

  return {
    viewportHeight: () => height,
    box(n) {
      fresh();
      const el = n.nodeType === 11 ? (n as ShadowRoot).host : n;
      return n.isConnected ? client(boxes.get(n) ?? boxes.get(el)) : null;
    },
    textBox(start, startOffset, end, endOffset) {
      fresh();
      const pos = (n: Node, o: number) => {
        const b = boxes.get(n);
        if (!b) return null;
        if (n.nodeType !== 3) return b.top;
        const len = (n as Text).data.length || 1;
        return b.top + Math.floor((o / len) * (b.bottom - b.top));
      };
      const a = pos(start, startOffset);
      const z = pos(end, endOffset);
      if (a === null || z === null || !start.isConnected) return null;
      return client({ top: a, bottom: Math.max(a + 1, z) });
    },
    watch(cb, signal) {
      watchers.add(cb);
      signal.addEventListener('abort', () => watchers.delete(cb), { once: true });
    },
    scrollTo(y) {
      scroll = y;
      for (const w of watchers) w();
    },
    height() {
      fresh();
      return total;
    },
    bandOf(node) {
      fresh();
      return boxes.get(node);
    },
  };
}
