/**
 * The converter: the compact Govdirectory snapshot (seeds/registry/govdirectory/
 * orgs.tsv and accounts.tsv) → typed registry rows. Pure: strings and tables in,
 * rows and a report out; scripts/registry/build.ts does the file work.
 *
 * Rules (issue 13): keep national and sub-national government bodies, foreign
 * ministries and their missions; drop bodies that are not government (by type,
 * scripts/registry/org-types.ts), bots and chats; hand-written accounts
 * (seeds/registry/social.ts) win over generated rows with the same handle; the
 * deny-list (seeds/registry/overrides.ts) removes look-alikes; organisation
 * overrides correct a body's kind, subkind or name. Ended accounts and dissolved
 * bodies never reach the snapshot: Govdirectory's queries leave out statements
 * with an end time (pq:P582) or deprecated rank, and bodies with a dissolution
 * date (P576) or a successor (P1366).
 */
import type { GeneratedAccount, GeneratedSite, GeneratedSubkind, Level } from '../../seeds/registry/generated-types.ts';
import type { DeniedAccount, OrgOverride } from '../../seeds/registry/overrides.ts';
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';
import { COUNTRY_QIDS } from './countries.ts';
import { ORG_TYPES, ORG_TYPE_LABELS } from './org-types.ts';
import { ACCOUNT_PROPERTIES } from './properties.ts';
import { parseUrl } from '../../utils/detect/url.ts';

export interface ConvertInput {
  orgsTsv: string;
  accountsTsv: string;
  /** 'platform:lower-case handle' of the hand-written accounts. */
  handWritten: ReadonlySet<string>;
  overrides: readonly OrgOverride[];
  denied: readonly DeniedAccount[];
  deniedHosts: readonly string[];
  /** Hosts (lower case, no www) judged by their own adapters: a P856 naming one is no website of the body. */
  platformHosts: readonly string[];
}

export type DropReason =
  | 'not-government'
  | 'unknown-country'
  | 'override'
  | 'bot'
  | 'chat'
  | 'bad-handle'
  | 'denied'
  | 'hand-written'
  | 'duplicate'
  | 'no-org'
  | 'site-platform'
  | 'site-denied'
  | 'site-bad'
  | 'site-duplicate';

export interface ConvertReport {
  orgsIn: number;
  orgsOut: number;
  accountsIn: number;
  accountsOut: number;
  sitesOut: number;
  dropped: Partial<Record<DropReason, number>>;
  /** Types not in the table (kept as government bodies of unknown level). */
  unknownTypes: string[];
}

/** An organisation as converted: as ConvertedOrg, with its type's label in place of an index. */
export type ConvertedOrg = readonly [qid: string, name: string, kind: 'mfa' | 'government', subkind: GeneratedSubkind, country: string, level: Level, type: string];

export interface ConvertOutput {
  orgs: ConvertedOrg[];
  accounts: GeneratedAccount[];
  sites: GeneratedSite[];
  report: ConvertReport;
}

/** Names that make a national ministry the foreign ministry, in the languages Wikidata's English labels fall back to. */
const MFA_NAME = /\b(?:foreign (?:affairs|relations)|external affairs|foreign, commonwealth|foreign office|foreign and european affairs|international relations and cooperation|european and international affairs|external relations|global affairs canada|relaciones exteriores|auswärtiges amt|utrikesdepartementet)\b/i;

