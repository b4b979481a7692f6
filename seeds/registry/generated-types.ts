/**
 * The shapes of the registry generated from Wikidata by scripts/registry/build.ts
 * (seeds/registry/generated/govdirectory.ts). Rows are tuples, not objects: the
 * file holds tens of thousands of them, and the background indexes them once.
 */
import type { SourceSubkind } from '../../utils/model/source.ts';
import type { RegistryPlatform } from './platforms.ts';

/** Where a body works: its country's central government, a region, a municipality, or abroad (embassies, missions). */
export type Level = 'national' | 'regional' | 'local' | 'abroad';

export type GeneratedSubkind = Exclude<SourceSubkind, 'none' | 'igo' | 'minister'>;

export type GeneratedOrg = readonly [
  qid: string,
  name: string,
  kind: 'mfa' | 'government',
  subkind: GeneratedSubkind,
  /** ISO 3166-1 alpha-2 (sending state for embassies and missions). */
  country: string,
  level: Level,
  /** Index into GENERATED_TYPES: the Wikidata type's English label ("municipality of Finland"), for reasons. */
  type: number,
];

export type GeneratedAccount = readonly [
  /** Index into the organisations. */
  org: number,
  platform: RegistryPlatform,
  /** Lower-case handle, or the platform's id (YouTube UC…, Rutube and WhatsApp channel ids, Facebook page ids). */
  handle: string,
  /** The Wikidata property it came from (P2002 …). */
  property: string,
];

export type GeneratedSite = readonly [
  org: number,
  /** Lower-case host without www. */
  host: string,
  /** '' or '/segment/…' (lower case): the site is that section of a shared host. */
  path: string,
  /** How many bodies give this site as theirs (1 for most; the row names the one of highest priority). */
  claimants: number,
];

export interface GeneratedSource {
  source: string;
  licence: string;
  retrieved: string;
  cacheCommit: string;
}
