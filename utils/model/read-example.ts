/**
 * Reading one example from an untrusted JSON value (a backup's row) into an
 * `Example`: types, required fields, size caps, defaults for optional fields,
 * unknown fields dropped. Collects problems instead of throwing, so the import
 * can report them all before anything is written.
 *
 * The rule: a backup DiploLens wrote imports again. So a row is refused (and
 * with it the file) only for what the app never writes — a wrong type, a
 * missing required field, an unknown enum value. What the app can write but a
 * hostile file could inflate (long text, long lists) is cut to EXAMPLE_LIMITS
 * with a warning, and the rest of the file is imported. Text is kept character
 * for character: JSON carries any character (control characters, even lone
 * surrogates, which JSON.stringify escapes), and so does IndexedDB.
 */
import { EXAMPLE_FIELDS, LEGACY_FIELDS, OPTIONAL_TEXT_FIELDS, siteOf, type Example, type ExampleDraft, type ExampleSelectors } from './example';
import { EXAMPLE_LIMITS } from './limits';
import { PLATFORMS } from './source';
import { count, describe, fieldReader, isObj, readDetection, type FieldReader, type Json, type Obj, type ValidationNotes } from './read';

const EXAMPLE_KEYS: ReadonlySet<string> = new Set([...EXAMPLE_FIELDS, ...LEGACY_FIELDS]);
const SELECTORS_KEYS: ReadonlySet<string> = new Set(['quote', 'position']);
const QUOTE_SELECTOR_KEYS: ReadonlySet<string> = new Set(['type', 'exact', 'prefix', 'suffix']);
const POSITION_SELECTOR_KEYS: ReadonlySet<string> = new Set(['type', 'start', 'end']);

/**
 * C0 and C1 control characters except tab, line feed and carriage return
 * (Unicode category Cc). Refused in ids only (the app writes UUIDs); kept in
 * all other text, which is page text and may hold them (form feed, U+0085).
 */
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** W3C selectors; absent → the quote's own TextQuoteSelector. */
function readSelectors(value: Json, path: string, read: FieldReader, quote: string, prefix: string, suffix: string): ExampleSelectors {
  const selectors: ExampleSelectors = { quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix } };
  if (value === undefined || value === null) return selectors;
  if (!isObj(value)) {
    read.err(`${path} must be an object, not ${describe(value)}`);
    return selectors;
  }
  read.dropUnknown(value, SELECTORS_KEYS, path);
  const q = value['quote'];
  if (!isObj(q) || q['type'] !== 'TextQuoteSelector') read.err(`${path}.quote must be a TextQuoteSelector object`);
  else {
    read.dropUnknown(q, QUOTE_SELECTOR_KEYS, `${path}.quote`);
    const exact = read.req(q, 'exact', `${path}.quote`, EXAMPLE_LIMITS.quoteChars) ?? '';
    const qp = read.maybe(q, 'prefix', `${path}.quote`);
    const qs = read.maybe(q, 'suffix', `${path}.quote`);
    selectors.quote = { type: 'TextQuoteSelector', exact, ...(qp !== undefined && { prefix: qp }), ...(qs !== undefined && { suffix: qs }) };
  }
  const pos = value['position'];
  if (pos !== undefined && pos !== null) {
    const pp = `${path}.position`;
    const nat = (v: Json) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    if (!isObj(pos) || pos['type'] !== 'TextPositionSelector') read.err(`${pp} must be a TextPositionSelector object`);
    else if (!nat(pos['start']) || !nat(pos['end']) || (pos['start'] as number) > (pos['end'] as number))
      read.err(`${pp}.start and .end must be whole numbers with 0 ≤ start ≤ end`);
    else {
      read.dropUnknown(pos, POSITION_SELECTOR_KEYS, pp);
      selectors.position = { type: 'TextPositionSelector', start: pos['start'] as number, end: pos['end'] as number };
    }
  }
  return selectors;
}

