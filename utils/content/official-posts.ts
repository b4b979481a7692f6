/**
 * The session scope of social sites (posts mode): only posts written by
 * official accounts are read, each judged by its author (post-authors.ts);
 * a post's comments and its header are not its author's words.
 */
import type { FoundPost, SiteAdapter } from '../sites/types';
import type { SessionHandle, SessionScope } from './highlight-session';
import type { PostAuthors } from './post-authors';

export function officialPostsScope(deps: { doc: Document; adapter: SiteAdapter; authors: Pick<PostAuthors, 'judge' | 'judged'> }): SessionScope {
  const { doc, adapter, authors } = deps;
  const officialPosts = new WeakSet<Element>();
  /** Posts already judged and, if official, scanned: a container that changes again does not rescan them. */
  const seenPosts = new WeakSet<Element>();
  /** Posts being judged now: the same batch names a new post twice (itself added, its container changed). */
  const judgingPosts = new WeakSet<Element>();

  /**
   * The posts under `root`; with `onlyNew`, only those not seen before, found
   * by the post selector before any is read: a feed container that changes
   * again and again (infinite scroll) would otherwise have every post in it
   * read each time.
   */
  const postsUnder = (root: ParentNode, onlyNew: boolean): FoundPost[] => {
    if (!onlyNew) return adapter.findPosts(root);
    const fresh: Element[] = [];
    if (root.nodeType === 1 && (root as Element).matches(adapter.postSelector)) fresh.push(root as Element);
    for (const el of root.querySelectorAll(adapter.postSelector)) fresh.push(el);
    const out: FoundPost[] = [];
    for (const el of fresh) {
      // Posts nested in another (comments) are the outer post's adapter's business.
      if (seenPosts.has(el) || judgingPosts.has(el) || el.parentElement?.closest(adapter.postSelector)) continue;
      for (const post of adapter.findPosts(el)) {
        if (post.element !== el) continue;
        judgingPosts.add(el);
        out.push(post);
      }
    }
    return out;
  };

  /** Posts under `root` (with `onlyNew`, those not seen before) written by official accounts, each judged by its author. */
  const officialPostsIn = async (root: ParentNode, onlyNew: boolean): Promise<Element[]> => {
    const posts = postsUnder(root, onlyNew);
    await authors.judge(posts);
    const out: Element[] = [];
    for (const post of posts) {
      judgingPosts.delete(post.element);
      const d = authors.judged(post);
      // Judged now, or never: a post whose author was not read stays unseen and is tried again.
      if (d || !post.author?.handle) seenPosts.add(post.element);
      if (d && d.kind !== 'none') {
        officialPosts.add(post.element);
        out.push(post.element);
      }
    }
    return out;
  };

  /** Judges and scans the posts under `root`; all of them on a full rescan, else only those not seen before. */
  const scanPosts = ({ hl, signal }: SessionHandle, root: ParentNode, onlyNew = true) =>
    void officialPostsIn(root, onlyNew)
      .then((roots) => {
        if (!signal.aborted && roots.length) hl.scan(roots);
      })
      .catch((error: unknown) => console.debug('[DiploLens]', error));

  const inOfficialPost = (n: Node): boolean => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const post = el?.closest(adapter.postSelector);
    return !!post && officialPosts.has(post);
  };

  return {
    walk: {
      // On social sites a post's comments are someone else's words, and its header names its author.
      skipSelector: [adapter.nestedPostSelector, adapter.authorSelector].filter(Boolean).join(', ') || undefined,
      // A post is the unit its text belongs to, even where its container is a custom element or a link.
      ownsText: (n) => officialPosts.has(n as Element),
    },
    start: (s) => scanPosts(s, doc),
    rescan: (s) => scanPosts(s, doc, false),
    batch: (s, batch) => {
      // New text inside an official post (a 'show more', a lazily loaded part) is scanned
      // as it is; anything else may hold new posts (a timeline's next page).
      // A container that changed without a block being added (custom-element tiles on
      // YouTube are no blocks) may hold new posts too; posts seen before are skipped.
      const [addedIn, addedOut] = partition(batch.added, inOfficialPost);
      const [changedIn, changedOut] = partition(batch.changed, inOfficialPost);
      if (addedIn.length) s.hl.scan(addedIn);
      s.hl.rescanBlocks(changedIn);
      for (const n of [...addedOut, ...changedOut]) if (n.nodeType === 1) scanPosts(s, n as Element);
    },
  };
}

/** The items for which `test` holds, and the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
