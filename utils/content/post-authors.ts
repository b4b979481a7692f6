/**
 * Post authors on social sites: who wrote a post, and whether that account is
 * official. Authors are judged by the background in batches and remembered by
 * platform and handle, since a timeline repeats its authors; an author being
 * judged is waited for, not asked again.
 */
import { NONE_DETECTION, type Detection, type PageSignals } from '../detect/types';
import type { DetectItem } from '../messages/protocol';
import type { FoundPost } from '../sites/types';
import type { PageDetection } from './page-detection';

export interface PostAuthorsDeps {
  doc: Document;
  win: Window;
  /** The page: its adapter, address, owner and own judgement. */
  page: Pick<PageDetection, 'adapter' | 'url' | 'detection' | 'owner'>;
  /** Judges authors in one batch (ContentDeps.detect). */
  detect(items: DetectItem[]): Promise<Detection[]>;
}

export function createPostAuthors(deps: PostAuthorsDeps) {
  const { doc, win, page } = deps;
  /** Post authors already judged, by platform and handle. */
  const byAuthor = new Map<string, Detection>();
  /** Authors being judged now, by key: posts of theirs found meanwhile wait for that answer. */
  const judging = new Map<string, Promise<void>>();

  const authorKey = (post: FoundPost) => `${page.adapter.platform}:${post.author!.handle.toLowerCase()}:${post.author!.governmentLabel ?? ''}`;

  function postItem(post: FoundPost): DetectItem {
    const signals: PageSignals = {
      authorHandle: post.author!.handle,
      authorName: post.author!.name,
      governmentLabel: post.author!.governmentLabel,
    };
    return { url: post.permalink ?? page.url, signals };
  }

  /**
   * The author's detection, when it is known already. A post whose markup names
   * no author (a video tile on a channel's own grid) is the page owner's, on a
   * page that has one (the adapter contract, utils/sites/types.ts).
   */
  function judged(post: FoundPost): Detection | null {
    // Only YouTube grids show posts with no author in their markup as a rule (a channel's own videos);
    // elsewhere a missing author is markup the adapter could not read, not the page owner's sign.
    if (post.author === null) return page.adapter.platform === 'youtube' && page.owner() ? page.detection : null;
    if (!post.author.handle) return null;
    return byAuthor.get(authorKey(post)) ?? null;
  }

  /**
   * Judges the authors of these posts that are not known yet, in one request.
   * An author already being judged (thirty posts of one new account arriving in
   * as many mutations) is waited for, not asked again.
   */
  async function judge(posts: FoundPost[]): Promise<void> {
    const missing = new Map<string, FoundPost>();
    const waits = new Set<Promise<void>>();
    for (const p of posts) {
      if (!p.author?.handle) continue;
      const key = authorKey(p);
      if (byAuthor.has(key)) continue;
      const pending = judging.get(key);
      if (pending) waits.add(pending);
      else missing.set(key, p);
    }
    if (missing.size) {
      const list = [...missing.values()];
      const request = deps.detect(list.map(postItem)).then(
        (found) =>
          list.forEach((p, i) => {
            const d = found[i];
            if (d) byAuthor.set(authorKey(p), d);
          }),
        // A failed request leaves these authors unjudged, to be asked again later.
        () => undefined,
      );
      const done = request.finally(() => {
        for (const key of missing.keys()) if (judging.get(key) === done) judging.delete(key);
      });
      for (const key of missing.keys()) judging.set(key, done);
      waits.add(done);
    }
    await Promise.all(waits);
  }

  /** The post around a node, or null (a plain web page has none). */
  function postAround(node: Node): FoundPost | null {
    const adapter = page.adapter;
    if (adapter.platform === 'web') return null;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const postEl = el?.closest(adapter.postSelector);
    return postEl ? (adapter.findPosts(postEl)[0] ?? null) : null;
  }

  /**
   * Inside a post whose author the adapter cannot read (a comment under a
   * ministry's post, say): the text is someone's, but not the page owner's, so
   * it must not be credited with the page's judgement.
   */
  function inUnreadPost(node: Node): boolean {
    const adapter = page.adapter;
    if (adapter.platform === 'web') return false;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el?.closest(adapter.postSelector)) return false;
    const post = postAround(node);
    if (!post) return true;
    // No author in the markup: the page owner's, where the page has one (judged).
    if (post.author === null) return !page.owner();
    return !post.author.handle;
  }

  function unknownAuthor(): Detection {
    return { ...NONE_DETECTION, platform: page.adapter.platform, reasons: ['The post’s author could not be read, so it is not credited to the page’s owner.'] };
  }

  /** The post the user is reading: the most visible one, the first of equals (the top one). */
  function postInView(): FoundPost | null {
    const adapter = page.adapter;
    if (adapter.platform === 'web') return null;
    let best: FoundPost | null = null;
    let bestVisible = 0;
    for (const p of adapter.findPosts(doc)) {
      const r = p.element.getBoundingClientRect();
      const visible = Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0);
      if (visible > bestVisible + 1) {
        best = p;
        bestVisible = visible;
      }
    }
    return best;
  }

  return {
    judge,
    judged,
    postAround,
    inUnreadPost,
    unknownAuthor,
    postInView,
    /** Forgets every judgement (the user corrected one: 'source.recheck'). */
    forget: () => byAuthor.clear(),
  };
}

export type PostAuthors = ReturnType<typeof createPostAuthors>;
