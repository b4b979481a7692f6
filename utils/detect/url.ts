/** URL parsing for detection: never throws, keeps only http(s) URLs with a real registrable host. */
import { parse } from 'tldts';

export interface ParsedUrl {
  url: URL;
  /** Lower-case host without trailing dot. */
  host: string;
  /** Decoded, lower-case, non-empty path segments. */
  segments: string[];
  /** Registrable domain per the Public Suffix List, or null (IP, bare suffix …). */
  domain: string | null;
  /** The registrable domain without its public suffix ('kazakhembus' of kazakhembus.com), or null. */
  domainLabel: string | null;
  isIp: boolean;
  /** The host's public suffix is a real (ICANN or private) suffix of the PSL. */
  knownSuffix: boolean;
}

export type UrlProblem = 'empty' | 'malformed' | 'scheme';

export function parseUrl(input: string): ParsedUrl | UrlProblem {
  const text = input.trim();
  if (!text) return 'empty';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || !host.includes('.') && !host.startsWith('[')) return 'malformed';
  const info = parse(host);
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
  return {
    url,
    host,
    segments,
    domain: info.domain,
    domainLabel: info.domainWithoutSuffix || null,
    isIp: info.isIp === true || host.startsWith('['),
    knownSuffix: info.isIcann === true || info.isPrivate === true,
  };
}

/** Why a URL could not be judged, as a sentence. */
export function describeProblem(p: UrlProblem): string {
  switch (p) {
    case 'empty':
      return 'No address was given.';
    case 'malformed':
      return 'The address is not a valid web URL.';
    case 'scheme':
      return 'Only http and https addresses can be official websites.';
  }
}
