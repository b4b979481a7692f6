import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterFor, webAdapter } from '../../../utils/sites';

const platforms = ADAPTERS.filter((adapter) => adapter !== webAdapter);

/** Every example URL of every adapter, with the adapter that owns it. */
const examples = ADAPTERS.flatMap((owner) => owner.examples.map((url) => ({ platform: owner.platform, url, owner })));

describe('each adapter accepts its own examples and no other platform adapter does', () => {
  test.each(examples)('$platform: $url', ({ url, owner }) => {
    const parsed = new URL(url);
    expect(owner.matches(parsed)).toBe(true);
    for (const other of ADAPTERS) {
      if (other !== owner) expect(other.matches(parsed), `${other.platform} must reject ${url}`).toBe(false);
    }
    expect(adapterFor(parsed)).toBe(owner);
  });
});

describe('web accepts only what no platform adapter matches', () => {
  test.each([
    'https://mfa.uz/en',
    'https://x.com.evil.com/MFA_Uzbekistan',
    'https://evilx.com/MFA_Uzbekistan',
    'https://twitter.com.example.org/status/1',
    'https://nottelegram.me/mfauz',
    'https://youtube.com.phish.io/@MFAUzbekistan',
    'https://web.telegram.org/k/#@mfauz',
    'https://developers.facebook.com/docs',
    'https://music.youtube.com/watch?v=abc',
  ])('%s → web', (url) => {
    const parsed = new URL(url);
    expect(platforms.some((adapter) => adapter.matches(parsed))).toBe(false);
    expect(webAdapter.matches(parsed)).toBe(true);
    expect(adapterFor(parsed)).toBe(webAdapter);
    expect(webAdapter.urlAuthor(parsed)).toBeNull();
  });

  test.each(['file:///home/me/page.html', 'chrome://extensions', 'about:blank', 'ftp://x.com/MFA_Uzbekistan'])('%s is no adapter’s', (url) => {
    const parsed = new URL(url);
    for (const adapter of ADAPTERS) expect(adapter.matches(parsed)).toBe(false);
  });
});

describe('urlAuthor', () => {
  test.each([
    // X
    ['https://x.com/MFA_Uzbekistan', 'MFA_Uzbekistan'],
    ['https://x.com/MFA_Uzbekistan/status/1792512345678901234', 'MFA_Uzbekistan'],
    ['https://twitter.com/MFA_Uzbekistan/status/1?s=20', 'MFA_Uzbekistan'],
    ['https://mobile.twitter.com/UZinUK/with_replies', 'UZinUK'],
    ['https://x.com/home', null],
    ['https://x.com/explore', null],
    ['https://x.com/i/status/1792512345678901234', null],
    ['https://x.com/i/lists/123', null],
    ['https://x.com/search?q=mfa', null],
    ['https://x.com/hashtag/Uzbekistan', null],
    ['https://x.com/notifications', null],
    ['https://x.com/', null],
    ['https://x.com/this_handle_is_far_too_long_for_x', null],
    // Telegram
    ['https://t.me/s/mfauz', 'mfauz'],
    ['https://t.me/s/mfauz/4101', 'mfauz'],
    ['https://t.me/mfauz', 'mfauz'],
    ['https://t.me/mfauz/4101?embed=1', 'mfauz'],
    ['https://telegram.me/mfauz', 'mfauz'],
    ['https://t.me/joinchat/AAAAAEkqBnFd0pXq', null],
    ['https://t.me/+AbCdEfGhIjKl', null],
    ['https://t.me/c/1148606972/4101', null],
    ['https://t.me/share/url?url=https://mfa.uz', null],
    ['https://t.me/addstickers/Uzbekistan', null],
    ['https://t.me/s/', null],
    ['https://t.me/', null],
    // YouTube
    ['https://www.youtube.com/@MFAUzbekistan', 'MFAUzbekistan'],
    ['https://www.youtube.com/@MFAUzbekistan/videos', 'MFAUzbekistan'],
    ['https://www.youtube.com/channel/UCx2b3mGqZk5c8vJ0aB1cD2e', 'UCx2b3mGqZk5c8vJ0aB1cD2e'],
    ['https://www.youtube.com/c/MFAUzbekistan/about', 'MFAUzbekistan'],
    ['https://www.youtube.com/user/mfauzbekistan', 'mfauzbekistan'],
    ['https://m.youtube.com/@%D0%9C%D0%98%D0%94', 'МИД'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', null],
    ['https://www.youtube.com/watch', null],
    ['https://www.youtube.com/results?search_query=mfa', null],
    ['https://www.youtube.com/channel/', null],
    ['https://www.youtube.com/@', null],
    ['https://youtu.be/dQw4w9WgXcQ', null],
    // Facebook
    ['https://www.facebook.com/MFAUzbekistan', 'MFAUzbekistan'],
    ['https://www.facebook.com/MFAUzbekistan/posts/pfbid02abc', 'MFAUzbekistan'],
    ['https://m.facebook.com/MFAUzbekistan/', 'MFAUzbekistan'],
    ['https://www.facebook.com/profile.php?id=100064512345678', '100064512345678'],
    ['https://www.facebook.com/people/Embassy-of-Uzbekistan/100069876543210/', '100069876543210'],
    ['https://www.facebook.com/login', null],
    ['https://www.facebook.com/login.php?next=x', null],
    ['https://www.facebook.com/watch/?v=123', null],
    ['https://www.facebook.com/groups/987654321012345', null],
    ['https://www.facebook.com/profile.php', null],
    ['https://www.facebook.com/', null],
    // Instagram
    ['https://www.instagram.com/mfa_uzbekistan/', 'mfa_uzbekistan'],
    ['https://www.instagram.com/mfa_uzbekistan/p/C7xYz12AbCd/', 'mfa_uzbekistan'],
    ['https://www.instagram.com/p/C7xYz12AbCd/', null],
    ['https://www.instagram.com/reel/C7xYz12AbCd/', null],
    ['https://www.instagram.com/reels/', null],
    ['https://www.instagram.com/explore/', null],
    ['https://www.instagram.com/accounts/login/', null],
    ['https://www.instagram.com/direct/inbox/', null],
    ['https://www.instagram.com/stories/mfa_uzbekistan/3333333333/', null],
    // Web
    ['https://mfa.uz/en/press/news', null],
  ])('%s → %s', (url, expected) => {
    const parsed = new URL(url);
    expect(adapterFor(parsed).urlAuthor(parsed)).toBe(expected);
  });

  test('urlAuthor of another platform’s URL is null', () => {
    for (const adapter of platforms) {
      for (const other of platforms) {
        if (other === adapter) continue;
        for (const url of other.examples) expect(adapter.urlAuthor(new URL(url)), `${adapter.platform} on ${url}`).toBeNull();
      }
    }
  });
});
