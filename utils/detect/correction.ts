/**
 * The user's own correction of a judgement: "this is an official source" (with its kind,
 * subkind and country) or "this is not an official source", for one website or one account.
 * Pure: the shape, the key a correction is stored and found by, and the one reader of an
 * untrusted correction (a message from the popup or settings page, a row of a backup).
 *
 * What a correction is for:
 * - a website: its host without "www." ("mfa.gov.uz"); it covers that host and the hosts
 *   under it ("consular.mfa.gov.uz"), never a look-alike ("mfa-gov.uz", "mfa.gov.uz.example.com");
 * - an account: its platform and handle ("x", "mfa_uzbekistan"; case does not matter on any
 *   of the platforms), or its lasting id (YouTube's UC… channel id), or both (either finds it).
 */
import { REGISTRY_PLATFORMS, type RegistryPlatform } from '../../seeds/registry/platforms.ts';
import { COUNTRIES } from '../../seeds/countries.ts';
import { SOURCE_KINDS, SOURCE_SUBKINDS, type SourceKind, type SourceSubkind } from './types.ts';
import { describe, isObj } from '../model/read.ts';

export type CorrectionTarget =
  | { platform: 'web'; host: string }
  | { platform: RegistryPlatform; handle?: string; id?: string };

export interface Correction {
  /** targetKey(target): the database's primary key, one correction per site or account. */
  key: string;
  target: CorrectionTarget;
  /** 'none' is "not an official source" (subkind 'none', country null). */
  kind: SourceKind;
  subkind: SourceSubkind;
  /** ISO 3166-1 alpha-2 ("UZ"), "EU", or null. */
  country: string | null;
  /** The user's own name for it ("Embassy of Uzbekistan in Ankara"); may be empty. */
  label: string;
  createdAt: number;
  updatedAt: number;
}

/** What the popup and the settings page send: the correction without its key and times. */
export type CorrectionInput = Omit<Correction, 'key' | 'createdAt' | 'updatedAt'>;

export const CORRECTION_LIMITS = { label: 200, handle: 200, host: 253, corrections: 100_000 } as const;

export const CORRECTION_PLATFORMS: readonly ('web' | RegistryPlatform)[] = ['web', ...REGISTRY_PLATFORMS];

/** A host as a correction stores it: lower case, no trailing dot, no leading "www.". */
export function normalHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** A handle as a correction stores it: no "@", lower case (no platform tells handles apart by case). */
export function normalHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** The key of a target: "web:mfa.gov.uz", "x:@mfa_uzbekistan", "youtube:id:UC…" (an id, when known, before a handle). */
export function targetKey(target: CorrectionTarget): string {
  if (target.platform === 'web') return `web:${normalHost(target.host)}`;
  if (target.id) return `${target.platform}:id:${target.id.trim()}`;
  return `${target.platform}:@${normalHandle(target.handle ?? '')}`;
}

