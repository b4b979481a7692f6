/**
 * The user's corrections applied to real judgements (detectSource with the registry): a
 * correction beats the registry both ways, reaches only its own site or account, and a
 * malformed one is refused in words naming the field.
 */
import { describe, expect, test } from 'vitest';
import { detectSource } from '../../../utils/detect/index';
import { createCorrectionIndex, judgeWithCorrections, sourceOf } from '../../../utils/detect/apply-corrections';
import { readCorrection, readCorrections, targetKey, type Correction, type CorrectionInput } from '../../../utils/detect/correction';
import type { PageSignals } from '../../../utils/detect/types';

const T = 1_765_000_000_000;
function correction(input: CorrectionInput): Correction {
  const r = readCorrection(input, 'c', T);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.correction;
}

const officialSite = correction({ target: { platform: 'web', host: 'www.example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: 'Embassy of Uzbekistan in Ruritania' });
const notMid = correction({ target: { platform: 'web', host: 'mid.ru' }, kind: 'none', subkind: 'none', country: null, label: '' });
const subSite = correction({ target: { platform: 'web', host: 'visa.example-embassy.org' }, kind: 'none', subkind: 'none', country: null, label: 'a visa agent' });
const xAccount = correction({ target: { platform: 'x', handle: '@UzEmbRuritania' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: '' });
const notMfaRussia = correction({ target: { platform: 'x', handle: 'mfa_russia' }, kind: 'none', subkind: 'none', country: null, label: '' });
const ytChannel = correction({ target: { platform: 'youtube', id: 'UCaaaaaaaaaaaaaaaaaaaaaa' }, kind: 'government', subkind: 'ministry', country: 'KZ', label: 'Ministry of Health of Kazakhstan' });
const github = correction({ target: { platform: 'github', handle: 'alphagov' }, kind: 'government', subkind: 'government', country: 'GB', label: '' });
const index = createCorrectionIndex([officialSite, notMid, subSite, xAccount, notMfaRussia, ytChannel, github]);

const judge = (url: string, signals: PageSignals = {}) => judgeWithCorrections(url, signals, index, detectSource);

describe('a correction beats the registry and the signals', () => {
  test.each([
    // [url, signals, kind, subkind, country, what DiploLens said without the mark]
    ['https://example-embassy.org/en/visa', {}, 'mfa', 'embassy', 'UZ', 'none'],
    ['https://www.example-embassy.org/', {}, 'mfa', 'embassy', 'UZ', 'none'],
    ['https://consular.example-embassy.org/', {}, 'mfa', 'embassy', 'UZ', 'none'],
    // The nearer host's correction wins over the site's.
    ['https://visa.example-embassy.org/apply', {}, 'none', 'none', null, 'none'],
    // 'Not official' beats a registry hit (www.mid.ru is the registry's).
    ['https://www.mid.ru/ru/', {}, 'none', 'none', null, 'mfa'],
    // Its handle reads as an embassy's already ('probable'): the mark makes it certain.
    ['https://x.com/UzEmbRuritania', {}, 'mfa', 'embassy', 'UZ', 'mfa'],
    // The post's author, in any case, on a timeline's permalink.
    ['https://x.com/someone/status/1', { authorHandle: 'uzembruritania' }, 'mfa', 'embassy', 'UZ', 'mfa'],
    ['https://x.com/mfa_russia', {}, 'none', 'none', null, 'mfa'],
    ['https://x.com/MFA_Russia/status/123', {}, 'none', 'none', null, 'mfa'],
    // A channel by its lasting id, whatever its handle.
    ['https://www.youtube.com/@kzhealth', { authorId: 'UCaaaaaaaaaaaaaaaaaaaaaa' }, 'government', 'ministry', 'KZ', 'none'],
    ['https://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaaa', { authorId: 'UCaaaaaaaaaaaaaaaaaaaaaa' }, 'government', 'ministry', 'KZ', 'none'],
    // An account named by a web address's path.
    ['https://github.com/alphagov', {}, 'government', 'government', 'GB', 'none'],
  ] as const)('%s %j → %s %s %s (own: %s)', (url, signals, kind, subkind, country, own) => {
    const d = judge(url, signals);
    expect(d).toMatchObject({ tier: 'certain', kind, subkind, country, markedBy: 'user' });
    expect(d.reasons[0]).toMatch(/^You marked /);
    const ownD = detectSource(url, signals);
    expect(ownD.kind).toBe(own);
    const same = ownD.kind === kind && ownD.subkind === subkind && ownD.country === country;
    expect(d.reasons[1]).toMatch(same ? /judged it so too/ : /^Without your mark DiploLens would judge it (not an official source|a foreign-ministry source)/);
    expect(d.platform).toBe(detectSource(url, signals).platform);
    expect(d.confidence).toBe(kind === 'none' ? 0 : 1);
  });
});

describe('a correction reaches only its own site or account', () => {
  test.each([
    // Look-alike hosts of a corrected one.
    ['https://example-embassy.org.attacker.com/'],
    ['https://myexample-embassy.org/'],
    ['https://example-embassy.org.uz/'],
    ['https://example-embassy.com/'],
    // The registry's judgement of a host near a corrected one stands (mid.ru is corrected, not mid.gov.kz).
    ['https://www.mid.gov.kz/'],
    ['https://mfa.uz/en/press'],
    // Other accounts on the same platform.
    ['https://x.com/MFA_Uzbekistan'],
    ['https://x.com/UzEmbRuritani'],
    ['https://x.com/mfa_russia_fan'],
    ['https://x.com/someone/status/1', { authorHandle: 'mfa_russia2' }],
    // The same handle on another platform.
    ['https://t.me/mfa_russia'],
    ['https://www.instagram.com/uzembruritania/'],
    // Another channel id; another GitHub organisation; the platform itself.
    ['https://www.youtube.com/@kzhealth', { authorId: 'UCbbbbbbbbbbbbbbbbbbbbbb' }],
    ['https://github.com/alphagov-fan'],
    ['https://github.com/'],
    ['https://x.com/home'],
  ] as [string, PageSignals?][])('%s %j is judged as without corrections', (url, signals = {}) => {
    expect(judge(url, signals)).toEqual(detectSource(url, signals));
  });

  test('no corrections: the judgement is detectSource itself', () => {
    expect(judgeWithCorrections('https://www.mid.ru/', {}, createCorrectionIndex([]), detectSource)).toEqual(detectSource('https://www.mid.ru/'));
  });
});

describe('sourceOf: the site or account a page is', () => {
  test.each([
    ['https://www.Example-Embassy.org./a?b', {}, { platform: 'web', host: 'example-embassy.org' }],
    ['https://x.com/MFA_Uzbekistan/status/1', {}, { platform: 'x', handle: 'mfa_uzbekistan' }],
    ['https://x.com/home', { authorHandle: '@Someone' }, { platform: 'x', handle: 'someone' }],
    ['https://www.youtube.com/@MIDRussia', { authorId: 'UCxxxxxxxxxxxxxxxxxxxxxx' }, { platform: 'youtube', handle: 'midrussia', id: 'UCxxxxxxxxxxxxxxxxxxxxxx' }],
    ['https://t.me/s/MID_Russia', {}, { platform: 'telegram', handle: 'mid_russia' }],
    ['https://github.com/alphagov', {}, { platform: 'github', handle: 'alphagov' }],
    ['https://x.com/home', {}, null],
    ['chrome://extensions', {}, null],
    ['', {}, null],
  ] as const)('%s %j → %j', (url, signals, target) => {
    expect(sourceOf(url, signals)).toEqual(target);
  });
});

describe('readCorrection refuses what is malformed, in words naming the field', () => {
  const good = { target: { platform: 'web', host: 'mfa.gov.uz' }, kind: 'mfa', subkind: 'ministry', country: 'UZ', label: 'x' };
  test.each([
    [{ ...good, target: { platform: 'web', host: 'https://mfa.gov.uz/' } }, /target\.host must be a site's host name/],
    [{ ...good, target: { platform: 'web', host: 'localhost' } }, /target\.host/],
    [{ ...good, target: { platform: 'myspace', handle: 'a' } }, /target\.platform must be one of web, x, /],
    [{ ...good, target: { platform: 'x' } }, /names no account/],
    [{ ...good, target: { platform: 'x', handle: 'a b' } }, /target\.handle/],
    [{ ...good, target: { platform: 'youtube', id: 'UC<script>' } }, /target\.id/],
    [{ ...good, kind: 'embassy' }, /kind must be one of mfa, government, none/],
    [{ ...good, subkind: 'none' }, /must say what sort of official source/],
    [{ ...good, kind: 'none' }, /subkind must be "none" for a source marked not official/],
    [{ ...good, kind: 'none', subkind: 'none' }, /country must be null for a source marked not official/],
    [{ ...good, country: 'uz' }, /country must be a two-letter country code/],
    [{ ...good, country: 'QQ' }, /country must be a two-letter country code/],
    [{ ...good, label: 5 }, /label must be text/],
    [{ ...good, updatedAt: 'soon' }, /updatedAt must be a time/],
    [{ ...good, verdict: 'yes' }, /unknown field "verdict"/],
    ['mfa.gov.uz', /must be an object, not text/],
  ])('%j', (value, message) => {
    const r = readCorrection(value, 'corrections[0]', T);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('; ')).toMatch(message);
    expect(!r.ok && r.errors[0]).toMatch(/^corrections\[0\]/);
  });

  test('a good one: key from the target (never the given key), host and handle normalised, times kept or now', () => {
    const r = readCorrection({ ...good, key: 'web:evil.com', target: { platform: 'web', host: 'WWW.MFA.gov.uz' }, createdAt: 5 }, 'c', T);
    expect(r).toEqual({ ok: true, correction: { key: 'web:mfa.gov.uz', target: { platform: 'web', host: 'mfa.gov.uz' }, kind: 'mfa', subkind: 'ministry', country: 'UZ', label: 'x', createdAt: 5, updatedAt: T } });
    expect(targetKey({ platform: 'youtube', handle: 'X', id: 'UCq' })).toBe('youtube:id:UCq');
    expect(targetKey({ platform: 'x', handle: '@MFA_KZ' })).toBe('x:@mfa_kz');
  });

  test('a list: two corrections of one account are refused, naming both', () => {
    const r = readCorrections([xAccount, { ...xAccount, target: { platform: 'x', handle: 'UZEMBRURITANIA' } }], 'corrections', T);
    expect(r).toEqual({ ok: false, errors: ['corrections[1] corrects the same @uzembruritania on x as corrections[0]'] });
  });
});
