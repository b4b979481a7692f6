import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../scripts/registry/convert.ts';
import { PLATFORM_HOSTS } from '../../../scripts/registry/platform-hosts.ts';
import { COUNTRIES } from '../../../seeds/countries.ts';
import { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SITES, GENERATED_TYPES } from '../../../seeds/registry/generated/govdirectory.ts';
import { DENIED_ACCOUNTS, DENIED_SITE_HOSTS, ORG_OVERRIDES } from '../../../seeds/registry/overrides.ts';
import { REGISTRY_PLATFORMS } from '../../../seeds/registry/platforms.ts';
import { SOCIAL_ACCOUNTS } from '../../../seeds/registry/social.ts';
import { lookupAccount } from '../../../utils/detect/account-registry.ts';
import { detectSource } from '../../../utils/detect/index.ts';

const read = (f: string) => readFileSync(fileURLToPath(new URL(`../../../seeds/registry/govdirectory/${f}`, import.meta.url)), 'utf8');

describe('the generated registry', () => {
  it('is what the converter makes of the committed snapshot (run `npm run registry:build` after changing either)', () => {
    const out = convert({
      orgsTsv: read('orgs.tsv'),
      accountsTsv: read('accounts.tsv'),
      handWritten: new Set(SOCIAL_ACCOUNTS.flatMap((a) => a.on.map((p) => `${p}:${a.handle.toLowerCase()}`))),
      overrides: ORG_OVERRIDES,
      denied: DENIED_ACCOUNTS,
      deniedHosts: DENIED_SITE_HOSTS,
      platformHosts: PLATFORM_HOSTS,
    });
    expect(out.orgs.length).toBe(GENERATED_ORGS.length);
    expect(out.orgs.map((o) => [...o.slice(0, 6), GENERATED_TYPES.indexOf(o[6])])).toEqual(GENERATED_ORGS.map((o) => [...o]));
    expect(out.accounts).toEqual(GENERATED_ACCOUNTS.map((a) => [...a]));
    expect(out.sites).toEqual(GENERATED_SITES.map((s) => [...s]));
  });

  it('names real countries, known platforms, lower-case keys', () => {
    const codes = new Set(Object.keys(COUNTRIES));
    for (const o of GENERATED_ORGS) expect(codes.has(o[4]), o[0]).toBe(true);
    for (const a of GENERATED_ACCOUNTS) {
      expect(REGISTRY_PLATFORMS, a[2]).toContain(a[1]);
      expect(a[2]).toBe(a[2].toLowerCase());
      expect(a[3]).toMatch(/^P\d+$/);
    }
    for (const s of GENERATED_SITES) expect(s[1]).toMatch(/^[a-z0-9.-]+\.[a-z0-9-]+$/);
  });

  it('covers the foreign ministry of every state it has bodies of', () => {
    const states = new Set(GENERATED_ORGS.map((o) => o[4]));
    const mfa = new Set(GENERATED_ORGS.filter((o) => o[2] === 'mfa' && o[3] === 'ministry').map((o) => o[4]));
    expect([...states].filter((c) => !mfa.has(c))).toEqual([]);
  });
});

describe('detection with the generated registry', () => {
  it.each([
    ['https://www.facebook.com/mcx_rf', 'none'], // the ministry's handle on X and Instagram, not on Facebook
    ['https://t.me/BelgiumInRussia', 'mfa/embassy/BE'],
    ['https://t.me/s/BelgiumInRussia/123', 'mfa/embassy/BE'],
    ['https://www.instagram.com/mfa_austria/', 'mfa/ministry/AT'],
    ['https://www.facebook.com/aussenministerium', 'mfa/ministry/AT'],
    ['https://www.youtube.com/channel/UC7kKn6-SbBJIxB6zQol-7WQ', 'government/government/FI'],
    ['https://www.facebook.com/Munic%C3%ADpio-de-Lamego-61553884116259', 'government/government/PT'],
    ['https://www.facebook.com/pages/Kementerian-PANRB/252032711635152', 'government/ministry/ID'],
    ['https://github.com/justicecanada', 'government/ministry/CA'],
    ['https://github.com/justicecanada/some-repo', 'government/ministry/CA'],
    ['https://www.threads.net/@mfa_austria', 'mfa/ministry/AT'],
    ['https://rutube.ru/channel/25589704/', 'government/ministry/RU'],
    ['https://whatsapp.com/channel/0029Vayi0cDKLaHiodU6j43y', 'government/government/DE'],
    ['https://www.nivala.fi/palvelut/', 'government/government/FI'],
    ['https://finlandabroad.fi/web/usa/ajankohtaista', 'mfa/embassy/FI'],
    ['https://www.gov.ie/en/organisation/department-of-foreign-affairs/', 'mfa/ministry/IE'],
    ['https://www.eerstekamer.nl/', 'government/parliament/NL'],
    ['https://github.com/torvalds', 'none'],
    ['https://github.com/about', 'none'],
    ['https://www.threads.net/@someone_random_2024', 'none'],
  ])('%s → %s', (url, expected) => {
    const d = detectSource(url);
    expect(d.kind === 'none' ? 'none' : `${d.kind}/${d.subkind}/${d.country}`).toBe(expected);
  });

  it('says where a generated entry comes from', () => {
    const d = detectSource('https://t.me/BelgiumInRussia');
    expect(d.reasons.join(' ')).toMatch(/Embassy of Belgium, Moscow.*Wikidata Q4373974 \(P3789\), via Govdirectory, retrieved 2026-01-02/);
  });

  it('a YouTube page that gives its channel id matches by id, whatever its address', () => {
    const d = detectSource('https://www.youtube.com/@nivalankaupunki', { authorId: 'UC7kKn6-SbBJIxB6zQol-7WQ' });
    expect([d.kind, d.country]).toEqual(['government', 'FI']);
  });

  it('hand-written entries override generated ones', () => {
    // @StateDept is hand-written with its own name; the Wikidata row for the same handle is not used.
    const a = lookupAccount('x', 'StateDept');
    expect(a?.origin).toBe('hand-written');
    expect(a?.name).toBe('U.S. Department of State');
  });

  it('the deny-list wins over handle patterns', () => {
    const d = detectSource('https://x.com/EmbassySuites');
    expect(d.kind).toBe('none');
    expect(d.reasons[0]).toMatch(/hotel/);
  });
});
