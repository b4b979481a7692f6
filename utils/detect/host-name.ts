/**
 * Embassy sites that have a domain of their own (kazakhembus.com,
 * embassyofturkmenistan.org, embajadadeuzbekistan.es, amb-uzbekistan.fr):
 * no registry can list them all, but their names say what they are. A name
 * counts only when it holds BOTH an embassy word and a country, and none of the
 * words of the visa agencies and hotels that borrow the word "embassy".
 * Pure; used after the registry, never instead of it.
 */
import { COUNTRIES } from '../../seeds/countries.ts';
import { HANDLE_COUNTRY_ABBREVIATIONS } from '../../seeds/registry/cues.ts';
import type { SourceSubkind } from './types.ts';

/** Embassy and consulate words in the languages embassies name their sites in. */
const WORDS: readonly [string, 'embassy' | 'consulate'][] = [
  ['embassy', 'embassy'], ['embajada', 'embassy'], ['embaixada', 'embassy'], ['ambassade', 'embassy'],
  ['ambasciata', 'embassy'], ['ambasada', 'embassy'], ['botschaft', 'embassy'], ['posolstvo', 'embassy'],
  ['elchixona', 'embassy'], ['elciligi', 'embassy'], ['buyukelciligi', 'embassy'], ['velvyslanectvi', 'embassy'],
  ['consulate', 'consulate'], ['consulado', 'consulate'], ['consulat', 'consulate'], ['konsulat', 'consulate'],
  ['consulgeneral', 'consulate'],
];
const CODES = new Set<string>();
for (const [code, [, a3]] of Object.entries(COUNTRIES)) {
  CODES.add(code.toLowerCase());
  CODES.add(a3.toLowerCase());
}
CODES.add('uk');
/** Words of businesses that use "embassy" in their names: never an embassy's own site. */
const NOT_OFFICIAL = /visa|travel|tour|hotel|suite|jobs|news|blog|shop|cafe|restaurant|cinema|theatre|theater|pub|bar|club|school|academy|law|legal|immigra|agency|service|online|help|info|guide|apply/;

const countryTokens: [string, string][] = [];
for (const [code, [name]] of Object.entries(COUNTRIES)) {
  const token = name.toLowerCase().replace(/[^a-z]/g, '');
  if (token.length >= 4) countryTokens.push([token, code]);
}
for (const [abbr, code] of HANDLE_COUNTRY_ABBREVIATIONS) if (abbr.length >= 4) countryTokens.push([abbr, code]);
// Longest first: 'turkmenistan' before 'turkmen', 'kazakhstan' before 'kazakh'.
countryTokens.sort((a, b) => b[0].length - a[0].length);

export interface HostGuess {
  subkind: Extract<SourceSubkind, 'embassy' | 'consulate'>;
  country: string;
  word: string;
}

function countryIn(s: string): { code: string; token: string; at: number } | null {
  for (const [token, code] of countryTokens) {
    const at = s.indexOf(token);
    if (at >= 0) return { code, token, at };
  }
  return null;
}

/** Short forms embassies put before their word ('tajembassy', 'kazembassy'): the curated ones and ISO alpha-3 codes. */
const SHORT_COUNTRY = new Map<string, string>([['taj', 'TJ'], ['kaz', 'KZ'], ['uzb', 'UZ'], ['kgz', 'KG'], ['kyr', 'KG'], ['tkm', 'TM']]);
for (const [code, [, a3]] of Object.entries(COUNTRIES)) if (!SHORT_COUNTRY.has(a3.toLowerCase())) SHORT_COUNTRY.set(a3.toLowerCase(), code);

/** `label` is the registrable domain without its public suffix ('kazakhembus'). */
export function guessFromHostLabel(label: string): HostGuess | null {
  const s = label.toLowerCase().replace(/[^a-z]/g, '');
  if (s.length < 6 || NOT_OFFICIAL.test(s)) return null;
  // '<abbreviation><embassy word>' and nothing else: 'tajembassy', 'usaembassy'.
  for (const [word, subkind] of WORDS) {
    if (s.endsWith(word)) {
      const code = SHORT_COUNTRY.get(s.slice(0, -word.length));
      if (code) return { subkind, country: code, word };
    }
  }
  const country = countryIn(s);
  if (!country) return null;
  const rest = s.slice(0, country.at) + ' ' + s.slice(country.at + country.token.length);
  for (const [word, subkind] of WORDS) if (rest.includes(word)) return { subkind, country: country.code, word };
  // 'kazakhembus', 'uzbekemb', 'amb-uzbekistan', 'embuzbekistan': a short form touching the country name.
  const before = s.slice(0, country.at);
  const after = s.slice(country.at + country.token.length);
  // Short forms only in the shapes embassies use: 'emb' or 'amb' as the whole head
  // ('amb-uzbekistan', 'embuzbekistan'), or 'emb' plus a host-country code as the tail
  // ('kazakhembus'). So 'chinaembroidery' and 'uzbekamber' are not embassies.
  if (before === 'emb' || before === 'amb') return { subkind: 'embassy', country: country.code, word: before };
  if (after.startsWith('emb') && (after.length === 3 || CODES.has(after.slice(3)))) return { subkind: 'embassy', country: country.code, word: 'emb' };
  return null;
}

/** Whether any label of a host carries an embassy or consulate word ('indembassyuz.gov.in'). */
export function embassyWordIn(host: string): 'embassy' | 'consulate' | null {
  const s = host.toLowerCase().replace(/[^a-z.]/g, '');
  for (const [word, subkind] of WORDS) if (s.includes(word)) return subkind;
  return null;
}

/**
 * Names that only a foreign ministry gives itself: a host label ('mfa.gov.ng',
 * 'mofa.gov.xx') or a path segment on a government site
 * ('government.se/…/ministry-for-foreign-affairs', 'kormany.hu/en/ministry-of-foreign-affairs-and-trade').
 * Used to refine a government source to the foreign ministry, never on its own.
 */
const MFA_LABELS = new Set(['mfa', 'mofa', 'mfat', 'mofaic', 'mofat', 'foreignaffairs', 'foreign-affairs', 'diplomatie', 'diplomacy', 'mre', 'rree', 'cancilleria']);
const MFA_SEGMENT = /^(?:mfa|mofa|(?:ministry|department)-(?:of|for)-foreign-affairs(?:-[a-z-]+)?|ministere-des-affaires-etrangeres|ministerio-de-relaciones-exteriores|auswaertiges-amt)$/;

export function mfaNameIn(host: string, segments: readonly string[]): string | null {
  for (const label of host.split('.').slice(0, -2)) if (MFA_LABELS.has(label)) return label;
  for (const seg of segments) if (MFA_SEGMENT.test(seg)) return seg;
  return null;
}

/** 'mfa' or 'mofa' as the whole registrable name on a country's own top-level domain (mfa.is, mfa.md). */
export function mfaCountryDomain(domainLabel: string | null, suffix: string): boolean {
  return !!domainLabel && ['mfa', 'mofa', 'mfat', 'mofaic'].includes(domainLabel) && /^[a-z]{2}$/.test(suffix);
}
