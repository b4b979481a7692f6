/**
 * Quotes from the page: what the popup offers to save (the selection, or the
 * post in view), and the draft the hover card's 'Save as example' sends (the
 * sentence around a highlighted concept), each with its post's author.
 */
import type { HighlightEntry } from '../highlight/highlighter';
import type { PageQuote } from '../messages/protocol';
import type { ExampleDraft } from '../model/example';
import type { FoundPost } from '../sites/types';
import { quoteAt, quoteFromSelection } from '../dom/selection-quote';
import { buildTextIndex, offsetOf } from '../dom/text-index';
import { sentenceAround } from '../sentence';
import { buildDraft } from '../model/draft';
import type { ContentLexicon } from './deps';
import type { PageDetection } from './page-detection';
import type { PostAuthors } from './post-authors';
import { liveRange } from './occurrences';

export interface PageQuoteDeps {
  doc: Document;
  win: Window;
  page: Pick<PageDetection, 'url' | 'info' | 'detection'>;
  authors: Pick<PostAuthors, 'judge' | 'judged' | 'postAround' | 'inUnreadPost' | 'unknownAuthor' | 'postInView'>;
  lexicon: Pick<ContentLexicon, 'match' | 'version'>;
}

export function createPageQuotes(deps: PageQuoteDeps) {
  const { doc, win, page, authors } = deps;

  function withPost(parts: Omit<PageQuote, 'author'>, post: FoundPost): PageQuote {
    return {
      ...parts,
      author: post.author?.handle || undefined,
      authorName: post.author?.name,
      postTime: post.time,
      permalink: post.permalink,
      detection: authors.judged(post) ?? undefined,
    };
  }

  /** The popup's quote: the selection, else the post the user is reading, else none. */
  async function current(): Promise<PageQuote | null> {
    const root = doc.body ?? doc.documentElement;
    const sel = quoteFromSelection(win.getSelection(), root);
    if (sel) {
      const anchor = win.getSelection()?.anchorNode;
      const post = anchor ? authors.postAround(anchor) : null;
      if (post) await authors.judge([post]);
      if (post?.author?.handle) return withPost(sel, post);
      return anchor && authors.inUnreadPost(anchor) ? { ...sel, detection: authors.unknownAuthor() } : post ? withPost(sel, post) : sel;
    }
    const post = authors.postInView();
    if (!post?.text) return null;
    await authors.judge([post]);
    const index = buildTextIndex(root);
    const at = index.text.indexOf(post.text.slice(0, 200));
    const parts =
      at >= 0
        ? quoteAt(index, at, at + post.text.length)
        : { quote: post.text, prefix: '', suffix: '', selectors: { quote: { type: 'TextQuoteSelector' as const, exact: post.text } } };
    return parts ? withPost(parts, post) : null;
  }

  /** The draft of an example from the sentence around a highlighted occurrence, or null when its text is gone. */
  async function draftFor(entry: HighlightEntry): Promise<ExampleDraft | null> {
    const lex = deps.lexicon;
    const index = buildTextIndex(doc.body ?? doc.documentElement);
    const r = liveRange(doc, entry);
    if (!r) return null;
    const start = offsetOf(index, r.startContainer, r.startOffset);
    const end = offsetOf(index, r.endContainer, r.endOffset);
    if (start === null || end === null) return null;
    // The sentence never runs past the hit's block: the index joins blocks without a break
    // ('Home' 'News' 'Soft power' 'The ministry…' would read as one sentence).
    const [from, to] = blockSpan(index, entry.block) ?? [0, index.text.length];
    const info = page.info;
    const local = sentenceAround(index.text.slice(from, to), start - from, end - from, info.lang ?? 'en');
    const sentence = { start: local.start + from, end: local.end + from };
    const parts = quoteAt(index, sentence.start, sentence.end);
    if (!parts) return null;
    const concepts = [...new Set([entry.hit.conceptId, ...(await lex.match(parts.quote).catch(() => [])).map((h) => h.conceptId)])];
    const around = entry.range.startContainer;
    const post = authors.postAround(around);
    if (post) await authors.judge([post]);
    const quote: PageQuote = {
      ...parts,
      author: post?.author?.handle || undefined,
      authorName: post?.author?.name,
      postTime: post?.time,
      detection: (post && authors.judged(post)) ?? (authors.inUnreadPost(around) ? authors.unknownAuthor() : undefined),
    };
    const p = { url: page.url, canonicalUrl: page.info.canonicalUrl, title: page.info.title, lang: page.info.lang, detection: page.detection, quote };
    return buildDraft(p, { quote: parts.quote, concepts, tags: [], functionId: '', note: '' }, lex.version);
  }

  return { current, draftFor };
}

/** Where a block's text lies in a text index of the page, or null (a shadow root, a detached block). */
function blockSpan(index: ReturnType<typeof buildTextIndex>, block: Node): [number, number] | null {
  if (block.nodeType !== 1 || !block.isConnected) return null;
  try {
    const from = offsetOf(index, block, 0);
    const to = offsetOf(index, block, block.childNodes.length);
    return from !== null && to !== null && to > from ? [from, to] : null;
  } catch {
    return null; // a point the index cannot compare (another tree)
  }
}

export type PageQuotes = ReturnType<typeof createPageQuotes>;
