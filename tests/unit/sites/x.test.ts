// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { xAdapter } from '../../../utils/sites/x';
import { loadFixture } from './fixtures';

const GREY = 'Grey verification check (government or multilateral organization account)';

describe('x: home timeline mixing a ministry, a journalist and a repost', () => {
  const doc = loadFixture('x', 'home-timeline.html');
  const posts = xAdapter.findPosts(doc);

  test('finds the five posts, not the quoted card inside one', () => {
    expect(posts).toHaveLength(5);
    expect(posts.map((p) => p.author?.handle)).toEqual(['MFA_Uzbekistan', 'janedoe_news', 'MFA_Uzbekistan', 'janedoe_news', 'UZinUK']);
  });

  test("the ministry's own post: author, grey check, time, permalink, text with emoji", () => {
    const [ministry] = posts;
    expect(ministry?.author).toEqual({ handle: 'MFA_Uzbekistan', name: 'MFA of Uzbekistan 🇺🇿', governmentLabel: GREY });
    expect(ministry?.time).toBe('2024-05-20T10:15:02.000Z');
    expect(ministry?.permalink).toBe('https://x.com/MFA_Uzbekistan/status/1792512345678901234');
    expect(ministry?.text).toBe(
      'Foreign Minister Bakhtiyor Saidov held talks with his counterpart on expanding trade and transport connectivity in Central Asia. #Uzbekistan 🤝',
    );
  });

  test("the journalist's post has no government label (blue check)", () => {
    const journalist = posts[1];
    expect(journalist?.author).toEqual({ handle: 'janedoe_news', name: 'Jane Doe' });
    expect(journalist?.time).toBe('2024-05-20T14:02:40.000Z');
    expect(journalist?.permalink).toBe('https://x.com/janedoe_news/status/1792600000000000001');
    expect(journalist?.text).toBe('Spent the day in Tashkent talking to traders at Chorsu bazaar.\nPrices are up, moods are mixed.');
  });

  test('a repost is judged by the ORIGINAL author, with the label from its aria-label', () => {
    const repost = posts[2];
    expect(repost?.element.querySelector('[data-testid="socialContext"]')?.textContent).toContain('Jane Doe');
    expect(repost?.author).toEqual({ handle: 'MFA_Uzbekistan', name: 'MFA of Uzbekistan 🇺🇿', governmentLabel: 'Uzbekistan government organization' });
    expect(repost?.time).toBe('2024-05-19T08:30:00.000Z');
    expect(repost?.permalink).toBe('https://x.com/MFA_Uzbekistan/status/1792400000000000002');
    expect(repost?.text).toBe("O'zbekiston Respublikasi Tashqi ishlar vazirligining brifingi bo'lib o'tdi.");
  });

  test("a quote post is the quoter's: their time and text, not the quoted card's", () => {
    const quote = posts[3];
    expect(quote?.author).toEqual({ handle: 'janedoe_news', name: 'Jane Doe' });
    expect(quote?.time).toBe('2024-05-20T16:45:10.000Z');
    expect(quote?.permalink).toBe('https://x.com/janedoe_news/status/1792700000000000003');
    expect(quote?.text).toBe("Worth reading the ministry's own summary of the talks:");
  });

  test('an affiliation badge linking to the ministry does not become the author', () => {
    expect(posts[4]?.author).toEqual({ handle: 'UZinUK', name: 'Embassy of Uzbekistan in the UK' });
  });

  test('findPosts on one newly added post returns just that post', () => {
    const added = doc.querySelectorAll('article[data-testid="tweet"]')[2];
    expect(added).toBeDefined();
    const found = xAdapter.findPosts(added as Element);
    expect(found).toHaveLength(1);
    expect(found[0]?.element).toBe(added);
    expect(found[0]?.author?.handle).toBe('MFA_Uzbekistan');
  });

  test('findPosts on a timeline cell (a post inside the added node) finds it', () => {
    const cell = doc.querySelectorAll('[data-testid="cellInnerDiv"]')[1];
    expect(xAdapter.findPosts(cell as Element).map((p) => p.author?.handle)).toEqual(['janedoe_news']);
  });

  test('postSelector tells an added node inside a post', () => {
    const text = doc.querySelector('[data-testid="tweetText"]');
    expect(text?.closest(xAdapter.postSelector)).toBe(posts[0]?.element);
  });

  test('no page owner on the home timeline', () => {
    expect(xAdapter.pageAuthor(doc)).toBeNull();
  });
});