// A DNS name: labels of letters, digits and hyphens (punycode included), at least two labels.
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Handles and ids as platforms write them: no spaces, slashes, or characters of a URL's syntax.
const HANDLE = /^[^\s/?#@<>"'`\\]{1,200}$/u;
const ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/** Problems of one correction, in words naming the field; empty when it is well formed. */
export type CorrectionRead = { ok: true; correction: Correction } | { ok: false; errors: string[] };

/**
 * Reads an untrusted correction. `at` names it in messages ("corrections[3]"). The key is
 * recomputed from the target, never trusted; times default to `now` (a message from a page
 * carries none); a label is cut to its cap. Anything else wrong is an error, so that a caller
 * can refuse the whole file or request (and lose nothing already stored).
 */
export function readCorrection(value: unknown, at: string, now: number): CorrectionRead {
  const errors: string[] = [];
  if (!isObj(value)) return { ok: false, errors: [`${at} must be an object, not ${describe(value)}`] };
  const t = value['target'];
  let target: CorrectionTarget | null = null;
  if (!isObj(t)) errors.push(`${at}.target must be an object naming a site or an account, not ${describe(t)}`);
  else if (t['platform'] === 'web') {
    const host = typeof t['host'] === 'string' ? normalHost(t['host']) : '';
    if (!HOST.test(host)) errors.push(`${at}.target.host must be a site's host name such as "mfa.gov.uz", not ${describe(t['host'])}`);
    else target = { platform: 'web', host };
  } else if ((REGISTRY_PLATFORMS as readonly unknown[]).includes(t['platform'])) {
    const platform = t['platform'] as RegistryPlatform;
    const handle = typeof t['handle'] === 'string' ? normalHandle(t['handle']) : undefined;
    const id = typeof t['id'] === 'string' ? t['id'].trim() : undefined;
    if (t['handle'] !== undefined && (handle === undefined || !HANDLE.test(handle)))
      errors.push(`${at}.target.handle must be an account's handle without spaces or slashes, not ${describe(t['handle'])}`);
    if (t['id'] !== undefined && (id === undefined || !ID.test(id)))
      errors.push(`${at}.target.id must be an account's id (letters, digits, _ . : -), not ${describe(t['id'])}`);
    if (!handle && !id) errors.push(`${at}.target names no account: give its handle or its id`);
    else target = { platform, ...(handle && { handle }), ...(id && { id }) };
  } else {
    errors.push(`${at}.target.platform must be one of ${CORRECTION_PLATFORMS.join(', ')}, not ${describe(isObj(t) ? t['platform'] : t)}`);
  }

  const kind = value['kind'];
  if (!(SOURCE_KINDS as readonly unknown[]).includes(kind)) errors.push(`${at}.kind must be one of ${SOURCE_KINDS.join(', ')}, not ${describe(kind)}`);
  const subkind = value['subkind'] ?? 'none';
  if (!(SOURCE_SUBKINDS as readonly unknown[]).includes(subkind))
    errors.push(`${at}.subkind must be one of ${SOURCE_SUBKINDS.join(', ')}, not ${describe(subkind)}`);
  else if (kind === 'none' && subkind !== 'none') errors.push(`${at}.subkind must be "none" for a source marked not official, not ${describe(subkind)}`);
  else if (kind !== 'none' && subkind === 'none') errors.push(`${at}.subkind must say what sort of official source it is (ministry, embassy, …), not "none"`);
  const country = value['country'] ?? null;
  if (country !== null && !(typeof country === 'string' && country in COUNTRIES))
    errors.push(`${at}.country must be a two-letter country code such as "UZ" (or null), not ${describe(country)}`);
  else if (kind === 'none' && country !== null) errors.push(`${at}.country must be null for a source marked not official`);
  const label = value['label'] ?? '';
  if (typeof label !== 'string') errors.push(`${at}.label must be text, not ${describe(label)}`);
  const time = (k: 'createdAt' | 'updatedAt'): number => {
    const v = value[k];
    if (v === undefined) return now;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
    errors.push(`${at}.${k} must be a time in milliseconds, not ${describe(v)}`);
    return now;
  };
  const createdAt = time('createdAt');
  const updatedAt = time('updatedAt');
  for (const k of Object.keys(value))
    if (!['key', 'target', 'kind', 'subkind', 'country', 'label', 'createdAt', 'updatedAt'].includes(k)) errors.push(`${at} has an unknown field "${k}"`);
  if (errors.length || !target) return { ok: false, errors };
  return {
    ok: true,
    correction: {
      key: targetKey(target),
      target,
      kind: kind as SourceKind,
      subkind: subkind as SourceSubkind,
      country: country as string | null,
      label: (label as string).trim().slice(0, CORRECTION_LIMITS.label),
      createdAt,
      updatedAt,
    },
  };
}

/** A list of corrections: all of them, or the problems of any (at most `max` listed). */
export function readCorrections(value: unknown, at: string, now: number): { ok: true; corrections: Correction[] } | { ok: false; errors: string[] } {
  if (!Array.isArray(value)) return { ok: false, errors: [`${at} must be a list, not ${describe(value)}`] };
  if (value.length > CORRECTION_LIMITS.corrections) return { ok: false, errors: [`${at} holds ${value.length} corrections; at most ${CORRECTION_LIMITS.corrections}`] };
  const errors: string[] = [];
  const out: Correction[] = [];
  const first = new Map<string, number>();
  value.forEach((v, i) => {
    const r = readCorrection(v, `${at}[${i}]`, now);
    if (!r.ok) return void errors.push(...r.errors);
    const seen = first.get(r.correction.key);
    if (seen !== undefined) errors.push(`${at}[${i}] corrects the same ${describeTarget(r.correction.target)} as ${at}[${seen}]`);
    else first.set(r.correction.key, i);
    out.push(r.correction);
  });
  return errors.length ? { ok: false, errors } : { ok: true, corrections: out };
}

/** "the site mfa.gov.uz", "@mfa_uzbekistan on x", "the youtube channel UC…" (English, for messages and reasons). */
export function describeTarget(target: CorrectionTarget): string {
  if (target.platform === 'web') return `the site ${target.host}`;
  if (target.handle) return `@${target.handle} on ${target.platform}`;
  return `the ${target.platform} account ${target.id}`;
}