/** Per-platform handle shapes (after lower-casing); rows that do not fit are dropped as malformed. */
const HANDLE_SHAPES: Record<RegistryPlatform, RegExp> = {
  x: /^[a-z0-9_]{1,15}$/,
  facebook: /^(?:[\p{L}\p{N}._\-]{2,80}|\d{5,20})$/u,
  instagram: /^[a-z0-9._]{1,30}$/,
  youtube: /^uc[a-z0-9_-]{22}$/,
  telegram: /^[a-z][a-z0-9_]{3,31}$/,
  threads: /^[a-z0-9._]{1,30}$/,
  rutube: /^\d{1,12}$/,
  whatsapp: /^0029[a-z0-9]{16,24}$/,
  github: /^[a-z0-9](?:[a-z0-9-]{0,38})$/,
  linkedin: /^[\p{L}\p{N}._'&\-]{2,100}$/u,
  tiktok: /^[a-z0-9._]{2,24}$/,
  bluesky: /^[a-z0-9.\-]{3,253}$/,
  vk: /^[a-z0-9._]{2,64}$/,
  ok: /^(?:group\/)?[a-z0-9._]{2,64}$/,
};

function rows(tsv: string): string[][] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

/** Which org wins a handle or site two orgs claim: the foreign service, then the higher level. */
function priority(o: ConvertedOrg): number {
  const level = { national: 3, abroad: 3, regional: 2, local: 1 }[o[5]];
  return (o[2] === 'mfa' ? 10 : 0) + level;
}

/** A Wikidata account value → the registry's key form, or why it is dropped. */
export function normaliseHandle(platform: RegistryPlatform, property: string, raw: string): string | DropReason {
  let h = raw.trim().replace(/^@/, '').replace(/\/+$/, '');
  try {
    h = decodeURIComponent(h);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  if (platform === 'facebook') {
    // Page ids come as "Name/123…" (P4003), "Name-123…" or "/people/Name/123…": the number is the page.
    h = h.replace(/^\/?people\//, '');
    const id = /(?:^|[/-])(\d{8,20})$/.exec(h)?.[1];
    if (id) h = id;
    else if (property === 'P4003') h = h.split('/').pop() ?? '';
  }
  if (platform === 'telegram') {
    if (h.startsWith('+') || /^joinchat\//i.test(h)) return 'chat';
    // Telegram requires bot usernames to end in "bot" (core.telegram.org/bots/features#botfather).
    if (/bot$/i.test(h)) return 'bot';
  }
  // A bare phone number is a chat with a person, not a channel.
  if (platform === 'whatsapp' && /^\+?\d{7,15}$/.test(h)) return 'chat';
  h = h.toLowerCase();
  return HANDLE_SHAPES[platform].test(h) ? h : 'bad-handle';
}

/**
 * An official-website URL (P856) → [host, path], or why it is no site of the body's own.
 * Read by the detector's own parser (utils/detect/url.ts), so the path kept here is cut
 * into segments, decoded and lower-cased exactly as the address it is looked up by.
 */
export function normaliseSite(raw: string, input: Pick<ConvertInput, 'deniedHosts' | 'platformHosts'>): readonly [string, string] | DropReason {
  // Wikidata's P856 is a full URL; one without a scheme is not what it claims to be.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw.trim())) return 'site-bad';
  const parsed = parseUrl(raw);
  if (typeof parsed === 'string') return 'site-bad';
  const host = parsed.host.replace(/^www\d*\./, '');
  if (!host.includes('.') || /^[\d.]+$/.test(host)) return 'site-bad';
  const under = (list: readonly string[]) => list.some((d) => host === d || host.endsWith(`.${d}`));
  if (under(input.platformHosts)) return 'site-platform';
  if (under(input.deniedHosts)) return 'site-denied';
  const segs = parsed.segments;
  // A home page file names no section: /index.html, /default.aspx, /home.
  const last = segs[segs.length - 1];
  if (last && (/^(?:index|default|home|start|main)(?:\.\w{2,5})?$/.test(last) || /\.(?:html?|php|aspx?|jsp)$/.test(last))) segs.pop();
  // Four segments tell the sections of shared hosts apart (finlandabroad.fi/web/usa,
  // gov.uk/government/organisations/x, rechtspraak.nl/organisatie-en-contact/organisatie/rechtbanken/rechtbank-amsterdam).
  return [host, segs.length ? `/${segs.slice(0, 4).join('/')}` : ''];
}

export function convert(input: ConvertInput): ConvertOutput {
  const dropped: Partial<Record<DropReason, number>> = {};
  const drop = (r: DropReason) => {
    dropped[r] = (dropped[r] ?? 0) + 1;
  };
  const unknownTypes = new Set<string>();
  const overrides = new Map(input.overrides.map((o) => [o.qid, o]));
  const denied = new Set(input.denied.map((d) => `${d.platform}:${d.handle.toLowerCase()}`));

  const orgRows = rows(input.orgsTsv);
  const orgs: ConvertedOrg[] = [];
  const orgIndex = new Map<string, number>();
  const websites: [number, string][] = [];
  for (const [qid = '', countryQid = '', type = '', typeLabel = '', name = '', website = ''] of orgRows) {
    const o = overrides.get(qid);
    if (o?.drop) {
      drop('override');
      continue;
    }
    const cls = ORG_TYPES[type] ?? ORG_TYPE_LABELS[typeLabel];
    if (cls === 'drop') {
      drop('not-government');
      continue;
    }
    const country = COUNTRY_QIDS[countryQid];
    if (!country) {
      drop('unknown-country');
      continue;
    }
    if (!cls) unknownTypes.add(`${type} ${typeLabel}`.trim());
    let [subkind, level]: readonly [GeneratedSubkind, Level] = cls ?? ['government', 'national'];
    let kind: 'mfa' | 'government' = subkind === 'embassy' || subkind === 'consulate' || subkind === 'mission' ? 'mfa' : 'government';
    if (kind === 'government' && subkind === 'ministry' && level === 'national' && MFA_NAME.test(name)) kind = 'mfa';
    if (o?.kind) kind = o.kind;
    if (o?.subkind && o.subkind !== 'igo' && o.subkind !== 'minister') subkind = o.subkind;
    orgIndex.set(qid, orgs.length);
    if (website) websites.push([orgs.length, website]);
    orgs.push([qid, o?.name ?? name, kind, subkind, country, level, typeLabel]);
  }

  const accounts: GeneratedAccount[] = [];
  const byKey = new Map<string, number>();
  const accountRows = rows(input.accountsTsv);
  for (const [qid = '', property = '', value = ''] of accountRows) {
    const platform = ACCOUNT_PROPERTIES[property];
    const org = orgIndex.get(qid);
    if (!platform || org === undefined) {
      drop('no-org');
      continue;
    }
    const handle = normaliseHandle(platform, property, value);
    if (handle === 'chat' || handle === 'bot' || handle === 'bad-handle') {
      drop(handle);
      continue;
    }
    const key = `${platform}:${handle}`;
    if (denied.has(key)) {
      drop('denied');
      continue;
    }
    if (input.handWritten.has(key)) {
      drop('hand-written');
      continue;
    }
    const before = byKey.get(key);
    if (before !== undefined) {
      drop('duplicate');
      const prev = accounts[before]!;
      if (priority(orgs[org]!) > priority(orgs[prev[0]]!)) accounts[before] = [org, platform, handle, property];
      continue;
    }
    byKey.set(key, accounts.length);
    accounts.push([org, platform, handle, property]);
  }

  const sites: GeneratedSite[] = [];
  const bySite = new Map<string, number>();
  for (const [org, url] of websites) {
    const site = normaliseSite(url, input);
    if (typeof site === 'string') {
      drop(site);
      continue;
    }
    const key = `${site[0]}${site[1]}`;
    const before = bySite.get(key);
    if (before !== undefined) {
      // Several bodies on one site (a court service's page for all district courts): the site stays,
      // named after the body of highest priority and counting the others.
      drop('site-duplicate');
      const prev = sites[before]!;
      const winner = priority(orgs[org]!) > priority(orgs[prev[0]]!) ? org : prev[0];
      sites[before] = [winner, site[0], site[1], prev[3] + 1];
      continue;
    }
    bySite.set(key, sites.length);
    sites.push([org, site[0], site[1], 1]);
  }

  return {
    orgs,
    accounts,
    sites,
    report: {
      orgsIn: orgRows.length,
      orgsOut: orgs.length,
      accountsIn: accountRows.length,
      accountsOut: accounts.length,
      sitesOut: sites.length,
      dropped,
      unknownTypes: [...unknownTypes].sort(),
    },
  };
}