/**
 * The fields a draft and a stored example share (all but id and times), read
 * from `value` with their caps. An old row's `platform` (LEGACY_FIELDS) is
 * read too, and becomes its detection's platform: it is the value older
 * versions showed in the CSV and the filters.
 */
export function readDraftFields(value: Obj, at: string, read: FieldReader): ExampleDraft {
  const quote = read.req(value, 'quote', at, EXAMPLE_LIMITS.quoteChars) ?? '';
  const url = read.req(value, 'url', at, EXAMPLE_LIMITS.urlChars);
  if (url !== undefined && !url.trim()) read.err(`${at}.url is empty`);
  const prefix = read.opt(value, 'prefix', at, '');
  const suffix = read.opt(value, 'suffix', at, '');
  const legacyPlatform = value['platform'] === undefined || value['platform'] === null ? undefined : read.oneOf(value['platform'], PLATFORMS, `${at}.platform`, 'web');
  const detection = readDetection(value['detection'], `${at}.detection`, read, legacyPlatform);
  if (legacyPlatform) detection.platform = legacyPlatform;
  const selectors = readSelectors(value['selectors'], `${at}.selectors`, read, quote, prefix, suffix);
  const concepts = read.list(value, 'concepts', at, EXAMPLE_LIMITS.otherListItems);
  const tags = read.list(value, 'tags', at, EXAMPLE_LIMITS.tags, EXAMPLE_LIMITS.tagChars);
  const functionId = read.opt(value, 'functionId', at, '');
  const note = read.opt(value, 'note', at, '', EXAMPLE_LIMITS.noteChars);
  const title = read.opt(value, 'title', at, '');
  const site = read.opt(value, 'site', at, url ? siteOf(url) : '');
  const lexiconVersion = read.opt(value, 'lexiconVersion', at, '');
  const draft: ExampleDraft = { quote, prefix, suffix, selectors, url: url ?? '', title, site, detection, concepts, tags, functionId, note, lexiconVersion };
  for (const key of OPTIONAL_TEXT_FIELDS) {
    const v = read.maybe(value, key, at, key === 'canonicalUrl' ? EXAMPLE_LIMITS.urlChars : EXAMPLE_LIMITS.otherStringChars);
    if (v !== undefined) draft[key] = v;
  }
  return draft;
}

/** Reads one example (a backup's row); returns undefined when it has errors (recorded in `notes.errors`). */
export function readExample(value: Json, at: string, notes: ValidationNotes): Example | undefined {
  const before = notes.errors.length;
  const read = fieldReader(notes);

  if (!isObj(value)) {
    read.err(`${at} must be an object, not ${describe(value)}`);
    return undefined;
  }

  // ---- id
  const rawId = value['id'];
  let id: string | undefined;
  if (rawId === undefined || rawId === null) read.err(`${at}.id is missing`);
  else if (typeof rawId !== 'string') read.err(`${at}.id must be text, not ${describe(rawId)}`);
  else if (!rawId.trim() || rawId.length > EXAMPLE_LIMITS.idChars || HAS_CONTROL.test(rawId))
    read.err(`${at}.id must be 1 to ${EXAMPLE_LIMITS.idChars} printable characters`);
  else id = rawId;

  read.dropUnknown(value, EXAMPLE_KEYS, at);
  const draft = readDraftFields(value, at, read);
  // Older editors let a quote be cleared; the row is still the user's (note, tags, source).
  if (typeof value['quote'] === 'string' && !draft.quote.trim()) read.warn(`${at}.quote is empty (imported as it is)`);

  let createdAt: number | undefined;
  if (value['createdAt'] === undefined || value['createdAt'] === null) read.err(`${at}.createdAt is missing`);
  else createdAt = read.time(value, 'createdAt', at);
  const updatedAt = value['updatedAt'] === undefined || value['updatedAt'] === null ? createdAt : read.time(value, 'updatedAt', at);

  if (notes.errors.length > before) return undefined;
  return { id: id!, ...draft, createdAt: createdAt!, updatedAt: updatedAt! };
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