describe('x: status page', () => {
  const doc = loadFixture('x', 'status-page.html');
  const posts = xAdapter.findPosts(doc);

  test('the focal post and two replies, each by its own author', () => {
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.author?.handle)).toEqual(['MFA_Uzbekistan', 'janedoe_news', 'tashkent_watch']);
  });

  test('the focal post (time at the bottom) keeps its line breaks', () => {
    const focal = posts[0];
    expect(focal?.author?.governmentLabel).toBe(GREY);
    expect(focal?.time).toBe('2024-05-21T06:00:00.000Z');
    expect(focal?.permalink).toBe('https://x.com/MFA_Uzbekistan/status/1792900000000000005');
    expect(focal?.text).toBe('Press briefing on 21 May:\n• preparations for the SCO summit\n• consular services abroad');
  });

  test('a reply "to @MFA_Uzbekistan" is still the replier’s', () => {
    expect(posts[1]?.author).toEqual({ handle: 'janedoe_news', name: 'Jane Doe' });
    expect(posts[1]?.text).toBe('Will there be a transcript?');
    expect(posts[2]?.text).toBe('Спасибо за брифинг!');
    expect(posts[2]?.permalink).toBe('https://x.com/tashkent_watch/status/1792920000000000007');
  });
});

describe('x: profile page', () => {
  const doc = loadFixture('x', 'profile.html');

  test('pageAuthor reads the header: handle, name and government label', () => {
    expect(xAdapter.pageAuthor(doc)).toEqual({ handle: 'MFA_Uzbekistan', name: 'MFA of Uzbekistan', governmentLabel: GREY });
  });

  test('the pinned post is found', () => {
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.author?.handle).toBe('MFA_Uzbekistan');
    expect(posts[0]?.time).toBe('2023-09-08T05:00:00.000Z');
  });
});

describe('x: odd markup', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  test('a post without User-Name has a null author but is still a post', () => {
    const posts = xAdapter.findPosts(parse('<article data-testid="tweet"><div data-testid="tweetText">Ad text</div></article>'));
    expect(posts).toEqual([{ element: expect.anything(), author: null, text: 'Ad text' }]);
  });

  test('bad datetime and hrefs are skipped, not thrown', () => {
    const html = '<article data-testid="tweet"><div data-testid="User-Name"><a href="http://[bad">x</a><span>@real_one</span></div><a href="/real_one/status/9"><time datetime="not a date">?</time></a></article>';
    const [post] = xAdapter.findPosts(parse(html));
    expect(post?.author?.handle).toBe('real_one');
    expect(post?.time).toBeUndefined();
    expect(post?.permalink).toBe('https://x.com/real_one/status/9');
  });

  test('a gold check (business) is no government label; a blue one neither', () => {
    const gold = '<svg data-testid="icon-verified" aria-label="Verified account"><linearGradient><stop stop-color="#f4e72a"></stop><stop stop-color="#cd8105"></stop></linearGradient><path fill="url(#a)"></path><path fill="#fff"></path></svg>';
    const html = `<article data-testid="tweet"><div data-testid="User-Name"><a href="/SomeBrand">Some Brand ${gold}</a></div></article>`;
    expect(xAdapter.findPosts(parse(html))[0]?.author).toEqual({ handle: 'SomeBrand', name: 'Some Brand' });
  });

  test('text is capped at 5000 characters', () => {
    const html = `<article data-testid="tweet"><div data-testid="tweetText"><span>${'a '.repeat(4000)}</span></div></article>`;
    expect(xAdapter.findPosts(parse(html))[0]?.text.length).toBeLessThanOrEqual(5000);
    expect(xAdapter.findPosts(parse(html))[0]?.text.length).toBeGreaterThan(4900);
  });

  test('an empty root yields nothing', () => {
    expect(xAdapter.findPosts(parse(''))).toEqual([]);
  });
});
