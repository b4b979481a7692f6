/**
 * Gathers a subtree's content text for matching: the text nodes in document
 * order, cut into runs at block boundaries. A concept may run across inline
 * elements ('soft <b>power</b>') but never across paragraphs, so each run ends
 * with U+0000, which the matcher treats as punctuation. Block-ness is read from
 * the tag name alone, never from computed style (that would force layout on
 * the page).
 *
 * The walk is the main-thread part of highlighting that grows with the page
 * (matching runs in the background), so it is kept flat: it follows
 * firstChild/nextSibling links with a stack of the blocks it is inside, and
 * appends to parallel arrays (no object per node or per run). Reading a DOM
 * property from the content script's isolated world costs far more than in
 * the page's own scripts, so each node is asked as little as possible.
 */
import { isSkippedElement, OWN_UI_TAG, SKIP_TAGS } from '../dom/text-nodes';
import { chromeUnder, insideChrome } from './page-chrome';

/** Block-level elements by localName (lower case for HTML: no case folding per element). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'caption', 'legend', 'menu', 'optgroup',
]);

/**
 * The only elements that can host a shadow root (DOM Standard, attachShadow:
 * these and custom elements, whose names hold a hyphen). Asking any other
 * element for its shadowRoot is a wasted call from the isolated world.
 */
const SHADOW_HOST_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
  'nav', 'p', 'section', 'span',
]);
const mayHostShadow = (tag: string) => SHADOW_HOST_TAGS.has(tag) || tag.includes('-');

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/**
 * The blocks that can hold text, as one selector: the observer asks an added
 * inline or custom element once, natively, whether blocks came inside it
 * (br and hr hold no text, so a <span> with a <br> is still only inline).
 */
export const TEXT_BLOCK_SELECTOR = [...BLOCK_TAGS].filter((t) => t !== 'br' && t !== 'hr').join(',');

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

/** Ends every run: the matcher sees it as punctuation, so no term spans two runs. */
export const RUN_END = '\u0000';

/** Text taken from a batch for one match request, with what maps its offsets back to the page. */
export interface TakenText {
  text: string;
  /** Per text node: the node, where its data starts in `text`, and its owning block. */
  nodes: Text[];
  starts: number[];
  owners: Node[];
  /** The scans the text came from: scan `scanIds[k]` begins at node `scanStarts[k]`. */
  scanStarts: number[];
  scanIds: number[];
  /**
   * Entries that are a piece of a very long text node (see `piecesOf`): entry
   * index → the piece's offset in its node. Absent for whole nodes (offset 0).
   */
  pieceOffsets?: Map<number, number>;
  /**
   * Entries whose hits are recorded under a key of their own rather than their
   * owning block (node index → key): the pieces of a giant text node, read one
   * by one as they come on screen, each keep their own hits.
   */
  keys?: Map<number, object>;
  /**
   * Entries that are a piece read with a look-ahead past its end (node index →
   * where, in `text`, the piece's own text ends): a term that runs across the
   * cut is found whole by the piece it starts in, and a hit that starts in the
   * look-ahead is left to the next piece.
   */
  pieceEnds?: Map<number, number>;
}

/** Characters read past a piece's end, so that no term is cut in two (the lexicon's longest term is far shorter). */
export const PIECE_LOOKAHEAD = 96;

/** Text being gathered for one match request. */
export class TextBatch {
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private owners: Node[] = [];
  private scanStarts: number[] = [];
  private scanIds: number[] = [];
  private scan = -1;
  private pieceOffsets: Map<number, number> | undefined;
  private keys: Map<number, object> | undefined;
  private pieceEnds: Map<number, number> | undefined;
  /** Characters gathered (runs and their ends). */
  length = 0;
  /** Inside a run: the last part added is text, not RUN_END. */
  private open = false;

