/**
 * Which text on a page is content. Shared by the highlighter, the quote
 * selectors and re-anchoring, so that offsets mean the same thing everywhere.
 */

/** Elements whose text is never content (code, styles, form fields, templates), by localName. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** The tag of DiploLens's own shadow-root UI host; its contents are never scanned. */
export const OWN_UI_TAG = 'diplolens-ui';

/** True when the element and its subtree hold no content text for us. */
export function isSkippedElement(el: Element): boolean {
  // localName is lower case for HTML and as written for SVG/MathML: no case folding per element.
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || tag === OWN_UI_TAG) return true;
  // Most elements carry no attribute that matters here: skip the look-ups (this runs per element).
  if (!el.hasAttributes()) return false;
  // Editable regions belong to the user. The walk stops at the editable root, so the
  // attribute suffices (isContentEditable would also be inherited, and costs more).
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
