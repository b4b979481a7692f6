/**
 * The registry of official accounts: hand-written entries (seeds/registry/social.ts)
 * over the rows generated from Wikidata (seeds/registry/generated/govdirectory.ts),
 * less the deny-list of look-alikes (seeds/registry/overrides.ts). Indexed once,
 * on the first look-up, into one Map keyed by "platform:handle" (lower case);
 * a look-up is one Map read. Lives in the background only: the content script
 * never imports this module (it would carry the whole registry into every page).
 */
import { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SOURCE, GENERATED_TYPES } from '../../seeds/registry/generated/govdirectory.ts';
import type { Level } from '../../seeds/registry/generated-types.ts';
import { DENIED_ACCOUNTS } from '../../seeds/registry/overrides.ts';
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';
import { SOCIAL_ACCOUNTS, type SocialAccount } from '../../seeds/registry/social.ts';
import type { SourceKind, SourceSubkind } from './types.ts';

export interface AccountEntry {
  kind: Exclude<SourceKind, 'none'>;
  subkind: SourceSubkind;
  country: string | null;
  name: string;
  origin: 'hand-written' | 'wikidata';
  /** Where the fact comes from, as a phrase ("Wikidata Q123 (P2002), via Govdirectory, retrieved 2026-01-02"). */
  source: string;
  /** Wikidata only: the body's type ("municipality of Finland") and level. */
  type?: string;
  level?: Level;
  qid?: string;
}

/** Per platform: handle key → a generated row's index, or a hand-written entry. */
let accounts: Map<string, Map<string, number | SocialAccount>> | null = null;
/** Per platform: handle key → why it is a look-alike. */
let denied: Map<string, Map<string, string>> | null = null;

/** Key form of a handle: lower case; a Facebook "Name-123…" page address keys on its number. */
export function handleKey(platform: RegistryPlatform, handle: string): string {
  const h = handle.trim().replace(/^@/, '').toLowerCase();
  return platform === 'facebook' ? (/-(\d{8,20})$/.exec(h)?.[1] ?? h) : h;
}

function mapOf<V>(maps: Map<string, Map<string, V>>, platform: string): Map<string, V> {
  let m = maps.get(platform);
  if (!m) maps.set(platform, (m = new Map()));
  return m;
}

/**
 * Builds the index (idempotent; exported for the benchmark). One Map per
 * platform keyed by the rows' own handle strings: nothing is allocated per row.
 */
export function buildAccountIndex(): void {
  if (accounts) return;
  const maps = new Map<string, Map<string, number | SocialAccount>>();
  let platform = '';
  let map: Map<string, number | SocialAccount> | undefined;
  for (let i = 0; i < GENERATED_ACCOUNTS.length; i++) {
    const row = GENERATED_ACCOUNTS[i]!;
    if (row[1] !== platform) map = mapOf(maps, (platform = row[1]));
    map!.set(row[2], i);
  }
  // Hand-written entries override generated ones.
  for (const a of SOCIAL_ACCOUNTS) for (const p of a.on) mapOf(maps, p).set(handleKey(p, a.handle), a);
  const deny = new Map<string, Map<string, string>>();
  for (const d of DENIED_ACCOUNTS) {
    const key = handleKey(d.platform, d.handle);
    mapOf(deny, d.platform).set(key, d.reason);
    maps.get(d.platform)?.delete(key);
  }
  accounts = maps;
  denied = deny;
}

export function lookupAccount(platform: RegistryPlatform, handle: string): AccountEntry | null {
  buildAccountIndex();
  const hit = accounts!.get(platform)?.get(handleKey(platform, handle));
  if (hit === undefined) return null;
  if (typeof hit !== 'number') return { kind: hit.kind, subkind: hit.subkind, country: hit.country, name: hit.name, origin: 'hand-written', source: hit.source };
  const [org, , , property] = GENERATED_ACCOUNTS[hit]!;
  const [qid, name, kind, subkind, country, level, type] = GENERATED_ORGS[org]!;
  return {
    kind,
    subkind,
    country,
    name,
    origin: 'wikidata',
    source: `Wikidata ${qid} (${property}), via Govdirectory, retrieved ${GENERATED_SOURCE.retrieved}`,
    type: GENERATED_TYPES[type],
    level,
    qid,
  };
}

/** Why a handle is a known look-alike, or null. */
export function deniedReason(platform: RegistryPlatform, handle: string): string | null {
  buildAccountIndex();
  return denied!.get(platform)?.get(handleKey(platform, handle)) ?? null;
}

/** Entries in the index (for the benchmark and the README's coverage). */
export function accountIndexSize(): number {
  buildAccountIndex();
  let n = 0;
  for (const m of accounts!.values()) n += m.size;
  return n;
}
