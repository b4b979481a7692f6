// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { telegramAdapter } from '../../../utils/sites/telegram';
import { loadFixture } from './fixtures';

const OWNER = { handle: 'mfauz', name: 'O‘zbekiston Tashqi ishlar vazirligi' };

describe('telegram: t.me/s/mfauz', () => {
  const doc = loadFixture('telegram', 'channel-mfauz.html');
  const posts = telegramAdapter.findPosts(doc);

  test('finds the five messages (not their .tgme_widget_message_wrap wrappers)', () => {
    expect(posts).toHaveLength(5);
    expect(posts.map((p) => p.permalink)).toEqual([4101, 4102, 4103, 4104, 4105].map((id) => `https://t.me/mfauz/${id}`));
  });

  test("the channel's own message: author from data-post and owner name, time in UTC ISO, text with line breaks and emoji", () => {
    const [own] = posts;
    expect(own?.author).toEqual(OWNER);
    expect(own?.time).toBe('2024-05-20T10:15:02.000Z');
    expect(own?.text).toBe(
      'Tashqi ishlar vaziri Baxtiyor Saidov Germaniya Federal tashqi ishlar vaziri bilan telefon orqali muloqot qildi.\n\nТомонлар икки томонлама ҳамкорликнинг долзарб масалаларини муҳокама қилдилар. 🇺🇿🇩🇪',
    );
  });

  test('a forwarded message is judged by the ORIGINAL channel', () => {
    expect(posts[1]?.author).toEqual({ handle: 'Press_Secretary_of_President', name: 'Press secretary of the President of Uzbekistan' });
    expect(posts[1]?.text).toBe('Prezident Shavkat Mirziyoyev Yevropa Ittifoqi delegatsiyasini qabul qildi.');
  });

  test("a reply's quoted message is not part of its text", () => {
    expect(posts[2]?.author).toEqual(OWNER);
    expect(posts[2]?.text).toBe('Muloqotning to‘liq matni vazirlik saytida e’lon qilindi: mfa.uz/uz/press/news/2024/05/41012');
  });

  test('a forward from a hidden source has a name and an empty handle, never the channel owner', () => {
    expect(posts[3]?.author).toEqual({ handle: '', name: 'Alisher Karimov' });
  });

  test('a photo post: caption only, not the link preview; edited time read', () => {
    expect(posts[4]?.text).toBe('Vazir Toshkentda akkreditatsiyadan o‘tgan diplomatik korpus vakillari bilan uchrashdi.');
    expect(posts[4]?.time).toBe('2024-05-21T11:30:00.000Z');
  });

  test('pageAuthor reads the channel card', () => {
    expect(telegramAdapter.pageAuthor(doc)).toEqual(OWNER);
  });

  test('findPosts on one newly added message wrap returns just that message', () => {
    const wrap = doc.querySelectorAll('.tgme_widget_message_wrap')[1];
    const found = telegramAdapter.findPosts(wrap as Element);
    expect(found).toHaveLength(1);
    expect(found[0]?.element).toBe(doc.querySelector('[data-post="mfauz/4102"]'));
    expect(found[0]?.author?.handle).toBe('Press_Secretary_of_President');
  });

  test('findPosts on the message element itself returns it', () => {
    const message = doc.querySelector('[data-post="mfauz/4104"]') as Element;
    expect(telegramAdapter.findPosts(message).map((p) => p.element)).toEqual([message]);
  });
});

describe('telegram: odd markup', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  test('a message with a malformed data-post falls back to the owner link, and to no permalink', () => {
    const [post] = telegramAdapter.findPosts(parse('<div class="tgme_widget_message" data-post="??"><a class="tgme_widget_message_owner_name" href="https://t.me/uzdaily"><span>UzDaily</span></a><div class="tgme_widget_message_text">Hi</div></div>'));
    expect(post?.author).toEqual({ handle: 'uzdaily', name: 'UzDaily' });
    expect(post?.permalink).toBeUndefined();
    expect(post?.text).toBe('Hi');
  });

  test('no card, no page author', () => {
    expect(telegramAdapter.pageAuthor(parse('<p>nothing</p>'))).toBeNull();
  });
});
