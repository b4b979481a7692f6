// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '../../../utils/sites/facebook';
import { loadFixture } from './fixtures';

const MFA = { handle: 'MFAUzbekistan', name: 'Ministry of Foreign Affairs of the Republic of Uzbekistan' };

describe('facebook: page feed', () => {
  const doc = loadFixture('facebook', 'page-feed.html');
  const posts = facebookAdapter.findPosts(doc);

  test("two posts; the comments (role=article inside a post) are not posts", () => {
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => p.author)).toEqual([MFA, MFA]);
  });

  test('text is the message only; permalink without tracking parameters', () => {
    expect(posts[0]?.text).toBe(
      '🇺🇿🇪🇺 Uzbekistan and the European Union signed the Enhanced Partnership and Cooperation Agreement in Brussels.\n\nThe agreement opens a new stage of relations. #MFAUzbekistan',
    );
    expect(posts[0]?.permalink).toBe('https://www.facebook.com/MFAUzbekistan/posts/pfbid02Xyz123AbCdEfGhIjKlMn');
    expect(posts[1]?.permalink).toBe('https://www.facebook.com/MFAUzbekistan/videos/1234567890123456/');
    expect(posts[0]?.time).toBeUndefined(); // Comet shows no machine-readable time
  });

  test('pageAuthor from og:url and og:title', () => {
    expect(facebookAdapter.pageAuthor(doc)).toEqual(MFA);
  });

  test('a comment added later is not a post', () => {
    const comment = doc.querySelector('[aria-label^="Comment by"]') as Element;
    expect(comment.matches(facebookAdapter.postSelector)).toBe(true);
    expect(facebookAdapter.findPosts(comment)).toEqual([]);
  });

  test('findPosts on one post returns just that post', () => {
    const post = posts[1]?.element as Element;
    expect(facebookAdapter.findPosts(post).map((p) => p.element)).toEqual([post]);
  });
});

describe('facebook: news feed mixing authors', () => {
  const doc = loadFixture('facebook', 'news-feed.html');
  const posts = facebookAdapter.findPosts(doc);

  test('one post per feed unit, each by its own author', () => {
    expect(posts).toHaveLength(4);
    expect(posts.map((p) => p.author)).toEqual([
      MFA,
      { handle: '100012345678901', name: 'Aziz Rakhimov' },
      { handle: '100023456789012', name: 'Malika Yusupova' },
      { handle: '100069876543210', name: 'Embassy of Uzbekistan in Germany' },
    ]);
  });

  test('texts, permalinks and the classic data-utime time', () => {
    expect(posts.map((p) => p.text)).toEqual([
      'Minister Bakhtiyor Saidov received the Ambassador of Japan.',
      'Visited the new visa centre today, queues were short.',
      "Does anyone know the consulate's hours in Frankfurt?",
      'Consular reception in Frankfurt: Tuesdays and Thursdays, 9:00–13:00.',
    ]);
    expect(posts[0]?.permalink).toBe('https://www.facebook.com/MFAUzbekistan/posts/pfbid0AaAaA111');
    expect(posts[1]?.permalink).toBe('https://www.facebook.com/permalink.php?story_fbid=pfbid0BbBb222&id=100012345678901');
    expect(posts[2]?.permalink).toBe('https://www.facebook.com/groups/987654321012345/posts/112233445566778/');
    expect(posts[3]?.time).toBe('2024-05-21T10:00:00.000Z');
  });

  test('the news feed has no page owner', () => {
    expect(facebookAdapter.pageAuthor(doc)).toBeNull();
  });

  test('findPosts on the inner aria-posinset unit of an added FeedUnit is that unit', () => {
    const unit = doc.querySelector('[aria-posinset="2"]') as Element;
    // Inside its FeedUnit pagelet, the unit is part of the outer post…
    expect(facebookAdapter.findPosts(unit)).toEqual([]);
    // …and the pagelet (what the feed actually adds) is the post.
    const pagelet = unit.closest('[data-pagelet^="FeedUnit"]') as Element;
    expect(facebookAdapter.findPosts(pagelet).map((p) => p.author?.handle)).toEqual(['100012345678901']);
  });
});
