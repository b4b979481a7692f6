import { describe, expect, it } from 'vitest';
import { COUNTRIES, NON_UN_EXTRAS } from '../../../seeds/countries.ts';
import { COUNTRY_NAMES, CUES } from '../../../seeds/registry/cues.ts';
import { GOV_CONVENTIONS, GOV_SITES } from '../../../seeds/registry/gov-domains.ts';
import { IGO_DOMAINS } from '../../../seeds/registry/igo.ts';
import { DIPLOMATIC_DOMAINS, MFA_SITES } from '../../../seeds/registry/mfa-sites.ts';
import { PORTAL_PATHS } from '../../../seeds/registry/paths.ts';
import { SOCIAL_ACCOUNTS } from '../../../seeds/registry/social.ts';

const codes = new Set(Object.keys(COUNTRIES));
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

interface Entry { country: string | null; domain: string; path?: string; source: string; match?: string }
const webEntries: [string, readonly Entry[]][] = [
  ['MFA_SITES', MFA_SITES],
  ['DIPLOMATIC_DOMAINS', DIPLOMATIC_DOMAINS],
  ['GOV_CONVENTIONS', GOV_CONVENTIONS],
  ['GOV_SITES', GOV_SITES],
  ['PORTAL_PATHS', PORTAL_PATHS],
  ['IGO_DOMAINS', IGO_DOMAINS],
];

describe('registries are well-formed', () => {
  it.each(webEntries)('%s: ISO code, lower-case domain, source note', (_name, entries) => {
    for (const e of entries) {
      if (e.country !== null) expect(codes.has(e.country), `${e.domain}: ${e.country}`).toBe(true);
      const d = e.match === 'hyphen' ? e.domain.replace('-*', '-x') : e.domain;
      expect(d, e.domain).toMatch(DOMAIN);
      expect(e.domain, e.domain).toBe(e.domain.toLowerCase());
      expect(e.source.trim().length, e.domain).toBeGreaterThan(3);
      if (e.path) expect(e.path.startsWith('/'), `${e.domain}${e.path}`).toBe(true);
    }
  });

  it('has no duplicate domain (+path) within or across registries', () => {
    const seen = new Map<string, string>();
    for (const [name, entries] of webEntries) {
      for (const e of entries) {
        const key = `${e.domain}${e.path ?? ''}`;
        const before = seen.get(key);
        // a government zone may also hold a path-less government site of the same name only once
        expect(before, `${key} in ${name} and ${before}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('has an MFA entry for each of the 193 UN members and 2 observer states', () => {
    const withMfa = new Set<string>(MFA_SITES.map((s) => s.country));
    const states = [...codes].filter((c) => !NON_UN_EXTRAS.includes(c));
    expect(states).toHaveLength(195);
    expect(states.filter((c) => !withMfa.has(c))).toEqual([]);
  });

  it('social accounts: code, platforms, source, no duplicate handle per platform', () => {
    const seen = new Set<string>();
    for (const a of SOCIAL_ACCOUNTS) {
      if (a.country !== null) expect(codes.has(a.country), a.handle).toBe(true);
      expect(a.handle).toMatch(/^[A-Za-z0-9_.]+$/);
      expect(a.on.length).toBeGreaterThan(0);
      expect(a.source.length).toBeGreaterThan(3);
      for (const p of a.on) {
        const key = `${p}:${a.handle.toLowerCase()}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('cues and country names use known codes and cover the required languages', () => {
    for (const [, code] of COUNTRY_NAMES) expect(codes.has(code), code).toBe(true);
    const langs = new Set<string>(CUES.map(([, , l]) => l));
    for (const l of ['en', 'ru', 'uz', 'uz-Cyrl', 'kk', 'tr', 'fr', 'de', 'es', 'ar', 'zh']) expect(langs.has(l), l).toBe(true);
  });
});
