// @vitest-environment happy-dom
/**
 * Post authors (utils/content/post-authors.ts): each author is asked about
 * once, in one batch, and an author being judged is waited for; a failed
 * request is asked again; a post with no readable author is not credited with
 * the page's judgement; the post in view is the most visible one.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createPostAuthors } from '../../../utils/content/post-authors';
import type { DetectItem } from '../../../utils/messages/protocol';
import type { SiteAdapter } from '../../../utils/sites/types';
import { fakeAdapter, OFFICIAL, PERSON } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(opts: { platform?: SiteAdapter['platform']; fail?: boolean } = {}) {
  const requests: string[][] = [];
  let fail = opts.fail ?? false;
  const adapter = fakeAdapter(opts.platform ?? 'x');
  const authors = createPostAuthors({
    doc: document,
    win: window,
    page: { adapter, url: 'http://x.com/home', detection: OFFICIAL, owner: () => undefined },
    detect: async (items: DetectItem[]) => {
      requests.push(items.map((i) => i.signals.authorHandle!));
      if (fail) throw new Error('port closed');
      return items.map((i) => (i.signals.authorHandle?.toLowerCase() === 'mfa_uz' ? OFFICIAL : PERSON));
    },
  });
  const posts = () => adapter.findPosts(document);
  return { authors, requests, posts, recover: () => (fail = false) };
}

describe('post authors', () => {
  test('authors of many posts are judged in one request, each once, case aside; known ones are not asked again', async () => {
    document.body.innerHTML = '<article data-author="mfa_uz">a</article><article data-author="MFA_UZ">b</article><article data-author="someone">c</article>';
    const { authors, requests, posts } = setup();
    await authors.judge(posts());
    expect(requests.map((r) => r.map((h) => h.toLowerCase()))).toEqual([['mfa_uz', 'someone']]);
    expect(posts().map((p) => authors.judged(p)?.kind)).toEqual(['mfa', 'mfa', 'none']);
    await authors.judge(posts());
    expect(requests).toHaveLength(1);
  });

  test('an author being judged is waited for, not asked again', async () => {
    document.body.innerHTML = '<article data-author="mfa_uz">a</article>';
    const { authors, requests, posts } = setup();
    await Promise.all([authors.judge(posts()), authors.judge(posts()), authors.judge(posts())]);
    expect(requests).toEqual([['mfa_uz']]);
  });

  test('a failed request leaves the author unjudged, to be asked again; forget() asks everyone again', async () => {
    document.body.innerHTML = '<article data-author="mfa_uz">a</article>';
    const { authors, requests, posts, recover } = setup({ fail: true });
    await authors.judge(posts());
    expect(authors.judged(posts()[0]!)).toBeNull();
    recover();
    await authors.judge(posts());
    expect(authors.judged(posts()[0]!)?.kind).toBe('mfa');
    authors.forget();
    expect(authors.judged(posts()[0]!)).toBeNull();
    await authors.judge(posts());
    expect(requests).toHaveLength(3);
  });

  test('a post whose author cannot be read is not credited to the page: unread, and its quote says so', () => {
    document.body.innerHTML = '<article data-author=""><p id="c">A comment.</p></article><p id="out">Outside.</p>';
    const { authors } = setup();
    expect(authors.inUnreadPost(document.getElementById('c')!)).toBe(true);
    expect(authors.inUnreadPost(document.getElementById('out')!)).toBe(false);
    expect(authors.unknownAuthor()).toMatchObject({ kind: 'none', platform: 'x' });
    expect(authors.postAround(document.getElementById('c')!)?.element.tagName).toBe('ARTICLE');
  });

  test('a post naming no author is the page owner’s only on YouTube, where a channel’s grid shows its own videos', () => {
    document.body.innerHTML = '<article>A video tile.</article>';
    const x = setup();
    expect(x.authors.judged(x.posts()[0]!)).toBeNull();
    const yt = createPostAuthors({
      doc: document,
      win: window,
      page: { adapter: fakeAdapter('youtube'), url: 'http://youtube.com/@mfa', detection: OFFICIAL, owner: () => 'mfa' },
      detect: async () => [],
    });
    expect(yt.judged(fakeAdapter('youtube').findPosts(document)[0]!)).toBe(OFFICIAL);
  });

  test('on a plain web page there are no posts', () => {
    document.body.innerHTML = '<article data-author="mfa_uz"><p id="p">Text.</p></article>';
    const { authors } = setup({ platform: 'web' });
    expect(authors.postAround(document.getElementById('p')!)).toBeNull();
    expect(authors.postInView()).toBeNull();
  });
});
