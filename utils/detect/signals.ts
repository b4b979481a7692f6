/**
 * Judging a social account that no registry entry names, from what its own page
 * shows (PageSignals: badge, name, bio, links). Pure. The tiers (types.ts, Tier):
 *   high      the platform's government label or verification, with a name or bio
 *             phrase or with a linked website the website registry knows;
 *   probable  a linked official website with a phrase, or a handle in a foreign
 *             service's pattern;
 *   possible  a phrase (or a link, or a badge) alone: kind stays 'none'.
 * What the profile says of itself overrules all of it: parody, fan, unofficial,
 * personal, journalist, hotel, visa agency (NOT_OFFICIAL). A paid check counts for
 * nothing.
 */
import { findCues, firstCountry, type CueHit } from './cue-match.ts';
import { countryLabel, possessive } from './names.ts';
import { lookupHost, type HostMatch } from './registry-index.ts';
import type { HandleGuess } from './social-handles.ts';
import type { Detection, PageSignals, Platform, SourceSubkind } from './types.ts';
import { parseUrl } from './url.ts';

/**
 * Words by which an account says it is not an official source. English, Russian,
 * French, Spanish, German, Turkish, Uzbek: the languages of the corpus and of the
 * sending states the registry knows least.
 */
const NOT_OFFICIAL: readonly [RegExp, string][] = [
  [/\bparod(?:y|ie|ia)\b|пароди|\bsatir(?:e|ical)\b|сатир/i, 'a parody account'],
  [/\bfan\s*(?:account|page|club|site)\b|\bfans? of\b|фан-?(?:аккаунт|страниц|клуб)/i, 'a fan account'],
  [/\b(?:un|non-?)official\b|\bnot (?:an? )?official\b|not affiliated|no affiliation|неофициальн|не является официальн|resmi değil|norasmiy/i, 'not official by its own account'],
  [/\bpersonal (?:account|page|views)\b|\b(?:views|opinions) (?:are )?(?:my )?own\b|личн(?:ый|ая) (?:аккаунт|страниц)|личное мнение|kişisel hesap/i, 'a personal account'],
  [/\b(?:journalist|correspondent|reporter|columnist|editor at|anchor at)\b|журналист|корреспондент|gazeteci|muhabir|jurnalist/i, "a journalist's account"],
  [/\b(?:hotel|suites|resort|hostel|restaurant|café|cafe|bar & grill)\b|отель|гостиниц|mehmonxona|otel\b/i, 'a hotel or restaurant'],
  [/\bvisa (?:agency|agent|services? (?:agency|company|provider)|application cent(?:er|re)|cent(?:er|re))\b|\bimmigration (?:consultant|agency|lawyer)s?\b|\btravel agency\b|визов(?:ый|ое) (?:центр|агентств)|vize (?:acentesi|danışmanlık)/i, 'a visa or travel agency'],
];

/** The website registry, as a parameter (the held-out evaluation hides organisations from it). */
export type SiteLookup = (host: string, segs: readonly string[]) => HostMatch | null;

export interface SignalContext {
  platform: Platform;
  where: string;
  handle: string | undefined;
  guess: HandleGuess | null;
}

type Category = CueHit['category'];

function subkindOf(c: Category): SourceSubkind {
  return c === 'mfa' ? 'ministry' : c;
}

const DIPLOMATIC = new Set<Category>(['mfa', 'embassy', 'consulate', 'mission']);

/** The linked site the website registry knows, if any (the first such link). */
function officialLink(links: readonly string[] | undefined, lookup: SiteLookup): { url: string; match: HostMatch } | null {
  for (const link of (links ?? []).slice(0, 10)) {
    const p = parseUrl(link);
    if (typeof p === 'string' || p.isIp || !p.knownSuffix) continue;
    const match = lookup(p.host, p.segments);
    if (match) return { url: p.host, match };
  }
  return null;
}

/** Why the profile itself says it is not official, or null. */
export function notOfficial(signals: PageSignals | undefined): { what: string; words: string } | null {
  const text = `${signals?.authorName ?? ''}\n${signals?.authorBio ?? ''}`;
  for (const [re, what] of NOT_OFFICIAL) {
    const m = re.exec(text);
    if (m) return { what, words: m[0] };
  }
  return null;
}

function phrases(signals: PageSignals | undefined): CueHit[] {
  return [...findCues(signals?.authorName, 'authorName'), ...findCues(signals?.authorBio, 'authorBio')].filter((h) => h.defining);
}

function said(h: CueHit): string {
  return `${h.field === 'authorName' ? 'Its name' : 'Its profile'} says '${h.phrase}'${h.country ? ` (${countryLabel(h.country)})` : ''}.`;
}

/**
 * The judgement from page signals, or null when they say nothing either way
 * (the caller then reports the account as unknown).
 */
