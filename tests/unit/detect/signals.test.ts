import { describe, expect, it } from 'vitest';
import { detectSource } from '../../../utils/detect/index.ts';
import type { PageSignals } from '../../../utils/detect/types.ts';

type Row = readonly [string, string, PageSignals, string];
const summary = (url: string, s: PageSignals) => {
  const d = detectSource(url, s);
  return `${d.tier ?? '-'} ${d.kind}${d.kind === 'none' ? '' : `/${d.subkind}/${d.country}`}`;
};

describe('tiers from what the profile shows (accounts in no registry)', () => {
  it.each<Row>([
    // certain: a registry entry, whatever the page says
    ['registry by handle', 'https://x.com/MFA_Austria', {}, 'certain mfa/ministry/AT'],
    ['registry by YouTube channel id', 'https://www.youtube.com/@somechannel', { authorId: 'UC7kKn6-SbBJIxB6zQol-7WQ' }, 'certain government/government/FI'],
    // high: the platform's mark with a phrase or an official link
    ['grey check + embassy name', 'https://x.com/EmbNowhere1', { authorName: 'Embassy of Uzbekistan in Japan', authorBadge: 'government' }, 'high mfa/embassy/UZ'],
    ['government label + ministry name', 'https://x.com/someministry', { authorName: 'Ministry of Foreign Affairs of Mongolia', governmentLabel: 'Mongolia government organization' }, 'high mfa/ministry/MN'],
    ['verified + link to the ministry site', 'https://www.youtube.com/@mofamongolia', { authorName: 'MoFA', authorBadge: 'verified', authorLinks: ['https://mfa.gov.mn/en/'] }, 'high mfa/ministry/MN'],
    ['government label alone', 'https://x.com/somebody123', { governmentLabel: 'Mongolia government organization' }, 'high government/government/MN'],
    // probable: link + phrase, or a handle pattern
    ['link + phrase, no badge', 'https://t.me/kg_embassy_tokyo_news', { authorName: 'Посольство Кыргызской Республики в Японии', authorLinks: ['https://mfa.gov.kg/ru/dm/Posolstvo-Kyrgyzskoy-Respubliki-v-Yaponii'] }, 'probable mfa/embassy/KG'],
    ['handle pattern', 'https://x.com/MFA_Mongolia', {}, 'probable mfa/ministry/MN'],
    // possible: shown, not counted
    ['a name alone', 'https://x.com/abc_diplo_news', { authorName: 'Embassy of Peru in Kenya' }, 'possible none'],
    ['a link alone', 'https://x.com/traveller_kz', { authorName: 'Aigerim', authorLinks: ['https://www.gov.kz/memleket/entities/mfa'] }, 'possible none'],
    // hard negatives
    ['parody of a ministry with a grey-looking name', 'https://x.com/MFA_Ruritania', { authorName: 'MFA of Russia (parody)', authorBio: 'Parody account. Not affiliated with any government.' }, '- none'],
    ['fan account of an embassy', 'https://www.instagram.com/uzbekembassy_fans/', { authorName: 'Embassy of Uzbekistan fan page', authorBadge: 'verified' }, '- none'],
    ['a hotel called Embassy', 'https://www.instagram.com/embassyhotel_tashkent/', { authorName: 'Embassy Hotel Tashkent', authorBio: 'Boutique hotel in the heart of Tashkent' }, '- none'],
    ['a visa agency', 'https://t.me/embassy_visa_help', { authorName: 'Embassy Visa Help', authorBio: 'Visa agency: appointments at the US Embassy, forms, translations' }, '- none'],
    ['a journalist', 'https://x.com/janedoe_news', { authorName: 'Jane Doe', authorBio: 'Foreign correspondent covering the Ministry of Foreign Affairs', authorBadge: 'paid' }, '- none'],
    ["a minister's personal account", 'https://x.com/jsmith_mp', { authorName: 'John Smith', authorBio: 'Minister of Foreign Affairs. Personal account, views my own.', authorBadge: 'government' }, '- none'],
    ['paid check + ministry name: only possible', 'https://x.com/mfa_updates_24', { authorName: 'Ministry of Foreign Affairs updates', authorBadge: 'paid' }, 'possible none'],
    ['paid check alone', 'https://x.com/randomperson', { authorBadge: 'paid' }, '- none'],
  ])('%s', (_what, url, signals, expected) => {
    expect(summary(url, signals)).toBe(expected);
  });

  it('possible says why it is not counted, and a paid check is explained', () => {
    const d = detectSource('https://x.com/mfa_updates_24', { authorName: 'Ministry of Foreign Affairs updates', authorBadge: 'paid' });
    expect(d.reasons[0]).toMatch(/does not show an official source/);
    expect(d.reasons.join(' ')).toMatch(/paid subscription/);
  });

  it('a negative names the words that decided it', () => {
    const d = detectSource('https://www.instagram.com/embassyhotel_tashkent/', { authorName: 'Embassy Hotel Tashkent' });
    expect(d.reasons[0]).toMatch(/'Hotel'.*a hotel or restaurant/);
  });

  it('the registry outranks what the profile says (an embassy whose bio mentions visa services)', () => {
    const d = detectSource('https://t.me/BelgiumInRussia', { authorBio: 'Visa application centre information' });
    expect(d.tier).toBe('certain');
  });
});
