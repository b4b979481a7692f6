/**
 * Hand-written corrections to the registry generated from Wikidata
 * (seeds/registry/generated/govdirectory.ts), applied by the converter
 * (scripts/registry/convert.ts), and the deny-list of look-alikes, which the
 * converter drops and the detector refuses even when a handle's shape would
 * suggest an official account. Every entry says why.
 */
import type { SourceKind, SourceSubkind } from '../../utils/model/source.ts';
import type { RegistryPlatform } from './platforms.ts';

export interface OrgOverride {
  /** Wikidata item of the organisation. */
  qid: string;
  /** Drop the organisation and all its rows. */
  drop?: true;
  kind?: Exclude<SourceKind, 'none'>;
  subkind?: Exclude<SourceSubkind, 'none'>;
  name?: string;
  source: string;
}

export const ORG_OVERRIDES = [
  // The State Department's name has no "foreign" in it; it is the US foreign ministry.
  { qid: 'Q789915', kind: 'mfa', subkind: 'ministry', source: 'state.gov: the U.S. Department of State conducts foreign relations' },
  // Public-diplomacy bodies of foreign ministries are the foreign service's own.
  { qid: 'Q136417835', kind: 'mfa', subkind: 'ministry', source: 'culture-mfa.bg: the State Institute for Culture is a unit of the Bulgarian Ministry of Foreign Affairs' },
  // The two chambers of the Dutch parliament come typed only as 'High Council of State'.
  { qid: 'Q59486', subkind: 'parliament', source: 'eerstekamer.nl: the Senate of the Netherlands' },
  { qid: 'Q233262', subkind: 'parliament', source: 'tweedekamer.nl: the House of Representatives of the Netherlands' },
  // Named "foreign" but not foreign ministries.
  { qid: 'Q10677682', kind: 'government', subkind: 'government', source: 'siun.se: the Swedish Foreign Intelligence Inspectorate oversees signals intelligence, not foreign relations' },
] as const satisfies readonly OrgOverride[];

export interface DeniedAccount {
  platform: RegistryPlatform;
  /** Lower-case handle or id. */
  handle: string;
  /** What it is, in a sentence shown in the reasons. */
  reason: string;
}

/**
 * Handles that look like official ones but whose own name says they are not:
 * parody and fan accounts named after ministries and embassies, hotels and visa
 * agencies with "Embassy" in the name. The reason is read from the name itself;
 * an entry here wins over a Wikidata row and over the handle patterns.
 */
export const DENIED_ACCOUNTS = [
  { platform: 'x', handle: 'mfa_russia_parody', reason: 'named as a parody of the Russian foreign ministry' },
  { platform: 'x', handle: 'statedeptparody', reason: 'named as a parody of the U.S. State Department' },
  { platform: 'x', handle: 'fcdo_parody', reason: 'named as a parody of the UK Foreign Office' },
  { platform: 'x', handle: 'embassyhotel', reason: 'named as a hotel, not a diplomatic mission' },
  { platform: 'x', handle: 'embassysuites', reason: 'the Embassy Suites hotel chain, not a diplomatic mission' },
  { platform: 'instagram', handle: 'embassysuites', reason: 'the Embassy Suites hotel chain, not a diplomatic mission' },
  { platform: 'facebook', handle: 'embassysuites', reason: 'the Embassy Suites hotel chain, not a diplomatic mission' },
  { platform: 'telegram', handle: 'visa_embassy_uz', reason: 'named as a visa service, not a diplomatic mission' },
  { platform: 'instagram', handle: 'uzbek_embassy_fan', reason: 'named as a fan account, not the embassy' },
] as const satisfies readonly DeniedAccount[];

/** Hosts that P856 sometimes names but that are no body's own site (shared hosting, link pages). */
export const DENIED_SITE_HOSTS: readonly string[] = [
  'linktr.ee', 'sites.google.com', 'wordpress.com', 'blogspot.com', 'wixsite.com', 'weebly.com', 'google.com', 'bit.ly', 'web.archive.org',
];
