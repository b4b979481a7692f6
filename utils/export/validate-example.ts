/**
 * Validation of one imported example (an untrusted JSON value) into an
 * `Example`: types, required fields, size caps, defaults for optional fields,
 * unknown fields dropped. Collects problems instead of throwing, so the import
 * can report them all before anything is written.
 *
 * The rule: a backup DiploLens wrote imports again. So a row is refused (and
 * with it the file) only for what the app never writes — a wrong type, a
 * missing required field, an unknown enum value. What the app can write but a
 * hostile file could inflate (long text, long lists) is cut to the caps below
 * with a warning, and the rest of the file is imported. Text is kept character
 * for character: JSON carries any character (control characters, even lone
 * surrogates, which JSON.stringify escapes), and so does IndexedDB.
 */
import type { Example, ExampleSelectors } from '../db/types';
import type { Detection, Platform, SourceKind, SourceSubkind } from '../detect/types';
import { siteOf } from '../example-draft.ts';
import { snapBack } from '../dom/selection-quote';

/**
 * Sizes of an example's fields, in UTF-16 code units (String.length, what a
 * textarea's maxLength counts). One table for both sides: the writers (library
 * editor, tag field, page info) refuse more, and the importer takes up to this
 * unchanged and cuts beyond it with a warning. Never lower a cap: backups
 * written under the old one must still import whole.
 */
export const EXAMPLE_LIMITS = {
  /**
   * quote, selectors.quote.exact. The library editor refuses longer; a
   * selection is cut at MAX_QUOTE_CHARS (20,000) and a post in view at
   * MAX_POST_TEXT (5,000) before that.
   */
  quoteChars: 100_000,
  /** note: the library editor refuses longer. */
  noteChars: 100_000,
  /**
   * url, canonicalUrl. No page DiploLens saves from has a longer address:
   * Chrome will not load a URL over 2 MiB (url::kMaxURLChars), Firefox an
   * http(s) URL over 1 MiB (network.standard-url.max-length); the content
   * script runs on http(s) pages only (no data: URLs); page-info leaves out a
   * longer canonical link. The old 10,000 is within reach of real search and
   * single-page-app addresses, and refused the whole backup holding one.
   */
  urlChars: 2 * 1024 * 1024,
  /** tags per example: the tag field adds no more. */
  tags: 100,
  /** one tag: the tag field refuses longer. */
  tagChars: 10_000,
  /**
   * concepts (lexicon ids, each at most once, and the lexicon is far smaller),
   * detection reasons (a few sentences).
   */
  otherListItems: 1_000,
  /**
   * Any other text: prefix and suffix (CONTEXT_CHARS, 200), title and language
   * (page-info clips at 300), author fields (site adapters clip at 300), site,
   * ids of concepts and functions, times, lexicon version.
   */
  otherStringChars: 10_000,
  /** The app writes UUIDs (36). */
  idChars: 200,
} as const;

/** The same table under its first name (json.ts and older callers). */
export const IMPORT_LIMITS = EXAMPLE_LIMITS;

/**
 * The values of a union type, checked by the compiler to be all of them: a
 * value added to the type and not here would make the importer refuse backups
 * holding it.
 */
const allOf = <T extends string>(values: Record<T, true>) => Object.keys(values) as T[];
const PLATFORMS = allOf<Platform>({ web: true, x: true, facebook: true, telegram: true, youtube: true, instagram: true });
const KINDS = allOf<SourceKind>({ mfa: true, government: true, none: true });
const SUBKINDS = allOf<SourceSubkind>({
  ministry: true, embassy: true, consulate: true, mission: true, minister: true, 'head-of-state': true,
  government: true, parliament: true, igo: true, none: true,
});

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

