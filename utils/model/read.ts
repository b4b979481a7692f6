/**
 * Reading an untrusted value (a backup's row, a draft from a web page's tab, a
 * row stored by an older version) into the model, field by field. A reader
 * collects problems instead of throwing, so a caller can report them all
 * before anything is written, or ignore them and keep the safe values it gets
 * back (the schema upgrade). Text is kept character for character: JSON
 * carries any character, and so does IndexedDB.
 */
import { EXAMPLE_LIMITS } from './limits';
import { snapBack } from './text';
import { DETECTION_FIELDS, SOURCE_KINDS, SOURCE_SUBKINDS, PLATFORMS, TIERS, type Detection, type Platform } from './source';

export type Json = unknown;
export type Obj = Record<string, Json>;

/** A plain object (not null, not a list). */
export const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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
   * background's check of a page's draft).
   */
  oversize?: Array<{ path: string; has: number; max: number; unit: 'characters' | 'items' }>;
}

export const newNotes = (): ValidationNotes => ({ errors: [], dropped: [], warnings: [] });

/** ISO-8601 date-time as JSON exports write it; a bare date is accepted too. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const count = (n: number) => n.toLocaleString('en');

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

/** The field readers, writing their problems into `notes`. */
export function fieldReader(notes: ValidationNotes) {
  const err = (msg: string) => void notes.errors.push(msg);
  const warn = (msg: string) => void notes.warnings.push(msg);

  function dropUnknown(obj: Obj, known: ReadonlySet<string>, path: string) {
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

  /** Required text. */
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

  /** A list of strings; past `maxItems`, the first ones are kept with a warning. Not a list of strings: the strings in it, and an error. */
  function list(obj: Obj, key: string, path: string, maxItems: number, maxChars: number = EXAMPLE_LIMITS.otherStringChars): string[] {
    const v = obj[key];
    if (v === undefined || v === null) return [];
    const p = `${path}.${key}`;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      err(`${p} must be a list of strings`);
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    }
    let items: string[] = v;
    if (items.length > maxItems) {
      warn(`${p} had ${count(items.length)} items; the first ${count(maxItems)} were kept`);
      (notes.oversize ??= []).push({ path: p, has: items.length, max: maxItems, unit: 'items' });
      items = items.slice(0, maxItems);
    }
    return items.map((x, i) => text(x, `${p}[${i}]`, maxChars) ?? '');
  }

  /** Epoch milliseconds, or an ISO-8601 time as text. */
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

  /** One of `allowed`; absent/null → fallback; anything else is an error (and the fallback). */
  function oneOf<T extends string>(v: Json, allowed: readonly T[], path: string, fallback: T): T {
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    err(`${path} must be one of ${allowed.join(', ')}, not ${describe(v)}`);
    return fallback;
  }

  return { err, warn, dropUnknown, text, req, opt, maybe, list, time, oneOf };
}

export type FieldReader = ReturnType<typeof fieldReader>;

const DETECTION_KEYS: ReadonlySet<string> = new Set(DETECTION_FIELDS);

/**
 * The one reader of a detection, wherever one comes from: a backup's row, a
 * page's draft, a row of an older schema, the badge's session store. Always
 * returns a well-formed Detection (absent or damaged fields get the safe
 * value: no source, no country, confidence 0, `platform`); every problem is
 * written to the reader's notes, for callers that refuse what has any.
 */
export function readDetection(value: Json, path: string, read: FieldReader, platform: Platform = 'web'): Detection {
  const none: Detection = { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform };
  if (value === undefined || value === null) return none;
  if (!isObj(value)) {
    read.err(`${path} must be an object, not ${describe(value)}`);
    return none;
  }
  read.dropUnknown(value, DETECTION_KEYS, path);
  let country: string | null = null;
  if (value['country'] !== undefined && value['country'] !== null) {
    if (typeof value['country'] === 'string' && /^[A-Z]{2}$/.test(value['country'])) country = value['country'];
    else read.err(`${path}.country must be a two-letter upper-case country code or null, not ${describe(value['country'])}`);
  }
  let confidence = 0;
  if (value['confidence'] !== undefined && value['confidence'] !== null) {
    const c = value['confidence'];
    if (typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 1) confidence = c;
    else read.err(`${path}.confidence must be a number from 0 to 1, not ${describe(c)}`);
  }
  // Absent on examples saved before tiers existed; a damaged one is reported and left out.
  const tier = value['tier'];
  const tierOk = typeof tier === 'string' && (TIERS as readonly string[]).includes(tier);
  if (tier !== undefined && !tierOk) read.err(`${path}.tier must be certain, high, probable or possible, not ${describe(tier)}`);
  const markedBy = value['markedBy'];
  if (markedBy !== undefined && markedBy !== 'user') read.err(`${path}.markedBy must be "user" or absent, not ${describe(markedBy)}`);
  return {
    ...(tierOk ? { tier: tier as Detection['tier'] } : {}),
    kind: read.oneOf(value['kind'], SOURCE_KINDS, `${path}.kind`, 'none'),
    subkind: read.oneOf(value['subkind'], SOURCE_SUBKINDS, `${path}.subkind`, 'none'),
    country,
    confidence,
    reasons: read.list(value, 'reasons', path, EXAMPLE_LIMITS.otherListItems),
    platform: read.oneOf(value['platform'], PLATFORMS, `${path}.platform`, platform),
    ...(markedBy === 'user' && { markedBy }),
  };
}

/** A detection stored or sent by DiploLens itself, or undefined when it is not one (anything wrong in it). */
export function detectionOrUndefined(value: Json): Detection | undefined {
  const notes = newNotes();
  const d = readDetection(value, 'detection', fieldReader(notes));
  return value !== undefined && value !== null && !notes.errors.length ? d : undefined;
}
