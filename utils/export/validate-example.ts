/**
 * Validation of one imported example (an untrusted JSON value) into an
 * `Example`: types, required fields, size caps, control characters, defaults
 * for optional fields, unknown fields dropped. Collects problems instead of
 * throwing, so the import can report them all before anything is written.
 */
import type { Example, ExampleSelectors } from '../db/types';
import type { Detection, Platform, SourceKind, SourceSubkind } from '../detect/types';
import { siteOf } from '../example-draft.ts';

/** Caps on imported sizes (characters are UTF-16 code units). */
export const IMPORT_LIMITS = {
  quoteChars: 100_000,
  noteChars: 100_000,
  otherStringChars: 10_000,
  tags: 100,
  /** concepts, detection reasons */
  otherListItems: 1_000,
  idChars: 200,
} as const;

const PLATFORMS: readonly Platform[] = ['web', 'x', 'facebook', 'telegram', 'youtube', 'instagram'];
const KINDS: readonly SourceKind[] = ['mfa', 'government', 'none'];
const SUBKINDS: readonly SourceSubkind[] = [
  'ministry', 'embassy', 'consulate', 'mission', 'minister', 'head-of-state', 'government', 'parliament', 'igo', 'none',
];

/** Fields of Example, in the order they are read. Anything else is dropped with a warning. */
const EXAMPLE_KEYS = new Set([
  'id', 'quote', 'prefix', 'suffix', 'selectors', 'url', 'canonicalUrl', 'title', 'site', 'platform', 'author',
  'authorName', 'postTime', 'lang', 'detection', 'concepts', 'tags', 'functionId', 'note', 'createdAt', 'updatedAt',
  'lexiconVersion', 'notFoundAt',
]);
const DETECTION_KEYS = new Set(['kind', 'subkind', 'country', 'confidence', 'reasons', 'platform']);
const SELECTORS_KEYS = new Set(['quote', 'position']);
const QUOTE_SELECTOR_KEYS = new Set(['type', 'exact', 'prefix', 'suffix']);
const POSITION_SELECTOR_KEYS = new Set(['type', 'start', 'end']);

