import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSource, flagEmoji, platformOf } from '../../../utils/detect/index.ts';
import type { PageSignals } from '../../../utils/detect/types.ts';

describe('look-alikes and malformed input are none, never a throw', () => {
  it.each([
    'https://mfa.gov.uz.example.com/', 'https://gov-uz.com/', 'https://state.gov.evil.io/', 'https://mfa.org/',
    'https://mfa-uz.com/', 'https://usembassy.gov.phish.net/', 'https://www.xn--mf-8ka.uz/', 'https://xn--80ak6aa92e.com/',
    'http://192.168.0.1/mfa', 'http://[::1]/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '', '   ',
    'https://', 'ftp://mfa.uz/x', 'https://eeas-europa.eu/', 'https://gov.kz.example.ru/memleket/entities/mfa', 'https://localhost/',
  ])('%s', (url) => {
    const d = detectSource(url);
    expect(d.kind).toBe('none');
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('never throws on arbitrary strings and signals', () => {
    fc.assert(
      fc.property(fc.string(), fc.record({ title: fc.string(), authorHandle: fc.string(), governmentLabel: fc.string() }, { requiredKeys: [] }), (u, s) => {
        const d = detectSource(u, s);
        expect(['mfa', 'government', 'none']).toContain(d.kind);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every subkind', () => {
  it.each([
    ['https://mfa.uz/en/press/news/2024/1', 'mfa', 'ministry', 'UZ'],
    ['https://uz.usembassy.gov/news-events/', 'mfa', 'embassy', 'US'],
    ['https://newyork.bk.mfa.gov.tr/Mission', 'mfa', 'consulate', 'TR'],
    ['https://usun.usmission.gov/remarks/', 'mfa', 'mission', 'US'],
    ['https://www.un.int/uzbekistan/', 'mfa', 'mission', 'UZ'],
    ['https://www.eeas.europa.eu/delegations/uzbekistan_en', 'mfa', 'mission', 'EU'],
    ['http://kremlin.ru/events/president/news/1', 'government', 'head-of-state', 'RU'],
    ['https://www.bundestag.de/en/', 'government', 'parliament', 'DE'],
    ['https://www.gov.kz/memleket/entities/energo?lang=en', 'government', 'government', 'KZ'],
    ['https://www.gov.uk/government/organisations/hm-treasury', 'government', 'ministry', 'GB'],
    ['https://news.un.org/en/story/2024/05/1', 'government', 'igo', null],
    ['https://commission.europa.eu/news_en', 'government', 'igo', 'EU'],
    ['https://www.gov.kz/memleket/entities/mfa/press/news/details/1?lang=en', 'mfa', 'ministry', 'KZ'],
    ['https://www.gov.kz/memleket/entities/mfa-tashkent?lang=ru', 'mfa', 'embassy', 'KZ'],
    ['https://www.gov.uk/world/organisations/british-embassy-tashkent', 'mfa', 'embassy', 'GB'],
    ['https://www.gov.uk/government/organisations/foreign-commonwealth-development-office', 'mfa', 'ministry', 'GB'],
    ['https://www.gov.br/mre/pt-br/canais_atendimento/imprensa/notas-a-imprensa/x', 'mfa', 'ministry', 'BR'],
    ['https://www.canada.ca/en/global-affairs/news/2024/06/x.html', 'mfa', 'ministry', 'CA'],
    ['https://gov.uz/ru/mfa/news/view/1', 'mfa', 'ministry', 'UZ'],
    ['https://ambafrance-uz.org/Actualites', 'mfa', 'embassy', 'FR'],
    ['https://ambtashkent.esteri.it/it/', 'mfa', 'embassy', 'IT'],
    ['https://uzbekistan.mid.ru/ru/', 'mfa', 'embassy', 'RU'],
    ['https://www.whitehouse.gov/briefings-statements/', 'government', 'head-of-state', 'US'],
    ['https://www.defense.gov/News/', 'government', 'government', 'US'],
  ] as const)('%s → %s/%s/%s', (url, kind, subkind, country) => {
    const d = detectSource(url);
    expect([d.kind, d.subkind, d.country]).toEqual([kind, subkind, country]);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.platform).toBe('web');
  });

  it('gives a readable reason', () => {
    expect(detectSource('https://mfa.uz/en/press').reasons[0]).toBe("mfa.uz is the official website of Uzbekistan's Ministry of Foreign Affairs.");
  });
});

describe('title cues in each language refine an official domain to mfa', () => {
  it.each([
    ['en', 'Ministry of Foreign Affairs of the Republic of Uzbekistan'],
    ['ru', 'Министерство иностранных дел Республики Узбекистан'],
    ['uz', "O'zbekiston Respublikasi Tashqi ishlar vazirligi"],
    ['uz-Cyrl', 'Ўзбекистон Республикаси Ташқи ишлар вазирлиги'],
    ['kk', 'Өзбекстан Республикасы Сыртқы істер министрлігі'],
    ['tr', 'Özbekistan Dışişleri Bakanlığı'],
    ['fr', 'Ministère des Affaires étrangères'],
    ['de', 'Auswärtiges Amt'],
    ['es', 'Ministerio de Relaciones Exteriores'],
    ['ar', 'وزارة الخارجية'],
    ['zh', '乌兹别克斯坦外交部'],
  ])('%s: %s', (_lang, title) => {
    const d = detectSource('https://www.digital.gov.uz/about', { title });
    expect(d.kind).toBe('mfa');
    expect(d.country).toBe('UZ');
    expect(d.reasons.some((r) => r.startsWith('The title says'))).toBe(true);
  });

  it.each([
    ['en', 'Embassy of Uzbekistan in the USA', 'embassy'],
    ['ru', 'Посольство Республики Узбекистан в США', 'embassy'],
    ['uz', "O'zbekiston Respublikasining AQShdagi elchixonasi", 'embassy'],
    ['uz-Cyrl', 'Ўзбекистон Республикасининг АҚШдаги элчихонаси', 'embassy'],
    ['kk', 'Қазақстан Республикасының АҚШ-тағы елшілігі', 'embassy'],
    ['tr', 'T.C. Taşkent Büyükelçiliği', 'embassy'],
    ['fr', "Ambassade de France en Ouzbékistan", 'embassy'],
    ['de', 'Deutsche Botschaft Taschkent', 'embassy'],
    ['es', 'Embajada de España en Rusia', 'embassy'],
    ['ar', 'سفارة دولة الإمارات', 'embassy'],
    ['zh', '中华人民共和国驻乌兹别克斯坦共和国大使馆', 'embassy'],
    ['en', 'Consulate General of India, Dubai', 'consulate'],
    ['en', 'Permanent Mission of Kazakhstan to the United Nations', 'mission'],
  ])('%s embassy/consulate/mission cue on an unknown .org with strong evidence: %s', (_lang, title, subkind) => {
    const signals: PageSignals = { title, siteName: title, jsonLdTypes: ['GovernmentOrganization'] };
    const d = detectSource('https://some-unknown-site.org/', signals);
    expect(d.kind).toBe('mfa');
    expect(d.subkind).toBe(subkind);
    expect(d.confidence).toBeLessThanOrEqual(0.6);
  });

  it.each([
    ['Embassy of Uzbekistan', 'UZ'],
    ['Посольство Республики Узбекистан', 'UZ'],
    ['Ambassade de France en Ouzbékistan', 'FR'],
    ['中华人民共和国驻乌兹别克斯坦共和国大使馆', 'CN'],
    ['Türkiye Cumhuriyeti Taşkent Büyükelçiliği', 'TR'],
  ])('country from cue text: %s → %s', (title, country) => {
    const d = detectSource('https://example.org/', { title, siteName: title, jsonLdTypes: ['GovernmentOrganization'] });
    expect(d.country).toBe(country);
  });

  it.each([
    ['https://www.bbc.com/news/world-1', { title: 'Embassy of France hosts reception' }],
    ['https://www.bbc.com/news/world-1', { title: 'Embassy of France', siteName: 'Embassy of France', jsonLdTypes: ['GovernmentOrganization'] }],
    ['https://example.org/', { title: 'Embassy of France in Tashkent' }],
    ['https://kun.uz/news/1', { title: 'Tashqi ishlar vazirligi bayonot berdi' }],
    ['https://example.org/', { title: 'Government of Uzbekistan', siteName: 'Government', jsonLdTypes: ['GovernmentOrganization'] }],
  ])('cues alone do not make %s official', (url, signals) => {
    expect(detectSource(url, signals).kind).toBe('none');
  });

  it('a cue naming another country does not refine an official domain', () => {
    expect(detectSource('https://www.gov.uk/government/news/x', { title: 'Embassy of France hosts reception' }).kind).toBe('government');
  });
});

describe('social platforms', () => {
  it.each([
    ['https://x.com/MFA_Uzbekistan', 'x', 'mfa', 'ministry', 'UZ'],
    ['https://twitter.com/mfa_uzbekistan/status/1', 'x', 'mfa', 'ministry', 'UZ'],
    ['https://mobile.twitter.com/StateDept', 'x', 'mfa', 'ministry', 'US'],
    ['https://x.com/SpokespersonCHN/status/1', 'x', 'mfa', 'minister', 'CN'],
    ['https://www.facebook.com/usdos', 'facebook', 'mfa', 'ministry', 'US'],
    ['https://m.facebook.com/francediplomatie/posts/1', 'facebook', 'mfa', 'ministry', 'FR'],
    ['https://t.me/MID_Russia', 'telegram', 'mfa', 'ministry', 'RU'],
    ['https://t.me/s/mfauz/1234', 'telegram', 'mfa', 'ministry', 'UZ'],
    ['https://www.youtube.com/@StateDept', 'youtube', 'mfa', 'ministry', 'US'],
    ['https://www.youtube.com/c/MofaJapan', 'youtube', 'mfa', 'ministry', 'JP'],
    ['https://www.youtube.com/user/francediplomatie', 'youtube', 'mfa', 'ministry', 'FR'],
    ['https://www.instagram.com/statedept/', 'instagram', 'mfa', 'ministry', 'US'],
    ['https://x.com/eu_eeas', 'x', 'mfa', 'ministry', 'EU'],
    ['https://x.com/KremlinRussia_E', 'x', 'government', 'head-of-state', 'RU'],
    ['https://x.com/UN', 'x', 'government', 'igo', null],
    // handle heuristics
    ['https://x.com/MFA_Georgia', 'x', 'mfa', 'ministry', 'GE'],
    ['https://x.com/PolandMFA', 'x', 'mfa', 'ministry', 'PL'],
    ['https://x.com/EmbassyOfIndia', 'x', 'mfa', 'embassy', 'IN'],
    ['https://x.com/USEmbassyKyiv', 'x', 'mfa', 'embassy', 'US'],
    ['https://x.com/UKinTurkiye', 'x', 'mfa', 'embassy', 'GB'],
    ['https://x.com/FranceinUzbek', 'x', 'mfa', 'embassy', 'FR'],
    ['https://x.com/RusEmbUz', 'x', 'mfa', 'embassy', 'RU'],
  ] as const)('%s', (url, platform, kind, subkind, country) => {
    const d = detectSource(url);
    expect(platformOf(url)).toBe(platform);
    expect([d.platform, d.kind, d.subkind, d.country]).toEqual([platform, kind, subkind, country]);
  });

  it.each([
    'https://x.com/home', 'https://x.com/explore', 'https://x.com/search?q=mfa', 'https://x.com/i/flow/login',
    'https://x.com/settings', 'https://x.com/notifications', 'https://x.com/elonmusk', 'https://t.me/joinchat/abc',
    'https://www.youtube.com/watch?v=1', 'https://www.instagram.com/p/abc/', 'https://x.com/Mfamily', 'https://x.com/JohnInParis',
  ])('%s is none', (url) => {
    expect(detectSource(url).kind).toBe('none');
  });

  it('authorHandle overrides the URL handle (each post judged by its author)', () => {
    expect(detectSource('https://x.com/StateDept/status/1', { authorHandle: 'elonmusk' }).kind).toBe('none');
    const d = detectSource('https://x.com/home', { authorHandle: '@MFA_KZ' });
    expect([d.kind, d.country]).toEqual(['mfa', 'KZ']);
  });

  it('a government label makes an unknown account government at least', () => {
    const d = detectSource('https://x.com/someagency', { governmentLabel: 'Uzbekistan government organization' });
    expect([d.kind, d.country]).toEqual(['government', 'UZ']);
    const m = detectSource('https://x.com/someagency', { governmentLabel: 'Kazakhstan government organization', authorName: 'Ministry of Foreign Affairs of Kazakhstan' });
    expect(m.kind).toBe('mfa');
    expect(detectSource('https://x.com/rt_com', { governmentLabel: 'Russia state-affiliated media' }).kind).toBe('none');
  });
});

describe('flagEmoji', () => {
  it.each([['UZ', '🇺🇿'], ['eu', '🇪🇺'], [null, ''], ['XYZ', '']])('%s', (code, flag) => {
    expect(flagEmoji(code)).toBe(flag);
  });
});
