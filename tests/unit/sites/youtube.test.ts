// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { youtubeAdapter } from '../../../utils/sites/youtube';
import { loadFixture } from './fixtures';

describe('youtube: watch page with comments', () => {
  const doc = loadFixture('youtube', 'watch-page.html');
  const posts = youtubeAdapter.findPosts(doc);
  const NATIONAL_TV = {
    handle: 'UzbekistanNationalTV',
    name: 'Uzbekistan National TV',
    governmentLabel: 'Uzbekistan National TV is funded in whole or in part by the Uzbek government.',
  };

  test('one post: the video; comments and sidebar recommendations are not posts', () => {
    expect(posts).toHaveLength(1);
    expect(posts[0]?.element.localName).toBe('ytd-watch-metadata');
  });

  test("the video's author is its channel, with the state-funding notice as label", () => {
    const [video] = posts;
    expect(video?.author).toEqual(NATIONAL_TV);
    expect(video?.time).toBe('2024-05-20T10:00:12.000Z');
    expect(video?.permalink).toBe('https://www.youtube.com/watch?v=aB3dE5fG7hI');
    expect(video?.text).toBe(
      'Uzbekistan – EU: enhanced partnership signed\n\nThe Enhanced Partnership and Cooperation Agreement between Uzbekistan and the European Union was signed in Brussels.',
    );
  });

  test('pageAuthor is the video owner (the URL does not say)', () => {
    expect(youtubeAdapter.pageAuthor(doc)).toEqual(NATIONAL_TV);
  });

  test('pageAuthor falls back to the microdata when the owner row is not rendered yet', () => {
    doc.querySelector('ytd-video-owner-renderer')?.remove();
    expect(youtubeAdapter.pageAuthor(doc)).toEqual(NATIONAL_TV);
  });

  test('a comment thread added later yields no post, even by the ministry', () => {
    for (const thread of Array.from(doc.querySelectorAll('ytd-comment-thread-renderer'))) {
      expect(youtubeAdapter.findPosts(thread)).toEqual([]);
    }
    expect(youtubeAdapter.findPosts(doc.querySelector('ytd-comments') as Element)).toEqual([]);
  });
});

describe('youtube: channel page', () => {
  const doc = loadFixture('youtube', 'channel-page.html');
  const posts = youtubeAdapter.findPosts(doc);

  test('two video tiles and one community post', () => {
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.element.localName)).toEqual(['ytd-rich-item-renderer', 'ytd-rich-item-renderer', 'ytd-backstage-post-thread-renderer']);
  });

  test("tiles on the channel's own grid name no author (the page owner does)", () => {
    expect(posts[0]?.author).toBeNull();
    expect(posts[0]?.text).toBe('Briefing by the Press Service, 21 May 2024');
    expect(posts[0]?.permalink).toBe('https://www.youtube.com/watch?v=aB3dE5fG7hI');
    expect(posts[1]?.text).toBe('Bakhtiyor Saidov meets the diplomatic corps');
  });

  test('a community post names its author', () => {
    expect(posts[2]?.author).toEqual({ handle: 'MFAUzbekistan', name: 'MFA Uzbekistan' });
    expect(posts[2]?.text).toBe('Watch the full briefing of the Press Service on our channel.');
    expect(posts[2]?.permalink).toBe('https://www.youtube.com/post/UgkxAbCdEfGhIjKlMnOpQrStUvWxYz012345');
  });

  test('pageAuthor reads the @handle from the header (for /channel/<id> URLs)', () => {
    expect(youtubeAdapter.pageAuthor(doc)).toEqual({ handle: 'MFAUzbekistan', name: 'MFA Uzbekistan' });
  });

  test('findPosts on one newly added tile returns just that tile', () => {
    const tile = doc.querySelectorAll('ytd-rich-item-renderer')[1] as Element;
    const found = youtubeAdapter.findPosts(tile);
    expect(found).toHaveLength(1);
    expect(found[0]?.element).toBe(tile);
  });
});

describe('youtube: home feed tile that names its channel', () => {
  test('the author comes from ytd-channel-name', () => {
    const doc = new DOMParser().parseFromString(
      '<ytd-rich-item-renderer><a id="video-title-link" href="/watch?v=Xx1Yy2Zz3Aa"><yt-formatted-string id="video-title">Daily briefing</yt-formatted-string></a><ytd-channel-name><yt-formatted-string id="text"><a href="/@EEAS">EU External Action</a></yt-formatted-string></ytd-channel-name></ytd-rich-item-renderer>',
      'text/html',
    );
    const [tile] = youtubeAdapter.findPosts(doc);
    expect(tile?.author).toEqual({ handle: 'EEAS', name: 'EU External Action' });
    expect(tile?.permalink).toBe('https://www.youtube.com/watch?v=Xx1Yy2Zz3Aa');
  });
});
