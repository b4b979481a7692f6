/**
 * The registries (seeds/registry/*.ts) indexed once, at module load, into Maps
 * keyed by host suffix. A lookup walks the host's own suffixes from longest to
 * shortest (at most a handful of Map reads) and, for portals, compares the URL's
 * path with the few rules stored under that host. Nothing is scanned per lookup.
 */
import { getDomain, getPublicSuffix } from 'tldts';
import { COUNTRIES } from '../../seeds/countries.ts';
import { GOV_CONVENTIONS, GOV_SITES } from '../../seeds/registry/gov-domains.ts';
import { IGO_DOMAINS } from '../../seeds/registry/igo.ts';
import { DIPLOMATIC_DOMAINS, MFA_SITES, type DiplomaticSubkind } from '../../seeds/registry/mfa-sites.ts';
import { PORTAL_PATHS } from '../../seeds/registry/paths.ts';
import { GENERATED_ORGS, GENERATED_SITES, GENERATED_SOURCE, GENERATED_TYPES } from '../../seeds/registry/generated/govdirectory.ts';
import type { SourceKind, SourceSubkind } from './types.ts';
import { possessive, countryLabel } from './names.ts';

export type RuleOrigin = 'mfa-site' | 'diplomatic' | 'gov-site' | 'convention' | 'portal-path' | 'igo' | 'wikidata';

export interface HostRule {
  origin: RuleOrigin;
  kind: Exclude<SourceKind, 'none'>;
  subkind: SourceSubkind;
  country: string | null;
  confidence: number;
  domain: string;
  /** Lower-case path segments ('*' = any one segment, 'x*' = prefix). */
  path: readonly string[] | null;
  /** Literal-path weight: more literal segments win over wildcards. */
  specificity: number;
  /** The body's name for reasons ("Ministry of Foreign Affairs"). */
  name: string | null;
  subdomainSubkind?: DiplomaticSubkind;
  labelPrefixes?: readonly { prefix: string; subkind: DiplomaticSubkind }[];
  /** Title/header cues may refine this hit (generic government zones and portals). */
  refinable: boolean;
  /** Wikidata rows: the body's item, its type's label, and how many bodies give this site as theirs. */
  wikidata?: { qid: string; type: string; claimants: number };
}

export interface HostMatch {
  rule: HostRule;
  /** Host labels left of the matched suffix, without www/language labels. */
  subLabels: string[];
  /** For un.int: the member state whose mission page this is. */
  missionCountry?: string;
}

function segmentsOf(path: string | undefined): readonly string[] | null {
  if (!path) return null;
  return path.toLowerCase().split('/').filter((s) => s.length > 0);
}

function specificityOf(path: readonly string[] | null): number {
  if (!path) return 0;
  return path.reduce((n, s) => n + (s === '*' ? 1 : s.endsWith('*') ? 2 : 3), 0);
}

const byHost = new Map<string, HostRule[]>();
/** Host → indexes into GENERATED_SITES. */
const generatedByHost = new Map<string, number[]>();
/** GENERATED_SITES rows made into rules, on first use. */
const generatedRules: (HostRule | undefined)[] = [];

function generatedRule(i: number): HostRule {
  const made = generatedRules[i];
  if (made) return made;
  const [org, host, path, claimants] = GENERATED_SITES[i]!;
  const [qid, name, kind, subkind, country, level, type] = GENERATED_ORGS[org]!;
  const segs = path ? path.slice(1).split('/') : null;
  const r: HostRule = {
    origin: 'wikidata',
    kind,
    subkind,
    country,
    // A body abroad or of the central government is as sure as a hand-written site; a shared page less so.
    confidence: claimants > 1 ? 0.9 : level === 'local' ? 0.93 : 0.95,
    domain: host,
    path: segs,
    specificity: specificityOf(segs),
    name,
    refinable: false,
    wikidata: { qid, type: GENERATED_TYPES[type] ?? '', claimants },
  };
  generatedRules[i] = r;
  return r;
}

/** The hand-written and generated rules of one host suffix. */
function rulesOf(suffix: string): readonly HostRule[] | undefined {
  const hand = byHost.get(suffix);
  const gen = generatedByHost.get(suffix);
  if (!gen) return hand;
  const made = gen.map(generatedRule);
  return hand ? [...hand, ...made] : made;
}
/** 'uzbekembassy' → rule for uzbekembassy.<any suffix>. */
const byLabel = new Map<string, HostRule>();
/** 'ambafrance-*.org' → rule. */
const byHyphen = new Map<string, HostRule>();

