/**
 * Which text on a page is content. Shared by the highlighter, the quote
 * selectors and re-anchoring, so that offsets mean the same thing everywhere.
 */

/** Elements whose text is never content (code, styles, form fields, templates). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** The tag of DiploLens's own shadow-root UI host; its contents are never scanned. */
export const OWN_UI_TAG = 'diplolens-ui';

/** True when the element and its subtree hold no content text for us. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === OWN_UI_TAG.toUpperCase()) return true;
  // Editable regions belong to the user; `isContentEditable` is computed and
  // inherited, but happy-dom lacks it, so the attribute is checked too.
  const html = el as HTMLElement;
  if (html.isContentEditable === true) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  // Cheap hidden checks only: no style computation (that forces layout).
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/**
 * Calls `visit` for every content text node under `root`, in document order,
 * descending into open shadow roots. Iterative (deep pages would overflow a
 * recursive walk).
 */
export function forEachTextNode(root: Node, visit: (node: Text) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node as Text;
      if (t.data.length) visit(t);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) continue;
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      const shadow = el.shadowRoot;
      if (shadow) stack.push(shadow);
      continue;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}

/** True when the text node sits inside content (used for selections and mutations). */
export function isContentText(node: Node, stopAt: Node | null = null): boolean {
  for (let el = node.parentElement; el && el !== stopAt; el = el.parentElement) {
    if (isSkippedElement(el)) return false;
  }
  return true;
}
