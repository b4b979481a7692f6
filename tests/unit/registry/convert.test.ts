import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert, normaliseHandle, normaliseSite, type ConvertInput } from '../../../scripts/registry/convert.ts';
import { PLATFORM_HOSTS } from '../../../scripts/registry/platform-hosts.ts';
import { DENIED_SITE_HOSTS, ORG_OVERRIDES } from '../../../seeds/registry/overrides.ts';

const slice = (f: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/registry/slice/${f}`, import.meta.url)), 'utf8');

function input(over: Partial<ConvertInput> = {}): ConvertInput {
  return {
    orgsTsv: slice('orgs.tsv'),
    accountsTsv: slice('accounts.tsv'),
    handWritten: new Set(),
    overrides: ORG_OVERRIDES,
    denied: [],
    deniedHosts: DENIED_SITE_HOSTS,
    platformHosts: PLATFORM_HOSTS,
    ...over,
  };
}

const out = convert(input());
const org = (qid: string) => out.orgs.find((o) => o[0] === qid);
const accountsOf = (qid: string) => out.accounts.filter((a) => out.orgs[a[0]]![0] === qid).map((a) => `${a[1]}:${a[2]}:${a[3]}`);
const siteOf = (qid: string) => out.sites.find((s) => out.orgs[s[0]]![0] === qid);

describe('converter: every field of an organisation', () => {
  it.each([
    // qid, name, kind, subkind, country, level, type label
    ['Q642938', 'Federal Ministry for European and International Affairs', 'mfa', 'ministry', 'AT', 'national', 'Bundesministerium'],
    ['Q4373974', 'Embassy of Belgium, Moscow', 'mfa', 'embassy', 'BE', 'abroad', 'embassy'],
    ['Q4294685', 'Ministry of Agriculture', 'government', 'ministry', 'RU', 'national', 'federal ministry in Russia'],
    ['Q985458', 'Nivala', 'government', 'government', 'FI', 'local', 'municipality of Finland'],
    ['Q1206', 'Saxony-Anhalt', 'government', 'government', 'DE', 'regional', 'federated state of Germany'],
    ['Q2260823', 'trial court Amsterdam', 'government', 'government', 'NL', 'national', 'Dutch district court'],
    ['Q117591', 'Lamego', 'government', 'government', 'PT', 'local', 'municipality of Portugal'],
  ])('%s → %s (%s/%s, %s, %s)', (qid, name, kind, subkind, country, level, type) => {
    expect(org(qid)).toEqual([qid, name, kind, subkind, country, level, type]);
  });

  it('an override corrects kind (the State Department has no "foreign" in its name) and subkind (a chamber typed only as a High Council of State)', () => {
    expect(org('Q789915')?.slice(2, 4)).toEqual(['mfa', 'ministry']);
    expect(org('Q59486')?.slice(2, 4)).toEqual(['government', 'parliament']);
    // Without the overrides both would be plain bodies.
    const bare = convert(input({ overrides: [] }));
    expect(bare.orgs.find((o) => o[0] === 'Q789915')?.slice(2, 4)).toEqual(['government', 'ministry']);
    expect(bare.orgs.find((o) => o[0] === 'Q59486')?.slice(2, 4)).toEqual(['government', 'government']);
  });

  it('an override can drop a body with all its rows', () => {
    const o = convert(input({ overrides: [{ qid: 'Q985458', drop: true, source: 'test' }] }));
    expect(o.orgs.some((r) => r[0] === 'Q985458')).toBe(false);
    expect(o.accounts.some((a) => a[2] === 'nivalankaupunki')).toBe(false);
    expect(o.report.dropped.override).toBe(1);
  });
});

describe('converter: accounts', () => {
  it('keeps every platform with its property, handles in key form', () => {
    expect(accountsOf('Q642938').sort()).toEqual([
      'bluesky:bmeia.gv.at:P12361', 'facebook:aussenministerium:P2013', 'instagram:mfa_austria:P2003', 'linkedin:aussenministerium-at:P4264',
      'threads:mfa_austria:P11892', 'x:mfa_austria:P2002', 'youtube:ucqjclntxwpvrxhn06kiqflg:P2397',
    ]);
    expect(accountsOf('Q4294685')).toEqual(expect.arrayContaining(['rutube:25589704:P10152', 'telegram:mcx_ru:P3789', 'facebook:162754797121848:P4003', 'ok:group/58417191780400:P5163', 'vk:minselhoz:P3185']));
    expect(accountsOf('Q1206')).toContain('whatsapp:0029vayi0cdklahiodu6j43y:P12542');
    expect(accountsOf('Q117591')).toContain('facebook:61553884116259:P2013');
  });

  it('drops bots, the accounts of dropped bodies, and bodies that are not government', () => {
    expect(accountsOf('Q1206').some((a) => a.includes('bot'))).toBe(false);
    expect(org('Q1144511')).toBeUndefined(); // NZ Post: a state-owned enterprise
    expect(out.accounts.some((a) => a[2] === 'nzpost')).toBe(false);
    expect(out.report.dropped).toMatchObject({ bot: 1, 'not-government': 1, 'no-org': 4 });
  });

  it('hand-written entries win: the generated row is left out', () => {
    const o = convert(input({ handWritten: new Set(['x:statedept', 'instagram:statedept']) }));
    const ids = o.accounts.filter((a) => o.orgs[a[0]]![0] === 'Q789915').map((a) => `${a[1]}:${a[2]}`);
    expect(ids).not.toContain('x:statedept');
    expect(ids).not.toContain('instagram:statedept');
    expect(ids).toContain('facebook:statedept');
    expect(o.report.dropped['hand-written']).toBe(2);
  });

  it('the deny-list removes look-alikes', () => {
    const o = convert(input({ denied: [{ platform: 'telegram', handle: 'BelgiumInRussia', reason: 'test' }] }));
    expect(o.accounts.some((a) => a[1] === 'telegram' && a[2] === 'belgiuminrussia')).toBe(false);
    expect(o.report.dropped.denied).toBe(1);
  });

  it('a handle claimed twice goes to the foreign service first', () => {
    const orgs = 'qid\tcountry\ttype\ttype_label\tname\twebsite\nQ1\tQ33\tQ856076\tmunicipality of Finland\tTown\t\nQ2\tQ33\tQ3917681\tembassy\tEmbassy of Finland, X\t\n';
    const accounts = 'qid\tproperty\taccount\nQ1\tP2002\tshared\nQ2\tP2002\tShared\n';
    const o = convert(input({ orgsTsv: orgs, accountsTsv: accounts }));
    expect(o.accounts).toEqual([[1, 'x', 'shared', 'P2002']]);
    expect(o.report.dropped.duplicate).toBe(1);
  });

  it.each([
    ['telegram', 'P3789', 'mincifra_bot', 'bot'],
    ['telegram', 'P3789', '+AbCdEf123', 'chat'],
    ['telegram', 'P3789', 'joinchat/AbCdEf', 'chat'],
    ['whatsapp', 'P12542', '+998712345678', 'chat'],
    ['x', 'P2002', 'has space', 'bad-handle'],
    ['youtube', 'P2397', 'not-a-channel-id', 'bad-handle'],
    ['x', 'P2002', '@MFA_Austria', 'mfa_austria'],
    ['facebook', 'P4003', 'Kementerian-PANRB/252032711635152', '252032711635152'],
    ['facebook', 'P2013', '/people/Commune-de-Grace/100064709227966', '100064709227966'],
    ['facebook', 'P2013', 'Berlev%C3%A5g-Kommune-109241082468879', '109241082468879'],
    ['linkedin', 'P4264', 'kungsbacka-kommun/', 'kungsbacka-kommun'],
  ] as const)('%s %s %s → %s', (platform, property, raw, expected) => {
    expect(normaliseHandle(platform, property, raw)).toBe(expected);
  });
});

describe('converter: websites', () => {
  it('host without www, path in lower case, home-page files cut', () => {
    expect(siteOf('Q985458')?.slice(1)).toEqual(['nivala.fi', '', 1]);
    expect(siteOf('Q2260823')?.slice(1)).toEqual(['rechtspraak.nl', '/organisatie-en-contact/organisatie/rechtbanken/rechtbank-amsterdam', 1]);
    expect(normaliseSite('https://www2.mfa.gov.lv/index.html', input())).toEqual(['mfa.gov.lv', '']);
  });

  it('a site of several bodies is kept once, counting them', () => {
    const orgs = 'qid\tcountry\ttype\ttype_label\tname\twebsite\nQ1\tQ33\tQ856076\tmunicipality of Finland\tA\thttps://shared.fi/\nQ2\tQ33\tQ193512\tregion of Finland\tB\thttps://www.shared.fi\n';
    const o = convert(input({ orgsTsv: orgs, accountsTsv: 'qid\tproperty\taccount\n' }));
    expect(o.sites).toEqual([[1, 'shared.fi', '', 2]]);
  });

  it.each([
    ['https://www.facebook.com/SomeTown', 'site-platform'],
    ['https://linktr.ee/town', 'site-denied'],
    ['https://town.blogspot.com/', 'site-denied'],
    ['ftp://town.fi/', 'site-bad'],
    ['not a url', 'site-bad'],
  ])('%s → %s', (url, reason) => {
    expect(normaliseSite(url, input())).toBe(reason);
  });

  it('a body of unknown country is dropped', () => {
    const o = convert(input({ orgsTsv: 'qid\tcountry\ttype\ttype_label\tname\twebsite\nQ1\tQ999999\tQ856076\tmunicipality\tX\t\n', accountsTsv: 'qid\tproperty\taccount\n' }));
    expect(o.orgs).toEqual([]);
    expect(o.report.dropped['unknown-country']).toBe(1);
  });
});