function add(rule: HostRule): void {
  const list = byHost.get(rule.domain);
  if (list) list.push(rule);
  else byHost.set(rule.domain, [rule]);
}

function rule(r: Omit<HostRule, 'specificity' | 'path'> & { path?: string }): HostRule {
  const path = segmentsOf(r.path);
  return { ...r, path, specificity: specificityOf(path) };
}

/** Compact English names and alpha-3 codes → ISO code, for un.int/<country> mission pages. */
const missionSlugs = new Map<string, string>();
let built = false;

/**
 * Indexes the registries once, on the first look-up rather than at module load:
 * the content script loads this module on every page, and building the index in
 * the same task as evaluating the script made one long task of both.
 */
export function ensureIndex(): void {
  if (built) return;
  built = true;
  for (const s of MFA_SITES) {
    add(
      rule({
        origin: 'mfa-site',
        kind: 'mfa',
        subkind: 'ministry',
        country: s.country,
        confidence: 0.98,
        domain: s.domain,
        path: 'path' in s ? s.path : undefined,
        name: 'name' in s ? s.name : null,
        subdomainSubkind: 'subdomainSubkind' in s ? s.subdomainSubkind : undefined,
        labelPrefixes: 'labelPrefixes' in s ? s.labelPrefixes : undefined,
        refinable: false,
      }),
    );
  }
  for (const d of DIPLOMATIC_DOMAINS) {
    const r = rule({
      origin: 'diplomatic',
      kind: 'mfa',
      subkind: d.subkind,
      country: d.country,
      confidence: 'match' in d ? 0.92 : 0.97,
      domain: d.domain,
      path: 'path' in d ? d.path : undefined,
      name: null,
      refinable: false,
    });
    const match = 'match' in d ? d.match : 'suffix';
    if (match === 'any-tld') byLabel.set(d.domain, r);
    else if (match === 'hyphen') byHyphen.set(d.domain, r);
    else add(r);
  }
  for (const g of GOV_SITES) {
    add(
      rule({
        origin: 'gov-site',
        kind: 'government',
        subkind: 'subkind' in g ? g.subkind : 'government',
        country: g.country,
        confidence: 0.97,
        domain: g.domain,
        path: 'path' in g ? g.path : undefined,
        name: g.name,
        refinable: false,
      }),
    );
  }
  for (const g of GOV_CONVENTIONS) {
    add(
      rule({
        origin: 'convention',
        kind: 'government',
        subkind: 'government',
        country: g.country,
        confidence: 0.9,
        domain: g.domain,
        name: null,
        refinable: true,
      }),
    );
  }
  for (const p of PORTAL_PATHS) {
    add(
      rule({
        origin: 'portal-path',
        kind: 'government',
        subkind: p.subkind,
        country: p.country,
        confidence: 0.93,
        domain: p.domain,
        path: p.path,
        name: p.name,
        refinable: true,
      }),
    );
  }
  for (const i of IGO_DOMAINS) {
    add(
      rule({
        origin: 'igo',
        kind: 'government',
        subkind: 'igo',
        country: i.country,
        confidence: 0.97,
        domain: i.domain,
        name: i.name,
        refinable: false,
      }),
    );
  }

  // Official websites (P856) from Wikidata: only their hosts are indexed here (the tuples' own
  // strings, nothing allocated per row); a row becomes a rule when a look-up reaches its host.
  for (let i = 0; i < GENERATED_SITES.length; i++) {
    const host = GENERATED_SITES[i]![1];
    const list = generatedByHost.get(host);
    if (list) list.push(i);
    else generatedByHost.set(host, [i]);
  }

  for (const [code, [name, a3]] of Object.entries(COUNTRIES)) {
    missionSlugs.set(name.toLowerCase().replace(/[^a-z]/g, ''), code);
    missionSlugs.set(a3.toLowerCase(), code);
  }
  for (const [slug, code] of [['usa', 'US'], ['uk', 'GB'], ['russia', 'RU'], ['turkey', 'TR'], ['korea', 'KR'], ['southkorea', 'KR'], ['czechrepublic', 'CZ'], ['vietnam', 'VN'], ['unitedstates', 'US']] as const) missionSlugs.set(slug, code);
}

function segmentMatches(pattern: string, seg: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return seg.startsWith(pattern.slice(0, -1));
  return pattern === seg;
}

function pathMatches(rulePath: readonly string[], segs: readonly string[]): boolean {
  if (segs.length < rulePath.length) return false;
  return rulePath.every((p, i) => segmentMatches(p, segs[i] ?? ''));
}

