/**
 * The user's corrections applied to a judgement. Pure: which site or account a page is
 * (`sourceOf`), an index of corrections that finds the one for it, and the judgement with
 * corrections: a correction beats the registry and every signal, both ways ("official" on
 * an unknown site, "not official" on a registry hit).
 */
import { accountFromPath } from './account-paths.ts';
import { normalHandle, normalHost, targetKey, describeTarget, type Correction, type CorrectionTarget } from './correction.ts';
import { countryLabel } from './names.ts';
import { platformOfHost } from './platform.ts';
import { handleFromUrl } from './social-handles.ts';
import type { Detection, PageSignals } from './types.ts';
import { parseUrl } from './url.ts';

/**
 * The site or account a page is, as a correction names it, or null (no address, a
 * timeline with no owner). A social page is its account: the author the adapter read, or
 * the handle in the address; a YouTube channel's UC… id as well when the page gives it.
 * A web page is its host, or the account its path names (github.com/<org>).
 */
export function sourceOf(url: string, signals: PageSignals = {}): CorrectionTarget | null {
  const parsed = typeof url === 'string' ? parseUrl(url) : 'empty';
  if (typeof parsed === 'string') return null;
  const platform = platformOfHost(parsed.host);
  if (platform === 'web') {
    const path = accountFromPath(parsed);
    if (path) return { platform: path.platform, handle: normalHandle(path.handle) };
    return { platform: 'web', host: normalHost(parsed.host) };
  }
  const given = typeof signals.authorHandle === 'string' ? signals.authorHandle.trim() : '';
  const handle = given || handleFromUrl(platform, parsed.url) || '';
  const id = typeof signals.authorId === 'string' ? signals.authorId.trim() : '';
  if (!handle && !id) return null;
  return { platform, ...(handle && { handle: normalHandle(handle) }), ...(id && { id }) };
}

export interface CorrectionIndex {
  /** The correction for this site or account: for a host, the one for it or the nearest host above it. */
  find(target: CorrectionTarget): Correction | undefined;
  readonly size: number;
}

export function createCorrectionIndex(corrections: readonly Correction[]): CorrectionIndex {
  const hosts = new Map<string, Correction>();
  const accounts = new Map<string, Correction>();
  for (const c of corrections) {
    const t = c.target;
    if (t.platform === 'web') hosts.set(normalHost(t.host), c);
    else {
      if (t.id) accounts.set(targetKey({ platform: t.platform, id: t.id }), c);
      if (t.handle) accounts.set(targetKey({ platform: t.platform, handle: t.handle }), c);
    }
  }
  return {
    size: corrections.length,
    find(target) {
      if (target.platform === 'web') {
        // Label by label from the host itself up: a correction of consular.mfa.gov.uz beats one of mfa.gov.uz.
        let host = normalHost(target.host);
        for (;;) {
          const c = hosts.get(host);
          if (c) return c;
          const dot = host.indexOf('.');
          if (dot < 0) return undefined;
          host = host.slice(dot + 1);
        }
      }
      // The lasting id first: a renamed account keeps it.
      return (
        (target.id ? accounts.get(targetKey({ platform: target.platform, id: target.id })) : undefined) ??
        (target.handle ? accounts.get(targetKey({ platform: target.platform, handle: target.handle })) : undefined)
      );
    },
  };
}

export const NO_CORRECTIONS: CorrectionIndex = createCorrectionIndex([]);

const KIND_WORDS: Record<Detection['kind'], string> = { mfa: 'foreign-ministry', government: 'government', none: 'not official' };

function whatItWas(d: Detection): string {
  if (d.kind === 'none') return 'not an official source';
  const country = d.country ? ` of ${countryLabel(d.country)}` : '';
  return `a ${KIND_WORDS[d.kind]} source (${d.subkind.replace(/-/g, ' ')})${country}`;
}

/** The judgement a correction makes, with what DiploLens itself would have said as a further reason. */
export function correctedDetection(c: Correction, own: Detection): Detection {
  const what = describeTarget(c.target);
  const name = c.label ? ` (${c.label})` : '';
  const first =
    c.kind === 'none'
      ? `You marked ${what}${name} as not an official source.`
      : `You marked ${what}${name} as ${whatItWas({ ...own, kind: c.kind, subkind: c.subkind, country: c.country })}.`;
  const own_ = own.kind === c.kind && own.subkind === c.subkind && own.country === c.country
    ? 'DiploLens judged it so too.'
    : `Without your mark DiploLens would judge it ${whatItWas(own)}.`;
  return {
    // As sure as a registry entry: the user says so (the popup shows 'Certain (marked by you)').
    tier: 'certain',
    kind: c.kind,
    subkind: c.kind === 'none' ? 'none' : c.subkind,
    country: c.kind === 'none' ? null : c.country,
    confidence: c.kind === 'none' ? 0 : 1,
    reasons: [first, own_],
    platform: own.platform,
    markedBy: 'user',
  };
}

/**
 * The judgement of a page with the user's corrections: `detect` (the registry and signals,
 * detectSource) unless a correction names this page's site or account.
 */
export function judgeWithCorrections(
  url: string,
  signals: PageSignals | undefined,
  index: CorrectionIndex,
  detect: (url: string, signals: PageSignals) => Detection,
): Detection {
  const own = detect(url, signals ?? {});
  if (!index.size) return own;
  const target = sourceOf(url, signals ?? {});
  const c = target && index.find(target);
  return c ? correctedDetection(c, own) : own;
}
