// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { webAdapter } from '../../../utils/sites/web';
import { loadFixture } from './fixtures';

describe('web: an ordinary site', () => {
  const doc = loadFixture('web', 'ministry-news.html');

  test('finds no posts and names no author, even with <article> news items', () => {
    expect(webAdapter.findPosts(doc)).toEqual([]);
    expect(webAdapter.pageAuthor(doc)).toBeNull();
    expect(webAdapter.urlAuthor(new URL('https://mfa.uz/en/press/news'))).toBeNull();
  });

  test('postSelector is valid and matches nothing', () => {
    expect(doc.querySelectorAll(webAdapter.postSelector)).toHaveLength(0);
    expect(() => doc.body.matches(webAdapter.postSelector)).not.toThrow();
  });
});
