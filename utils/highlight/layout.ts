/**
 * Where things are on screen, as the highlighter's window (window.ts) asks it:
 * the viewport's height, the vertical extent of a node or of a piece of text in
 * client coordinates, and a call when what is on screen may have moved. In the
 * browser these are getBoundingClientRect and scroll, resize and size events;
 * tests give a layout of their own (happy-dom lays nothing out).
 *
 * Boxes are read in a frame callback, after the page's own changes of that
 * frame have been recorded: the browser lays the page out for that frame
 * anyway, so a read there moves that work earlier rather than adding to it.
 */

export interface Box {
  top: number;
  bottom: number;
}

export interface Layout {
  /** Height of the viewport (client coordinates run from 0 to it). */
  viewportHeight(): number;
  /** The vertical extent of an element (or a shadow root's host), or null when it is not rendered. */
  box(node: Node): Box | null;
  /** The vertical extent of some text, or null when it is not rendered. */
  textBox(start: Node, startOffset: number, end: Node, endOffset: number): Box | null;
  /**
   * Calls `cb` whenever what is on screen may have changed: a scroll (of the
   * window or of any scrolling box), a resize, the page growing or shrinking.
   * Listeners end with `signal`.
   */
  watch(cb: () => void, signal: AbortSignal): void;
}

const visible = (r: DOMRect): Box | null => (r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom });

export function browserLayout(win: Window & typeof globalThis): Layout {
  const doc = win.document;
  let range: Range | null = null;
  return {
    viewportHeight: () => win.innerHeight || doc.documentElement.clientHeight,
    box(node) {
      const el = node.nodeType === 11 ? (node as ShadowRoot).host : node.nodeType === 1 ? (node as Element) : node.parentElement;
      return el ? visible(el.getBoundingClientRect()) : null;
    },
    textBox(start, startOffset, end, endOffset) {
      range ??= doc.createRange();
      try {
        range.setStart(start, startOffset);
        range.setEnd(end, endOffset);
      } catch {
        return null; // the text changed under it
      }
      return visible(range.getBoundingClientRect());
    },
    watch(cb, signal) {
      const opts = { passive: true, capture: true, signal };
      // Capture: scroll events of scrolling boxes do not bubble, but they pass the document on the way.
      doc.addEventListener('scroll', cb, opts);
      win.addEventListener('resize', cb, { passive: true, signal });
      // Images, fonts and the page's own changes move what is below them.
      if (typeof win.ResizeObserver === 'function') {
        const ro = new win.ResizeObserver(() => cb());
        ro.observe(doc.documentElement);
        signal.addEventListener('abort', () => ro.disconnect(), { once: true });
      }
    },
  };
}