/**
 * C0 and C1 control characters except tab, line feed and carriage return
 * (Unicode category Cc). Refused in ids only (the app writes UUIDs); kept in
 * all other text, which is page text and may hold them (form feed, U+0085).
 */
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** ISO-8601 date-time as JSON exports write it; a bare date is accepted too. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ValidationNotes {
  errors: string[];
  /** Paths of unknown fields that were dropped (counted by the caller). */
  dropped: string[];
  /**
   * Caveats of rows that were imported: a field cut to its cap, an empty
   * quote. One sentence each, naming the row and field; `rowWarnings` sums
   * them up.
   */
  warnings: string[];
  /**
   * The fields over their cap, as numbers, in the order met (each is also a
   * warning): for a caller that refuses such a row instead of cutting it (the
   * background's check of a page's draft, utils/background/validate-draft.ts).
   */
  oversize?: Array<{ path: string; has: number; max: number; unit: 'characters' | 'items' }>;
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one example; returns undefined when it has errors (recorded in `notes.errors`). */
export function validateExample(value: Json, at: string, notes: ValidationNotes): Example | undefined {
  const before = notes.errors.length;
  const err = (msg: string) => notes.errors.push(msg);
  const warn = (msg: string) => notes.warnings.push(msg);

  if (!isObj(value)) {
    err(`${at} must be an object, not ${describe(value)}`);
    return undefined;
  }

  function dropUnknown(obj: Obj, known: Set<string>, path: string) {
    for (const key of Object.keys(obj)) if (!known.has(key)) notes.dropped.push(`${path}.${key}`);
  }

  /** Text as it is; over `max`, cut there (never inside a surrogate pair) with a warning. */
  function text(v: Json, path: string, max: number): string | undefined {
    if (typeof v !== 'string') {
      err(`${path} must be text, not ${describe(v)}`);
      return undefined;
    }
    if (v.length <= max) return v;
    const cut = v.slice(0, snapBack(v, max));
    warn(`${path} was cut to ${count(cut.length)} characters (it had ${count(v.length)})`);
    (notes.oversize ??= []).push({ path, has: v.length, max, unit: 'characters' });
    return cut;
  }

  function req(obj: Obj, key: string, path: string, max: number): string | undefined {
    if (!(key in obj) || obj[key] === undefined || obj[key] === null) {
      err(`${path}.${key} is missing`);
      return undefined;
    }
    return text(obj[key], `${path}.${key}`, max);
  }

  /** Optional text: absent/null → fallback. */
  function opt(obj: Obj, key: string, path: string, fallback: string, max: number = EXAMPLE_LIMITS.otherStringChars): string {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    return text(v, `${path}.${key}`, max) ?? fallback;
  }

  /** Optional text that stays absent when absent. */
  function maybe(obj: Obj, key: string, path: string, max: number = EXAMPLE_LIMITS.otherStringChars): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    return text(v, `${path}.${key}`, max);
  }

  /** A list of strings; past `maxItems`, the first ones are kept with a warning. */
  function list(obj: Obj, key: string, path: string, maxItems: number, maxChars: number = EXAMPLE_LIMITS.otherStringChars): string[] {
    const v = obj[key];
    if (v === undefined || v === null) return [];
    const p = `${path}.${key}`;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      err(`${p} must be a list of strings`);
      return [];
    }
    let items: string[] = v;
    if (items.length > maxItems) {
      warn(`${p} had ${count(items.length)} items; the first ${count(maxItems)} were kept`);
      (notes.oversize ??= []).push({ path: p, has: items.length, max: maxItems, unit: 'items' });
      items = items.slice(0, maxItems);
    }
    return items.map((x, i) => text(x, `${p}[${i}]`, maxChars) ?? '');
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
  else if (!rawId.trim() || rawId.length > EXAMPLE_LIMITS.idChars || HAS_CONTROL.test(rawId))
    err(`${at}.id must be 1 to ${EXAMPLE_LIMITS.idChars} printable characters`);
  else id = rawId;

  dropUnknown(value, EXAMPLE_KEYS, at);

  const quote = req(value, 'quote', at, EXAMPLE_LIMITS.quoteChars);
  // Older editors let a quote be cleared; the row is still the user's (note, tags, source).
  if (quote !== undefined && !quote.trim()) warn(`${at}.quote is empty (imported as it is)`);
  const url = req(value, 'url', at, EXAMPLE_LIMITS.urlChars);
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
        reasons: list(det, 'reasons', p, EXAMPLE_LIMITS.otherListItems),
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
        const exact = req(q, 'exact', `${p}.quote`, EXAMPLE_LIMITS.quoteChars) ?? '';
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

  const concepts = list(value, 'concepts', at, EXAMPLE_LIMITS.otherListItems);
  const tags = list(value, 'tags', at, EXAMPLE_LIMITS.tags, EXAMPLE_LIMITS.tagChars);
  const functionId = opt(value, 'functionId', at, '');
  const note = opt(value, 'note', at, '', EXAMPLE_LIMITS.noteChars);
  const title = opt(value, 'title', at, '');
  const site = opt(value, 'site', at, url ? siteOf(url) : '');
  const lexiconVersion = opt(value, 'lexiconVersion', at, '');
  const optional = {
    canonicalUrl: maybe(value, 'canonicalUrl', at, EXAMPLE_LIMITS.urlChars),
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

/** At most this many row warnings are spelled out in the import's message. */
const MAX_LISTED_WARNINGS = 5;

/**
 * The row warnings of an import as one message for the user (none when there
 * are none): the first few spelled out, the rest counted.
 */
export function rowWarnings(notes: ValidationNotes): string[] {
  const all = notes.warnings;
  if (!all.length) return [];
  const listed = all.slice(0, MAX_LISTED_WARNINGS).join('; ');
  const more = all.length - MAX_LISTED_WARNINGS;
  return [`Imported with ${all.length === 1 ? 'a caveat' : 'caveats'}: ${listed}${more > 0 ? ` (and ${count(more)} more)` : ''}.`];
}

const count = (n: number) => n.toLocaleString('en');

/** A short, safe description of a JSON value for error messages. */
export function describe(v: Json): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `text "${v.slice(0, snapBack(v, 40))}…"` : `text "${v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}