  /**
   * Adds a text node's data, or with `offset` a piece of it that starts there
   * in the node; with `key`, its hits are recorded under that key (TakenText.keys).
   */
  add(node: Text, data: string, owner: Node, scan: number, offset = 0, key?: object, ownLength?: number): void {
    if (offset) (this.pieceOffsets ??= new Map()).set(this.nodes.length, offset);
    if (key) (this.keys ??= new Map()).set(this.nodes.length, key);
    if (ownLength !== undefined && ownLength < data.length) (this.pieceEnds ??= new Map()).set(this.nodes.length, this.length + ownLength);
    if (scan !== this.scan) {
      this.scan = scan;
      this.scanStarts.push(this.nodes.length);
      this.scanIds.push(scan);
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.owners.push(owner);
    this.parts.push(data);
    this.length += data.length;
    this.open = true;
  }

  /** Ends the current run, if one is open. */
  end(): void {
    if (!this.open) return;
    this.parts.push(RUN_END);
    this.length += 1;
    this.open = false;
  }

  /** Everything gathered so far (ending the open run); the batch is empty afterwards. */
  take(): TakenText {
    this.end();
    const { nodes, starts, owners, scanStarts, scanIds, pieceOffsets, keys, pieceEnds } = this;
    const taken = { text: this.parts.join(''), nodes, starts, owners, scanStarts, scanIds, pieceOffsets, keys, pieceEnds };
    this.pieceOffsets = undefined;
    this.keys = undefined;
    this.pieceEnds = undefined;
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.owners = [];
    this.scanStarts = [];
    this.scanIds = [];
    this.scan = -1;
    this.length = 0;
    return taken;
  }
}

/** What a walk may be told besides its root. */
export interface WalkOptions {
  /**
   * Elements matching this selector are skipped like hidden ones: not walked,
   * not highlighted (posts mode: posts nested in the scanned post, written by
   * others). Checked for the root's descendants; for its ancestors too, and
   * for an ownOnly root itself, so a rescanned block inside such an element
   * stays as unscanned as the element. A full scan's root itself is never
   * skipped by it: the root is what the caller chose to scan. Must be a valid
   * selector (the highlighter checks it once).
   */
  skipSelector?: string;
  /**
   * Called with each open shadow root the walk enters, before its text is
   * gathered (so that the observer can follow edits inside it). May be called
   * again for the same root on later walks.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Whether a scanned root that is no block still owns the text directly in it
   * (asked once per full scan). A social post whose container is a custom
   * element or a link (YouTube, Instagram) is the unit its text belongs to: no
   * block around it is ever rescanned for that text.
   */
  ownsText?: (root: Node) => boolean;
  /**
   * Leave out page chrome (page-chrome.ts: the site's header, navigation,
   * footer, cookie banners): page mode. A root inside chrome is not walked.
   */
  chrome?: boolean;
  /**
   * Text nodes the walk leaves out: giant ones read piece by piece instead
   * (`gatherPiece`), as they come on screen.
   */
  skipText?: ReadonlySet<Text>;
}

/**
 * The elements under `root` that the walk skips for an attribute (editable
 * regions, hidden ones) or for matching `skipSelector`, found by a selector
 * query or two rather than by asking every element: from the isolated world
 * each question costs, and few elements carry these attributes.
 */
function skipsUnder(root: Node, skipSelector: string | undefined, chrome = false): Set<Element> {
  const set = new Set<Element>();
  if (root.nodeType !== 1 && root.nodeType !== 11 && root.nodeType !== 9) return set;
  for (const el of (root as ParentNode).querySelectorAll('[contenteditable],[hidden],[aria-hidden]')) {
    if (isSkippedElement(el)) set.add(el);
  }
  // Selectors match against the whole tree: 'post post' finds the posts nested in a
  // scanned post root, though the outer one is the root itself.
  if (skipSelector) for (const el of (root as ParentNode).querySelectorAll(skipSelector)) set.add(el);
  if (chrome) for (const el of chromeUnder(root as ParentNode)) set.add(el);
  return set;
}

/**
 * Whether an ancestor of `node` (across shadow roots) is one whose text is
 * never content, or matches `skipSelector` (with `self`, `node` itself too).
 * Runs once per scanned root, never per node of the walk.
 */
function insideSkipped(node: Node, skipSelector: string | undefined, self: boolean): boolean {
  // Only a shadow root's host: an <a> without a parent has a `host` too (its URL's).
  const up = (a: Node): Node | null => a.parentNode ?? (a.nodeType === 11 ? ((a as ShadowRoot).host ?? null) : null);
  for (let a = up(node); a; a = up(a)) {
    if (a.nodeType === 1 && isSkippedElement(a as Element)) return true;
  }
  if (!skipSelector) return false;
  // One closest() per tree the node is in (the document, each shadow root around
  // it), not a matches() per ancestor. closest() stops at a shadow root: go on from its host.
  let from: Node | null = self ? node : up(node);
  while (from) {
    if (from.nodeType === 11) {
      from = (from as ShadowRoot).host ?? null;
      continue;
    }
    const el = from.nodeType === 1 ? (from as Element) : from.parentElement;
    if (!el) break;
    if (el.closest(skipSelector)) return true;
    const top = el.getRootNode();
    from = top.nodeType === 11 ? ((top as ShadowRoot).host ?? null) : null;
  }
  return false;
}

/**
 * The pieces of a giant text node, cut after white space about every `size`
 * characters (`piecesOf`): each is read on its own when it comes on screen.
 */
export function textPieces(data: string, size: number): Array<[from: number, to: number]> {
  return [...piecesOf(data, size)];
}

/**
 * Appends one piece of a text node to `batch` as a run of its own, its hits
 * recorded under `key`. Yields FULL once the batch holds `maxChars`.
 */
export function* gatherPiece(
  node: Text,
  from: number,
  to: number,
  key: object,
  batch: TextBatch,
  item: number,
  maxChars: number,
): Generator<typeof FULL | null, void> {
  if (!node.isConnected || to > node.data.length) return;
  const end = Math.min(node.data.length, to + PIECE_LOOKAHEAD);
  batch.add(node, node.data.slice(from, end), nearestBlock(node), item, from, key, to - from);
  batch.end();
  if (batch.length >= maxChars) yield FULL;
}

/** Yielded by `gatherText` when the batch holds `maxChars` or more at a run's end: send it now. */
export const FULL = 'full';

/**
 * A run this many times `maxChars` long is cut at the next text node that ends
 * in white space, and at twice that after any node: a request stays bounded
 * (under 16 × maxChars plus one node). A term split by such a cut is missed.
 */
const HARD_CUT_FACTOR = 8;

/**
 * Pieces of one text node longer than `max` (a plain-text page is one text
 * node; so is a big <pre>), cut after the last space or line break in the
 * window, so no request, and no slice that sends one, grows with it. Each is
 * read with PIECE_LOOKAHEAD characters more, so a term across a cut is found
 * by the piece it starts in (TakenText.pieceEnds).
 */
function* piecesOf(data: string, max: number): Generator<[from: number, to: number]> {
  let from = 0;
  while (from < data.length) {
    let to = Math.min(data.length, from + max);
    if (to < data.length) {
      const cut = Math.max(data.lastIndexOf('\n', to), data.lastIndexOf(' ', to));
      // No white space in the window (one long token): cut hard rather than grow.
      if (cut > from) to = cut + 1;
    }
    yield [from, to];
    from = to;
  }
}

/**
 * Appends `root`'s content text to `batch` in document order, tagged with
 * `item` (which scan it belongs to). Yields null every few hundred nodes, so a
 * caller can slice the walk, and FULL at the end of a run once the batch holds
 * `maxChars`. With `ownOnly`, nested blocks are not entered (the text that
 * belongs to `root` itself). Open shadow roots are gathered after the light
 * tree, as runs of their own.
 *
 * Text belongs to its nearest block, whoever scans it. So a full scan of an
 * inline or custom element (an added <span> or <my-card> holding paragraphs)
 * gathers the blocks inside it, but not its text outside them: that text is
 * the surrounding block's, which is rescanned for it (the observer marks that
 * block changed); painting it as this scan's would drop the block's other ranges.
 */
export function* gatherText(
  root: Node,
  ownOnly: boolean,
  batch: TextBatch,
  item: number,
  maxChars: number,
  opts: WalkOptions = {},
): Generator<typeof FULL | null, void> {
  if (root.nodeType === 3) {
    const data = (root as Text).data;
    if (data.length) batch.add(root as Text, data, nearestBlock(root), item);
    batch.end();
    if (batch.length >= maxChars) yield FULL;
    return;
  }
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  // A rescanned block inside an editor, a hidden region or a skipped post stays as unscanned as it.
  if (insideSkipped(root, opts.skipSelector, ownOnly)) return;
  if (opts.chrome && insideChrome(root)) return;
  yield* walk(root, ownOnly, batch, item, maxChars, opts);
}

/** gatherText's walk, once its root is known to be content (shadow roots need no check of their own). */
function* walk(
  root: Node,
  ownOnly: boolean,
  batch: TextBatch,
  item: number,
  maxChars: number,
  opts: WalkOptions,
): Generator<typeof FULL | null, void> {
  const shadows: ShadowRoot[] = [];
  const skipped = skipsUnder(root, opts.skipSelector, opts.chrome);
  const endRun = () => {
    batch.end();
    return batch.length >= maxChars;
  };

  const rootIsBlock = root.nodeType === 1 && (isBlock(root as Element) || (!ownOnly && !!opts.ownsText?.(root)));
  const rootBlock = rootIsBlock ? root : root.nodeType === 11 ? root : nearestBlock(root);
  // A full scan of an inline or custom element: its text outside nested blocks is the block
  // around it's (see gatherText), unless nothing but the document is around it (<html> itself).
  const outerText = ownOnly || rootIsBlock || root.nodeType !== 1 || rootBlock.nodeType === 9;
  if (root.nodeType === 1 && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
  const blocks: Node[] = [rootBlock];
  let owner = rootBlock;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    let descend = false;
    const type = n.nodeType;
    if (type === 3 && (outerText || blocks.length > 1) && !opts.skipText?.has(n as Text)) {
      const data = (n as Text).data;
      if (data.length > maxChars) {
        for (const [from, to] of piecesOf(data, maxChars)) {
          batch.add(n as Text, data.slice(from, Math.min(data.length, to + PIECE_LOOKAHEAD)), owner, item, from, undefined, to - from);
          if (endRun()) yield FULL;
        }
      } else if (data.length) {
        batch.add(n as Text, data, owner, item);
        // A run far over the limit is cut after a node that ends in white space, or,
        // where none comes (Chinese or Japanese text, a block of many spans), after any node.
        if (
          batch.length >= maxChars * HARD_CUT_FACTOR &&
          (/\s$/.test(data) || batch.length >= 2 * maxChars * HARD_CUT_FACTOR) &&
          endRun()
        ) {
          yield FULL;
        }
      }
    } else if (type === 1) {
      const el = n as Element;
      const tag = el.localName;
      if (!SKIP_TAGS.has(tag) && tag !== OWN_UI_TAG && !(skipped.size && skipped.has(el))) {
        if (BLOCK_TAGS.has(tag)) {
          // A block ends the run before it, whether or not it is entered.
          if (endRun()) yield FULL;
          if (!ownOnly) {
            blocks.push(el);
            owner = el;
            descend = true;
          }
        } else descend = true;
        if (descend && mayHostShadow(tag) && el.shadowRoot) shadows.push(el.shadowRoot);
      }
    }
    if (++visited % 512 === 0) yield null;
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    // Done with n's subtree: on to its next sibling, or up until there is one.
    for (;;) {
      if (n === owner && blocks.length > 1) {
        // Leaving a block: its run ends, and the text after it belongs to the block around it.
        blocks.pop();
        owner = blocks[blocks.length - 1]!;
        if (endRun()) yield FULL;
      }
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
  if (endRun()) yield FULL;
  // Open shadow roots: their own runs (text never joins across the boundary).
  for (const sr of shadows) {
    opts.onShadowRoot?.(sr);
    yield* walk(sr, false, batch, item, maxChars, opts);
  }
}
