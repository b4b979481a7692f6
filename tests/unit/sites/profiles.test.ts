// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectSource } from '../../../utils/detect/index';
import type { PageSignals } from '../../../utils/detect/types';
import { adapterFor } from '../../../utils/sites/index';
import { loadFixture } from './fixtures';

/** What the content script sends for a profile page: the owner from the URL or markup, its name, label and profile signals. */
function pageSignals(url: string, doc: Document): PageSignals {
  const adapter = adapterFor(new URL(url));
  const owner = adapter.pageAuthor(doc);
  return {
    authorHandle: adapter.urlAuthor(new URL(url)) ?? owner?.handle,
    authorName: owner?.name,
    governmentLabel: owner?.governmentLabel,
    ...adapter.profile?.(doc),
  };
}

const judge = (url: string, doc: Document) => {
  const d = detectSource(url, pageSignals(url, doc));
  return `${d.tier ?? '-'} ${d.kind}${d.kind === 'none' ? '' : `/${d.subkind}/${d.country}`}`;
};

describe('saved profile pages are judged from what they show', () => {
  test.each([
    ['x', 'profile.html', 'https://x.com/MFA_Uzbekistan', 'certain mfa/ministry/UZ'],
    ['telegram', 'channel-mfauz.html', 'https://t.me/s/mfauz', 'certain mfa/ministry/UZ'],
    ['profiles', 'x-embassy-grey-check.html', 'https://x.com/EmbMongoliaJP', 'high mfa/embassy/MN'],
    ['profiles', 'youtube-channel-id-in-registry.html', 'https://www.youtube.com/@nivalankaupunki', 'certain government/government/FI'],
    ['profiles', 'youtube-verified-ministry.html', 'https://www.youtube.com/@mofamongolia', 'high mfa/ministry/MN'],
    ['profiles', 'telegram-embassy-linked.html', 'https://t.me/s/kgembassy_tokyo', 'probable mfa/embassy/KG'],
    ['profiles', 'x-paid-check-ministry-name.html', 'https://x.com/mfa_updates_24', 'possible none'],
    // hard negatives
    ['profiles', 'x-parody-ministry.html', 'https://x.com/mfa_mongolia_en', '- none'],
    ['profiles', 'x-journalist-paid-check.html', 'https://x.com/janedoe_news', '- none'],
    ['profiles', 'x-minister-personal.html', 'https://x.com/jsmith_fm', '- none'],
    ['profiles', 'telegram-visa-agency.html', 'https://t.me/s/embassy_visa_help', '- none'],
    ['profiles', 'youtube-fan-channel.html', 'https://www.youtube.com/@embassyfanclub', '- none'],
    ['profiles', 'instagram-embassy-hotel.html', 'https://www.instagram.com/embassyhotel_tashkent/', '- none'],
    ['profiles', 'facebook-politician-personal.html', 'https://www.facebook.com/johnsmith.official.page/', '- none'],
  ])('%s/%s → %s', (dir, file, url, expected) => {
    expect(judge(url, loadFixture(dir, file))).toBe(expected);
  });
});

describe('profile readers', () => {
  test('X: bio, the website as its text (not the t.co href), grey check as government', () => {
    const doc = loadFixture('profiles', 'x-embassy-grey-check.html');
    expect(adapterFor(new URL('https://x.com/EmbMongoliaJP')).profile?.(doc)).toEqual({
      authorBio: 'News of the Embassy. Consular information on our website.',
      authorLinks: ['https://mfa.gov.mn/'],
      authorBadge: 'government',
    });
  });

  test('X: a blue check is paid', () => {
    const doc = loadFixture('profiles', 'x-journalist-paid-check.html');
    expect(adapterFor(new URL('https://x.com/janedoe_news')).profile?.(doc)?.authorBadge).toBe('paid');
  });

  test('YouTube: the UC… id from the page, the redirect link decoded, the check', () => {
    const doc = loadFixture('profiles', 'youtube-verified-ministry.html');
    expect(adapterFor(new URL('https://www.youtube.com/@mofamongolia')).profile?.(doc)).toMatchObject({
      authorId: 'UCaaaaaaaaaaaaaaaaaaaaaa',
      authorLinks: ['https://mfa.gov.mn/en/'],
      authorBadge: 'verified',
    });
  });

  test('Telegram: description, its links (not t.me ones), the verified icon', () => {
    const p = adapterFor(new URL('https://t.me/s/mfauz')).profile?.(loadFixture('telegram', 'channel-mfauz.html'));
    expect(p).toEqual({ authorBio: 'Rasmiy kanal / Official channel of the Ministry of Foreign Affairs of the Republic of Uzbekistan', authorBadge: 'verified' });
  });

  test('Instagram: the check counts as paid, the external link by its text', () => {
    const p = adapterFor(new URL('https://www.instagram.com/embassyhotel_tashkent/')).profile?.(loadFixture('profiles', 'instagram-embassy-hotel.html'));
    expect(p).toMatchObject({ authorBadge: 'paid', authorLinks: ['https://embassyhotel.example.uz/'] });
  });

  test('pages without a profile header give nothing', () => {
    const doc = loadFixture('x', 'home-timeline.html');
    expect(adapterFor(new URL('https://x.com/home')).profile?.(doc)).toBeNull();
  });
});
