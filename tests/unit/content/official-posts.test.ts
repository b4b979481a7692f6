// @vitest-environment happy-dom
/**
 * The posts scope (utils/content/official-posts.ts) in a real session with
 * fake plumbing: only official accounts' posts are painted, not the comments
 * nested in them; a new post is judged and painted, a post seen before is not
 * read again; text added inside an official post is painted as it is.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { startHighlightSession } from '../../../utils/content/highlight-session';
import { officialPostsScope } from '../../../utils/content/official-posts';
import { createPostAuthors } from '../../../utils/content/post-authors';
import { fakePlumbing, textOf, type FakeRange } from '../highlight/fakes';
import { fakeAdapter, OFFICIAL, PERSON } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  const ac = new AbortController();
  const adapter = fakeAdapter('x');
  const asked: string[] = [];
  const findPosts = adapter.findPosts;
  let postsRead = 0;
  adapter.findPosts = (root) => {
    const found = findPosts(root);
    postsRead += found.length;
    return found;
  };
  const authors = createPostAuthors({
    doc: document,
    win: window,
    page: { adapter, url: 'http://x.com/home', detection: PERSON, owner: () => undefined },
    detect: async (items) => items.map((i) => (asked.push(i.signals.authorHandle!), i.signals.authorHandle === 'mfa_uz' ? OFFICIAL : PERSON)),
  });
  const registry = new Map<string, Set<FakeRange>>();
  const session = startHighlightSession(
    { doc: document, signal: ac.signal, highlighter: fakePlumbing(registry), createObserver: (cb) => new MutationObserver(cb), nextFrame: (cb) => void setTimeout(cb, 0) },
    officialPostsScope({ doc: document, adapter, authors }),
  );
  async function settle() {
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await session.hl.idle();
    }
  }
  const painted = () => [...registry.values()].flatMap((s) => [...s].map(textOf)).sort();
  return { ac, asked, settle, painted, postsRead: () => postsRead };
}

describe('official posts', () => {
  test('only official accounts’ posts are painted, not the comments nested in them', async () => {
    document.body.innerHTML = `<main id="feed">
      <article data-author="mfa_uz"><p>On soft power.</p><article data-author="someone"><p>A reply on twiplomacy.</p></article></article>
      <article data-author="someone"><p>On nation branding.</p></article></main>`;
    const s = setup();
    await s.settle();
    expect(s.painted()).toEqual(['soft power']);
    s.ac.abort();
  });

  test('a new post is judged and painted; posts seen before are not read again; a "show more" is painted', async () => {
    document.body.innerHTML = '<main id="feed"><article id="a" data-author="mfa_uz"><p>On soft power.</p></article></main>';
    const s = setup();
    await s.settle();
    const readBefore = s.postsRead();
    const next = document.createElement('article');
    next.setAttribute('data-author', 'mfa_uz');
    next.innerHTML = '<p>On nation branding.</p>';
    document.getElementById('feed')!.append(next);
    await s.settle();
    expect(s.painted()).toEqual(['nation branding', 'soft power']);
    expect(s.postsRead() - readBefore).toBe(1);
    expect(s.asked).toEqual(['mfa_uz']);
    const more = document.createElement('p');
    more.textContent = 'And twiplomacy.';
    document.getElementById('a')!.append(more);
    await s.settle();
    expect(s.painted()).toEqual(['nation branding', 'soft power', 'twiplomacy']);
    s.ac.abort();
    expect(s.painted()).toEqual([]);
  });
});