export function judgeSignals(ctx: SignalContext, signals: PageSignals | undefined, lookup: SiteLookup = lookupHost): Detection | null {
  const { platform, where, handle, guess } = ctx;
  const who = handle ? `@${handle}` : 'This account';
  const neg = notOfficial(signals);
  if (neg) {
    return { kind: 'none', subkind: 'none', country: null, confidence: 0, platform, reasons: [`${who} on ${where} is not in the registry, and its profile says '${neg.words}': ${neg.what}, not an official source.`] };
  }
  const label = signals?.governmentLabel?.trim();
  const labelled = !!label && /govern|official|gouvern|gobierno|правительств|госорган|hukumat|hükümet|multilateral/i.test(label) && !/media|affiliated|медиа|сми/i.test(label);
  const badge = labelled ? 'government' : signals?.authorBadge;
  const hits = phrases(signals);
  const link = officialLink(signals?.authorLinks, lookup);
  const best = hits.find((h) => DIPLOMATIC.has(h.category)) ?? hits.find((h) => h.category !== 'government') ?? hits[0];
  const reasons: string[] = [];
  const paidNote = badge === 'paid' ? `Its check is a paid subscription, which says nothing about who runs the account.` : null;

  // Kind, subkind, country: the phrase's category, the linked site's, the handle's pattern.
  const linkRule = link?.match.rule;
  let kind: 'mfa' | 'government' = best && DIPLOMATIC.has(best.category) ? 'mfa' : linkRule?.kind === 'mfa' && !best ? 'mfa' : guess ? 'mfa' : 'government';
  let subkind: SourceSubkind = best ? subkindOf(best.category) : guess ? guess.subkind : linkRule && linkRule.subkind !== 'igo' ? linkRule.subkind : 'government';
  if (kind === 'government' && linkRule?.kind === 'mfa' && best?.category === 'government') kind = 'mfa';
  const country = link?.match.missionCountry ?? linkRule?.country ?? (label ? firstCountry(label) : null) ?? best?.country ?? guess?.country ?? hits.find((h) => h.country)?.country ?? null;
  if (kind === 'mfa' && subkind === 'government') subkind = 'ministry';

  if (labelled) reasons.push(`${where} labels ${who} as '${label}'.`);
  else if (badge === 'government') reasons.push(`${where} marks ${who} as a government account.`);
  else if (badge === 'verified') reasons.push(`${where} shows ${who} as verified.`);
  if (best) reasons.push(said(best));
  if (link) reasons.push(`Its profile links to ${link.url}, ${link.match.rule.name ? `the official website of ${link.match.rule.name}` : `an official site of ${countryLabel(linkRule?.country ?? null)}`}.`);
  if (guess) reasons.push(`Its handle follows the pattern of ${possessive(guess.country)} ${guess.subkind === 'ministry' ? 'foreign ministry' : guess.subkind} accounts.`);
  if (paidNote) reasons.push(paidNote);

  const strongBadge = badge === 'government' || badge === 'verified';
  const make = (tier: 'high' | 'probable', confidence: number, lead: string): Detection => ({ tier, kind, subkind, country, confidence, platform, reasons: [lead, ...reasons] });

  if (strongBadge && (best || link || guess)) {
    return make('high', badge === 'government' ? 0.9 : 0.86, `${who} on ${where} is not in the registry, but the platform's mark and ${link ? 'its linked website' : best ? 'its name' : 'its handle'} agree that it is ${describe(kind, subkind, country)}.`);
  }
  if (labelled) {
    // X gives the grey check and "government organization" labels to government and multilateral bodies only.
    return { tier: 'high', kind: 'government', subkind: 'government', country, confidence: 0.85, platform, reasons: [`${who} on ${where} is not in the registry, but the platform labels it a government account.`, ...reasons] };
  }
  if (link && best) return make('probable', 0.8, `${who} on ${where} is not in the registry, but it links to an official website and its name says what it is.`);
  if (guess) {
    return {
      tier: 'probable',
      kind: 'mfa',
      subkind: guess.subkind,
      country: guess.country,
      confidence: link ? 0.8 : guess.subkind === 'ministry' ? 0.75 : 0.7,
      platform,
      reasons: [`${who} on ${where} is not in the registry, but its name follows the pattern of ${possessive(guess.country)} ${guess.subkind === 'ministry' ? 'foreign ministry' : guess.subkind} accounts.`, ...reasons.filter((r) => !r.startsWith('Its handle'))],
    };
  }
  if (best || link || strongBadge) {
    return {
      tier: 'possible',
      kind: 'none',
      subkind: 'none',
      country: null,
      confidence: 0,
      platform,
      reasons: [`${who} on ${where} is not in the registry. It may be ${describe(kind, subkind, country)}, but ${best && !link ? 'a name alone' : link && !best ? 'a link alone' : 'that alone'} does not show an official source.`, ...reasons],
    };
  }
  return null;
}

function describe(kind: 'mfa' | 'government', subkind: SourceSubkind, country: string | null): string {
  const of = country ? ` of ${countryLabel(country)}` : '';
  if (kind === 'mfa') {
    const what = { ministry: 'the foreign ministry', embassy: 'an embassy', consulate: 'a consulate', mission: 'a permanent mission', minister: 'the foreign minister' }[subkind as string] ?? 'a foreign-service account';
    return `${what}${of}`;
  }
  const what = { 'head-of-state': 'the head of state or government', parliament: 'a parliament', ministry: 'a ministry' }[subkind as string] ?? 'a government body';
  return `${what}${of}`;
}
