// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { instagramAdapter } from '../../../utils/sites/instagram';
import { loadFixture } from './fixtures';

describe('instagram: profile', () => {
  const doc = loadFixture('instagram', 'profile.html');
  const posts = instagramAdapter.findPosts(doc);

  test('three grid tiles (inside a header-less layout article), not the nav links', () => {
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.permalink)).toEqual([
      'https://www.instagram.com/p/C7aAaAaA111/',
      'https://www.instagram.com/reel/C7bBbBbB222/',
      'https://www.instagram.com/p/C7cCcCcC333/',
    ]);
  });

  test('tiles carry the account their link names, else null; text is the alt', () => {
    expect(posts.map((p) => p.author?.handle ?? null)).toEqual(['mfa_uzbekistan', 'mfa_uzbekistan', null]);
    expect(posts[1]?.text).toBe('Briefing of the Press Service, 21 May.');
  });

  test('pageAuthor reads the profile header with its category label', () => {
    expect(instagramAdapter.pageAuthor(doc)).toEqual({ handle: 'mfa_uzbekistan', name: 'MFA Uzbekistan', governmentLabel: 'Government organization' });
  });
});

describe('instagram: post page', () => {
  const doc = loadFixture('instagram', 'post-page.html');
  const posts = instagramAdapter.findPosts(doc);

  test('the post and the "More posts from" tile; comments are not posts', () => {
    expect(posts).toHaveLength(2);
    expect(posts[0]?.element.localName).toBe('article');
    expect(posts[1]?.permalink).toBe('https://www.instagram.com/p/C7dDdDdD444/');
  });

  test('author from the header (not the location link, not the avatar alt), caption text, time, permalink', () => {
    const [post] = posts;
    expect(post?.author).toEqual({ handle: 'mfa_uzbekistan' });
    expect(post?.text).toBe('🇺🇿🇪🇺 Uzbekistan and the European Union signed the Enhanced Partnership and Cooperation Agreement in Brussels.\n\n#mfauzbekistan');
    expect(post?.time).toBe('2024-05-20T09:12:45.000Z');
    expect(post?.permalink).toBe('https://www.instagram.com/p/C7aAaAaA111/');
  });

  test('pageAuthor is the single post’s author (the /p/ URL does not say)', () => {
    expect(instagramAdapter.pageAuthor(doc)).toEqual({ handle: 'mfa_uzbekistan' });
  });

  test('findPosts on the article alone, and on a comment inside it', () => {
    const article = posts[0]?.element as Element;
    expect(instagramAdapter.findPosts(article).map((p) => p.element)).toEqual([article]);
    const comment = doc.querySelector('ul._a9ym') as Element;
    expect(instagramAdapter.findPosts(comment)).toEqual([]);
  });
});