function pick(rules: readonly HostRule[], segs: readonly string[], skip?: (r: HostRule) => boolean): HostRule | null {
  let best: HostRule | null = null;
  for (const r of rules) {
    if (r.path && !pathMatches(r.path, segs)) continue;
    if (skip?.(r)) continue;
    if (!best || r.specificity > best.specificity || (r.specificity === best.specificity && rank(r) < rank(best))) best = r;
  }
  return best;
}

/** At equal path specificity the more specific registry wins. */
function rank(r: HostRule): number {
  return ['mfa-site', 'diplomatic', 'gov-site', 'igo', 'portal-path', 'wikidata', 'convention'].indexOf(r.origin);
}

const NOISE_LABELS = new Set(['www', 'www2', 'www3', 'm', 'mobile', 'web', 'en', 'eng', 'english', 'ru', 'rus', 'uz', 'oz', 'kz', 'kk', 'fr', 'de', 'es', 'ar', 'zh', 'cn', 'ja', 'jp', 'ko', 'tr', 'it', 'pt', 'new', 'old', 'beta', 'amp']);

/**
 * Looks a lower-case host (and the URL's path segments) up in the registries.
 * `skip` leaves rules out (the held-out evaluation in bench/signals-holdout.ts hides
 * organisations that way).
 */
export function lookupHost(host: string, segs: readonly string[], skip?: (r: HostRule) => boolean): HostMatch | null {
  ensureIndex();
  const labels = host.split('.');
  let found: HostMatch | null = null;
  for (let i = 0; i < labels.length && !found; i++) {
    const rules = rulesOf(labels.slice(i).join('.'));
    if (!rules) continue;
    const r = pick(rules, segs, skip);
    if (r) found = { rule: r, subLabels: labels.slice(0, i).filter((l) => !NOISE_LABELS.has(l)) };
  }
  if (!found || found.rule.origin === 'convention') {
    const pattern = lookupPattern(host);
    if (pattern) return { rule: pattern, subLabels: [] };
  }
  if (found && found.rule.domain === 'un.int') {
    const code = missionSlugs.get((segs[0] ?? '').replace(/[^a-z]/g, ''));
    if (code) found.missionCountry = code;
  }
  return found;
}

function lookupPattern(host: string): HostRule | null {
  ensureIndex();
  const domain = getDomain(host);
  const suffix = getPublicSuffix(host);
  if (!domain || !suffix || domain.length <= suffix.length) return null;
  const label = domain.slice(0, domain.length - suffix.length - 1);
  const direct = byLabel.get(label);
  if (direct) return direct;
  const dash = label.indexOf('-');
  if (dash > 0) {
    const r = byHyphen.get(`${label.slice(0, dash)}-*.${suffix}`);
    if (r) return r;
  }
  return null;
}

/** A readable sentence for a registry hit. */
export function describeHit(m: HostMatch, shown: string): string {
  const r = m.rule;
  const c = r.country;
  switch (r.origin) {
    case 'mfa-site':
      return `${shown} is the official website of ${possessive(c)} ${r.name ?? 'Ministry of Foreign Affairs'}.`;
    case 'diplomatic': {
      const what = { ministry: 'foreign ministry', embassy: 'embassies', consulate: 'consulates', mission: 'permanent missions', minister: 'foreign minister' }[r.subkind as DiplomaticSubkind] ?? 'missions';
      const pattern = `${r.domain}${r.path ? `/${r.path.join('/')}` : ''}`;
      return shown === pattern || shown === r.domain ? `${shown} is a site of ${possessive(c)} ${what}.` : `${shown} is a site of ${possessive(c)} ${what} (registered pattern ${pattern}).`;
    }
    case 'gov-site':
      return `${shown} is the official website of ${r.name ?? `a government body of ${countryLabel(c)}`}.`;
    case 'convention':
      return `${r.domain} is reserved for government bodies of ${countryLabel(c)}.`;
    case 'portal-path':
      return `${shown} is the page of ${r.name ?? `a government body of ${countryLabel(c)}`}.`;
    case 'igo':
      return `${r.domain} is the website of ${r.name ?? 'an international organisation'}, an intergovernmental organisation.`;
    case 'wikidata': {
      const w = r.wikidata;
      const others = w && w.claimants > 1 ? ` and ${w.claimants - 1} other ${w.claimants === 2 ? 'body' : 'bodies'}` : '';
      const type = w?.type ? `, ${/^[aeiou]/i.test(w.type) ? 'an' : 'a'} ${w.type}` : '';
      return `${shown} is the official website of ${r.name ?? 'a government body'}${others}${type} (${countryLabel(c)}; Wikidata ${w?.qid ?? ''}, P856, retrieved ${GENERATED_SOURCE.retrieved}).`;
    }
  }
}
