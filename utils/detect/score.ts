/**
 * Turning evidence into a Detection: registry hits, cue refinement on official
 * domains, cue-only judgements on unknown domains (conservative), and social
 * account judgements. Pure functions.
 */
import type { CueCategory } from '../../seeds/registry/cues.ts';
import { findCues, firstCountry, type CueHit } from './cue-match.ts';
import { countryLabel, possessive } from './names.ts';
import { describeHit, type HostMatch } from './registry-index.ts';
import type { Detection, PageSignals, Platform, SourceKind, SourceSubkind } from './types.ts';

export function none(platform: Platform, reasons: string[]): Detection {
  return { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons, platform };
}

function detection(kind: Exclude<SourceKind, 'none'>, subkind: SourceSubkind, country: string | null, confidence: number, reasons: string[], platform: Platform): Detection {
  return { kind, subkind, country, confidence: Math.round(confidence * 100) / 100, reasons, platform };
}

const DIPLOMATIC: ReadonlySet<CueCategory> = new Set(['mfa', 'embassy', 'consulate', 'mission']);

function subkindOfCue(c: CueCategory): SourceSubkind {
  switch (c) {
    case 'mfa':
      return 'ministry';
    case 'government':
      return 'government';
    default:
      return c;
  }
}

function cueSentence(h: CueHit): string {
  const where = { title: 'The title', siteName: 'The site name', headerText: 'The page header', authorName: 'The account name', authorBio: 'The profile', governmentLabel: 'The platform label' }[h.field];
  return `${where} says '${h.phrase}'.`;
}

/** All cue hits from the page's own texts. */
export function pageCues(signals: PageSignals | undefined): CueHit[] {
  if (!signals) return [];
  return [
    ...findCues(signals.siteName, 'siteName'),
    ...findCues(signals.headerText, 'headerText'),
    ...findCues(signals.title, 'title'),
  ];
}

/** A registry hit, possibly refined by the page's own cues. */
export function fromHost(m: HostMatch, shownHost: string, signals: PageSignals | undefined): Detection {
  const r = m.rule;
  let subkind: SourceSubkind = r.subkind;
  let country = r.country;
  let kind = r.kind;
  let confidence = r.confidence;
  const shown = r.path ? `${r.domain}/${r.path.map((s) => s.replace(/\*$/, '…')).join('/')}`.replace(/\/\*(?=\/|$)/g, '/…') : shownHost;
  const reasons = [describeHit(m, r.path ? shown : shownHost)];

  if (m.missionCountry) {
    return detection('mfa', 'mission', m.missionCountry, 0.95, [`${shownHost} hosts the page of ${possessive(m.missionCountry)} permanent mission to the United Nations.`], 'web');
  }
  if (r.kind === 'mfa' && r.origin === 'mfa-site' && m.subLabels.length > 0) {
    const adjacent = m.subLabels[m.subLabels.length - 1] ?? '';
    const byPrefix = r.labelPrefixes?.find((p) => adjacent.startsWith(p.prefix));
    const sub = byPrefix?.subkind ?? r.subdomainSubkind;
    if (sub && sub !== 'ministry') {
      subkind = sub;
      reasons.push(`${shownHost} is a subdomain used for ${possessive(country)} ${sub === 'embassy' ? 'embassies' : sub === 'consulate' ? 'consulates' : 'missions'}.`);
      confidence = 0.96;
    }
  }
  if (r.refinable) {
    const hit = pageCues(signals).find((h) => h.defining && (h.country === null || h.country === country));
    if (hit && hit.category !== 'government') {
      if (DIPLOMATIC.has(hit.category)) {
        kind = 'mfa';
        confidence = 0.9;
      }
      subkind = subkindOfCue(hit.category);
      reasons.push(cueSentence(hit));
    }
  }
  return detection(kind, subkind, country, confidence, reasons, 'web');
}

const GOV_LD = /^(governmentorganization|governmentoffice|embassy|embassyorconsulate|governmentbuilding|governmentservice)$/i;
/** Top-level domains of commercial or generic use, where cues alone never decide. */
const COMMERCIAL_TLDS = new Set(['com', 'net', 'info', 'biz', 'news', 'io', 'co', 'tv', 'media', 'press', 'online', 'site', 'blog', 'xyz', 'top', 'app', 'me', 'ly']);

/**
 * An unknown domain: cues alone never make it official. Only combined evidence
 * (a JSON-LD government type, or the site name and the title agreeing) on a
 * non-commercial domain gives a low-confidence answer.
 */
export function fromCuesOnly(host: string, signals: PageSignals | undefined): Detection {
  const hits = pageCues(signals).filter((h) => h.defining);
  const best = hits[0];
  if (!best) return none('web', [`${host} is not in the registry of official sources.`]);
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const ldGov = (signals?.jsonLdTypes ?? []).some((t) => GOV_LD.test(t.trim()));
  const fields = new Set(hits.filter((h) => h.category === best.category || (DIPLOMATIC.has(h.category) && DIPLOMATIC.has(best.category))).map((h) => h.field));
  const strong = ldGov || (fields.has('siteName') && fields.size >= 2);
  if (COMMERCIAL_TLDS.has(tld) || !strong || !DIPLOMATIC.has(best.category)) {
    return none('web', [`${host} is not in the registry of official sources.`, `${cueSentence(best)} That alone does not show an official source.`]);
  }
  const country = best.country ?? hits.find((h) => h.country)?.country ?? null;
  const reasons = [
    `${host} is not in the registry, but the page presents itself as ${best.category === 'mfa' ? 'a foreign ministry' : `${best.category === 'embassy' ? 'an embassy' : `a ${best.category}`}`}${country ? ` of ${countryLabel(country)}` : ''}.`,
    cueSentence(best),
  ];
  if (ldGov) reasons.push('The page declares itself a government organisation in its structured data.');
  return detection('mfa', subkindOfCue(best.category), country, 0.55, reasons, 'web');
}

/** Country named in a platform label such as "Uzbekistan government organization". */
export function labelCountry(label: string): string | null {
  return firstCountry(label);
}
