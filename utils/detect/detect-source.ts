/**
 * detectSource: is this URL (and page) an official diplomatic or government source?
 * Pure; never throws; no DOM. See types.ts for the contract.
 */
import { platformOfHost } from './platform.ts';
import { lookupHost } from './registry-index.ts';
import { fromCuesOnly, fromHost, none } from './score.ts';
import { guessFromHandle, handleFromUrl } from './social-handles.ts';
import { judgeSignals } from './signals.ts';
import { deniedReason, lookupAccount, type AccountEntry } from './account-registry.ts';
import { accountFromPath } from './account-paths.ts';
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';
import { countryLabel, possessive } from './names.ts';
import type { Detection, PageSignals, Platform } from './types.ts';
import { describeProblem, parseUrl } from './url.ts';
import { embassyWordIn, guessFromHostLabel, mfaCountryDomain, mfaNameIn } from './host-name.ts';
import { COUNTRIES } from '../../seeds/countries.ts';

const PLATFORM_NAMES: Record<Platform | RegistryPlatform, string> = {
  web: 'the web', x: 'X', facebook: 'Facebook', telegram: 'Telegram', youtube: 'YouTube', instagram: 'Instagram',
  threads: 'Threads', rutube: 'Rutube', whatsapp: 'WhatsApp', github: 'GitHub', linkedin: 'LinkedIn', tiktok: 'TikTok',
  bluesky: 'Bluesky', vk: 'VK', ok: 'Odnoklassniki',
};

/** "@MFA_Austria on X is the official account of …", with the body's type and the source for Wikidata rows. */
function accountReasons(acct: AccountEntry, handle: string, where: string): string[] {
  const countryNote = acct.country && acct.country !== 'EU' && !acct.name.includes(countryLabel(acct.country).replace(/^the /, '')) ? ` (${countryLabel(acct.country)})` : '';
  const shown = /^\d+$|^UC[\w-]{22}$/.test(handle) || handle.startsWith('0029') ? `The ${where} channel ${handle}` : `@${handle} on ${where}`;
  const reasons = [`${shown} is the official account of ${acct.name}${countryNote}.`];
  if (acct.origin === 'wikidata') reasons.push(`Source: ${acct.source}${acct.type ? `, where it is listed as ${/^[aeiou]/i.test(acct.type) ? 'an' : 'a'} ${acct.type}` : ''}.`);
  return reasons;
}

export function detectSource(url: string, signals?: PageSignals): Detection {
  try {
    return withTier(detect(typeof url === 'string' ? url : '', signals));
  } catch {
    return none('web', ['The address could not be read.']);
  }
}

/**
 * Web judgements made without signals.ts say their tier by confidence: registry hits
 * (0.9 and above) are certain, names and cues on unknown domains probable.
 */
function withTier(d: Detection): Detection {
  if (d.tier || d.kind === 'none') return d;
  return { ...d, tier: d.confidence >= 0.9 ? 'certain' : d.confidence >= 0.85 ? 'high' : 'probable' };
}