/** C0 and C1 control characters except tab, line feed and carriage return (Unicode category Cc). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** ISO-8601 date-time as JSON exports write it; a bare date is accepted too. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ValidationNotes {
  errors: string[];
  /** Paths of unknown fields that were dropped (counted by the caller). */
  dropped: string[];
  /** Paths of strings that had control characters removed. */
  cleaned: string[];
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one example; returns undefined when it has errors (recorded in `notes.errors`). */
export function validateExample(value: Json, at: string, notes: ValidationNotes): Example | undefined {
  const before = notes.errors.length;
  const err = (msg: string) => notes.errors.push(msg);

  if (!isObj(value)) {
    err(`${at} must be an object, not ${describe(value)}`);
    return undefined;
  }

  function dropUnknown(obj: Obj, known: Set<string>, path: string) {
    for (const key of Object.keys(obj)) if (!known.has(key)) notes.dropped.push(`${path}.${key}`);
  }

  function text(v: Json, path: string, max: number): string | undefined {
    if (typeof v !== 'string') {
      err(`${path} must be text, not ${describe(v)}`);
      return undefined;
    }
    if (v.length > max) {
      err(`${path} is too long (${v.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')})`);
      return undefined;
    }
    if (!HAS_CONTROL.test(v)) return v;
    notes.cleaned.push(path);
    return v.replace(CONTROL, '');
  }

  function req(obj: Obj, key: string, path: string, max: number): string | undefined {
    if (!(key in obj) || obj[key] === undefined || obj[key] === null) {
      err(`${path}.${key} is missing`);
      return undefined;
    }
    return text(obj[key], `${path}.${key}`, max);
  }

  /** Optional text: absent/null → fallback. */
  function opt(obj: Obj, key: string, path: string, fallback: string, max: number = IMPORT_LIMITS.otherStringChars): string {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    return text(v, `${path}.${key}`, max) ?? fallback;
  }

  /** Optional text that stays absent when absent. */
  function maybe(obj: Obj, key: string, path: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    return text(v, `${path}.${key}`, IMPORT_LIMITS.otherStringChars);
  }

  function list(obj: Obj, key: string, path: string, maxItems: number): string[] {
    const v = obj[key];
    if (v === undefined || v === null) return [];
    const p = `${path}.${key}`;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      err(`${p} must be a list of strings`);
      return [];
    }
    if (v.length > maxItems) {
      err(`${p} has too many items (${v.length}; at most ${maxItems})`);
      return [];
    }
    return v.map((x, i) => text(x, `${p}[${i}]`, IMPORT_LIMITS.otherStringChars) ?? '');
  }

  function time(obj: Obj, key: string, path: string): number | undefined {
    const v = obj[key];
    const p = `${path}.${key}`;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      err(`${p} must be a finite number of milliseconds or an ISO-8601 time`);
      return undefined;
    }
    if (typeof v === 'string' && ISO_DATE.test(v.trim())) {
      const ms = Date.parse(v.trim());
      if (Number.isFinite(ms)) return ms;
    }
    err(`${p} must be a finite number of milliseconds or an ISO-8601 time, not ${describe(v)}`);
    return undefined;
  }

  function oneOf<T extends string>(v: Json, allowed: readonly T[], path: string, fallback: T): T {
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    err(`${path} must be one of ${allowed.join(', ')}, not ${describe(v)}`);
    return fallback;
  }

  // ---- id
  const rawId = value['id'];
  let id: string | undefined;
  if (rawId === undefined || rawId === null) err(`${at}.id is missing`);
  else if (typeof rawId !== 'string') err(`${at}.id must be text, not ${describe(rawId)}`);
  else if (!rawId.trim() || rawId.length > IMPORT_LIMITS.idChars || HAS_CONTROL.test(rawId))
    err(`${at}.id must be 1 to ${IMPORT_LIMITS.idChars} printable characters`);
  else id = rawId;

  dropUnknown(value, EXAMPLE_KEYS, at);

  const quote = req(value, 'quote', at, IMPORT_LIMITS.quoteChars);
  if (quote !== undefined && !quote.trim()) err(`${at}.quote is empty`);
  const url = req(value, 'url', at, IMPORT_LIMITS.otherStringChars);
  if (url !== undefined && !url.trim()) err(`${at}.url is empty`);
  let createdAt: number | undefined;
  if (value['createdAt'] === undefined || value['createdAt'] === null) err(`${at}.createdAt is missing`);
  else createdAt = time(value, 'createdAt', at);
  const updatedAt = value['updatedAt'] === undefined || value['updatedAt'] === null ? createdAt : time(value, 'updatedAt', at);

  const prefix = opt(value, 'prefix', at, '');
  const suffix = opt(value, 'suffix', at, '');
  const platform = oneOf(value['platform'], PLATFORMS, `${at}.platform`, 'web');

  // ---- detection
  let detection: Detection = { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform };
  const det = value['detection'];
  if (det !== undefined && det !== null) {
    const p = `${at}.detection`;
    if (!isObj(det)) err(`${p} must be an object, not ${describe(det)}`);
    else {
      dropUnknown(det, DETECTION_KEYS, p);
      let country: string | null = null;
      if (det['country'] !== undefined && det['country'] !== null) {
        if (typeof det['country'] === 'string' && /^[A-Z]{2}$/.test(det['country'])) country = det['country'];
        else err(`${p}.country must be a two-letter upper-case country code or null, not ${describe(det['country'])}`);
      }
      let confidence = 0;
      if (det['confidence'] !== undefined && det['confidence'] !== null) {
        const c = det['confidence'];
        if (typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 1) confidence = c;
        else err(`${p}.confidence must be a number from 0 to 1, not ${describe(c)}`);
      }
      detection = {
        kind: oneOf(det['kind'], KINDS, `${p}.kind`, 'none'),
        subkind: oneOf(det['subkind'], SUBKINDS, `${p}.subkind`, 'none'),
        country,
        confidence,
        reasons: list(det, 'reasons', p, IMPORT_LIMITS.otherListItems),
        platform: oneOf(det['platform'], PLATFORMS, `${p}.platform`, platform),
      };
    }
  }

  // ---- selectors (W3C TextQuoteSelector / TextPositionSelector)
  let selectors: ExampleSelectors = { quote: { type: 'TextQuoteSelector', exact: quote ?? '', prefix, suffix } };
  const sel = value['selectors'];
  if (sel !== undefined && sel !== null) {
    const p = `${at}.selectors`;
    if (!isObj(sel)) err(`${p} must be an object, not ${describe(sel)}`);
    else {
      dropUnknown(sel, SELECTORS_KEYS, p);
      const q = sel['quote'];
      if (!isObj(q) || q['type'] !== 'TextQuoteSelector') err(`${p}.quote must be a TextQuoteSelector object`);
      else {
        dropUnknown(q, QUOTE_SELECTOR_KEYS, `${p}.quote`);
        const exact = req(q, 'exact', `${p}.quote`, IMPORT_LIMITS.quoteChars) ?? '';
        const qp = maybe(q, 'prefix', `${p}.quote`);
        const qs = maybe(q, 'suffix', `${p}.quote`);
        selectors = {
          quote: { type: 'TextQuoteSelector', exact, ...(qp !== undefined && { prefix: qp }), ...(qs !== undefined && { suffix: qs }) },
        };
      }
      const pos = sel['position'];
      if (pos !== undefined && pos !== null) {
        const pp = `${p}.position`;
        const nat = (v: Json) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
        if (!isObj(pos) || pos['type'] !== 'TextPositionSelector') err(`${pp} must be a TextPositionSelector object`);
        else if (!nat(pos['start']) || !nat(pos['end']) || (pos['start'] as number) > (pos['end'] as number))
          err(`${pp}.start and .end must be whole numbers with 0 ≤ start ≤ end`);
        else {
          dropUnknown(pos, POSITION_SELECTOR_KEYS, pp);
          selectors.position = { type: 'TextPositionSelector', start: pos['start'] as number, end: pos['end'] as number };
        }
      }
    }
  }

  const concepts = list(value, 'concepts', at, IMPORT_LIMITS.otherListItems);
  const tags = list(value, 'tags', at, IMPORT_LIMITS.tags);
  const functionId = opt(value, 'functionId', at, '');
  const note = opt(value, 'note', at, '', IMPORT_LIMITS.noteChars);
  const title = opt(value, 'title', at, '');
  const site = opt(value, 'site', at, url ? siteOf(url) : '');
  const lexiconVersion = opt(value, 'lexiconVersion', at, '');
  const optional = {
    canonicalUrl: maybe(value, 'canonicalUrl', at),
    author: maybe(value, 'author', at),
    authorName: maybe(value, 'authorName', at),
    postTime: maybe(value, 'postTime', at),
    lang: maybe(value, 'lang', at),
    notFoundAt: maybe(value, 'notFoundAt', at),
  };

  if (notes.errors.length > before) return undefined;
  const example: Example = {
    id: id!,
    quote: quote!,
    prefix,
    suffix,
    selectors,
    url: url!,
    title,
    site,
    platform,
    detection,
    concepts,
    tags,
    functionId,
    note,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
    lexiconVersion,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (example as unknown as Record<string, string>)[k] = v;
  return example;
}

/** A short, safe description of a JSON value for error messages. */
export function describe(v: Json): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `text "${v.slice(0, 40)}…"` : `text "${v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}