function detect(url: string, signals: PageSignals | undefined): Detection {
  const parsed = parseUrl(url);
  if (typeof parsed === 'string') return none('web', [describeProblem(parsed)]);
  const platform = platformOfHost(parsed.host);
  if (platform !== 'web') return detectSocial(platform, parsed.url, signals);
  if (parsed.isIp) return none('web', [`${parsed.host} is an IP address, not a registered domain.`]);
  const pathAccount = accountFromPath(parsed);
  if (pathAccount) {
    const where = PLATFORM_NAMES[pathAccount.platform];
    const denied = deniedReason(pathAccount.platform, pathAccount.handle);
    if (denied) return none('web', [`@${pathAccount.handle} on ${where} is ${denied}.`]);
    const acct = lookupAccount(pathAccount.platform, pathAccount.handle);
    if (acct) return { tier: 'certain', kind: acct.kind, subkind: acct.subkind, country: acct.country, confidence: 0.97, reasons: accountReasons(acct, pathAccount.handle, where), platform: 'web' };
  }
  if (!parsed.knownSuffix || !parsed.domain) return none('web', [`${parsed.host} does not end in a known public suffix.`]);
  if (parsed.host.split('.').some((l) => l.startsWith('xn--'))) {
    // Internationalised labels: official sources in the registry use ASCII hosts, so a
    // punycode host is either unknown or a homoglyph of a known one.
    const m = lookupHost(parsed.host, parsed.segments);
    if (!m) return none('web', [`${parsed.host} uses internationalised (punycode) labels and is not in the registry.`]);
  }
  const m = lookupHost(parsed.host, parsed.segments);
  if (m) {
    const d = fromHost(m, parsed.host, signals);
    // A government site named as the foreign ministry (mfa.gov.ng, government.se/…/ministry-for-foreign-affairs).
    const mfaName = d.kind === 'government' && d.subkind !== 'igo' && d.subkind !== 'head-of-state' ? mfaNameIn(parsed.host, parsed.segments) : null;
    if (mfaName) {
      return { ...d, kind: 'mfa', subkind: 'ministry', confidence: Math.min(d.confidence, 0.88), reasons: [...d.reasons, `Its address names the foreign ministry ('${mfaName}').`] };
    }
    // A government zone's site named as an embassy (indembassyuz.gov.in) is the foreign service's.
    const word = d.kind === 'government' && d.subkind === 'government' ? embassyWordIn(parsed.host) : null;
    if (word) {
      return {
        ...d,
        kind: 'mfa',
        subkind: word,
        reasons: [...d.reasons, `Its name says it is ${word === 'embassy' ? 'an embassy' : 'a consulate'}.`],
      };
    }
    return d;
  }
  const cues = fromCuesOnly(parsed.host, signals);
  if (cues.kind !== 'none') return cues;
  // mfa.is, mfa.md: 'mfa' as the whole name on a country's own domain.
  const tld = parsed.host.slice(parsed.host.lastIndexOf('.') + 1);
  const cc = tld === 'uk' ? 'GB' : tld.toUpperCase();
  if (mfaCountryDomain(parsed.domainLabel, tld) && cc in COUNTRIES) {
    return {
      kind: 'mfa',
      subkind: 'ministry',
      country: cc,
      confidence: 0.8,
      reasons: [`${parsed.domain} is not in the registry, but '${parsed.domainLabel}' on .${tld} is how foreign ministries name their sites.`],
      platform: 'web',
    };
  }
  const guess = parsed.domainLabel ? guessFromHostLabel(parsed.domainLabel) : null;
  if (guess) {
    return {
      kind: 'mfa',
      subkind: guess.subkind,
      country: guess.country,
      // Below registry hits: a name is good evidence, not proof.
      confidence: 0.72,
      reasons: [
        `${parsed.domain} is not in the registry, but its name says it is ${possessive(guess.country)} ${guess.subkind}.`,
      ],
      platform: 'web',
    };
  }
  return cues;
}

function detectSocial(platform: Platform, url: URL, signals: PageSignals | undefined): Detection {
  const given = signals?.authorHandle?.trim().replace(/^@/, '');
  const handle = given || handleFromUrl(platform, url);
  const where = PLATFORM_NAMES[platform];
  if (platform === 'web') return none(platform, []);
  const channelId = signals?.authorId?.trim();
  if (channelId) {
    const acct = lookupAccount(platform, channelId);
    if (acct) return { tier: 'certain', kind: acct.kind, subkind: acct.subkind, country: acct.country, confidence: 0.98, reasons: accountReasons(acct, channelId, where), platform };
  }
  if (handle) {
    const denied = deniedReason(platform, handle);
    if (denied) return none(platform, [`@${handle} on ${where} is ${denied}.`]);
    const acct = lookupAccount(platform, handle);
    if (acct) {
      const reasons = accountReasons(acct, handle, where);
      if (given) reasons.push(`The post's author is @${handle}.`);
      return { tier: 'certain', kind: acct.kind, subkind: acct.subkind, country: acct.country, confidence: 0.98, reasons, platform };
    }
  }
  // No registry entry: what the page shows of the account (utils/detect/signals.ts).
  const judged = judgeSignals({ platform, where, handle: handle ?? undefined, guess: handle ? guessFromHandle(handle) : null }, signals);
  if (judged) return judged;
  if (!handle) return none(platform, [`This ${where} address does not name an account.`]);
  return none(platform, [`@${handle} on ${where} is not a known official account.`]);
}
