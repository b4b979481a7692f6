/**
 * Checks an example draft that a content script asks the background to save
 * ('example.save'). The draft crosses from a web page's tab, so it is checked
 * like an imported row (utils/export/validate-example.ts: the same types,
 * enums and size caps), with two differences: a field over its cap is refused,
 * not cut (nothing the content script builds comes near the caps, so a draft
 * that does is not one it built), and a page may not choose the example's id.
 *
 * What is stored is the checked copy: unknown fields are left out.
 */
import type { ExampleDraft } from '../db/types';
import { EXAMPLE_LIMITS, describe, validateExample, type ValidationNotes } from '../export/validate-example';

/** The name the draft's fields go by in error messages ("draft.quote"). */
const AT = 'draft';

/** At most this many problems are spelled out in one refusal. */
const MAX_LISTED = 3;

const count = (n: number) => n.toLocaleString('en');

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first field over its cap in EXAMPLE_LIMITS, as a sentence; null when none is. Types are checked already. */
function oversized(draft: Obj): string | null {
  const L = EXAMPLE_LIMITS;
  const text = (v: unknown, path: string, max: number) =>
    typeof v === 'string' && v.length > max ? `${path} has ${count(v.length)} characters (at most ${count(max)})` : null;
  const list = (v: unknown, path: string, maxItems: number, maxChars: number) => {
    if (!Array.isArray(v)) return null;
    if (v.length > maxItems) return `${path} has ${count(v.length)} items (at most ${count(maxItems)})`;
    for (let i = 0; i < v.length; i++) {
      const problem = text(v[i], `${path}[${i}]`, maxChars);
      if (problem) return problem;
    }
    return null;
  };
  const sel = isObj(draft['selectors']) ? draft['selectors'] : {};
  const quoteSel = isObj(sel['quote']) ? sel['quote'] : {};
  const det = isObj(draft['detection']) ? draft['detection'] : {};
  const checks = [
    () => text(draft['quote'], `${AT}.quote`, L.quoteChars),
    () => text(quoteSel['exact'], `${AT}.selectors.quote.exact`, L.quoteChars),
    () => text(draft['note'], `${AT}.note`, L.noteChars),
    () => text(draft['url'], `${AT}.url`, L.urlChars),
    () => text(draft['canonicalUrl'], `${AT}.canonicalUrl`, L.urlChars),
    () => list(draft['tags'], `${AT}.tags`, L.tags, L.tagChars),
    () => list(draft['concepts'], `${AT}.concepts`, L.otherListItems, L.otherStringChars),
    () => list(det['reasons'], `${AT}.detection.reasons`, L.otherListItems, L.otherStringChars),
    ...(['prefix', 'suffix', 'title', 'site', 'functionId', 'lexiconVersion', 'author', 'authorName', 'postTime', 'lang', 'notFoundAt'] as const).map(
      (key) => () => text(draft[key], `${AT}.${key}`, L.otherStringChars),
    ),
    () => text(quoteSel['prefix'], `${AT}.selectors.quote.prefix`, L.otherStringChars),
    () => text(quoteSel['suffix'], `${AT}.selectors.quote.suffix`, L.otherStringChars),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return null;
}

function listed(problems: string[]): string {
  const more = problems.length - MAX_LISTED;
  return `${problems.slice(0, MAX_LISTED).join('; ')}${more > 0 ? ` (and ${count(more)} more)` : ''}`;
}

/**
 * The draft as it will be stored, or an Error saying why it is refused:
 * malformed (wrong type, missing field, unknown enum value), a field over its
 * cap (named), an id chosen by the page, an empty quote, an address that is
 * not a web page's.
 */
export function checkDraft(value: unknown): ExampleDraft {
  if (!isObj(value)) throw new Error(`The example to save is malformed: ${AT} must be an object, not ${describe(value)}.`);
  if (value['id'] !== undefined && value['id'] !== null) {
    throw new Error(`The example to save is refused: ${AT}.id is chosen by DiploLens, not by the page.`);
  }
  const notes: ValidationNotes = { errors: [], dropped: [], warnings: [] };
  // id and times are the repository's to fill; placeholders let the row validate.
  const example = validateExample({ ...value, id: 'draft', createdAt: 0, updatedAt: 0 }, AT, notes);
  if (!example || notes.errors.length) {
    throw new Error(`The example to save is malformed: ${listed(notes.errors)}.`);
  }
  const tooLarge = oversized(value);
  if (tooLarge) throw new Error(`The example to save is too large: ${tooLarge}.`);
  if (!example.quote.trim()) throw new Error(`The example to save is refused: ${AT}.quote is empty.`);
  if (!/^https?:\/\//i.test(example.url)) {
    throw new Error(`The example to save is refused: ${AT}.url must be a web page's address (http or https), not ${describe(example.url)}.`);
  }
  // A cap the checks above do not know of (a field added to validate-example.ts): refused, never cut.
  if (notes.warnings.length) throw new Error(`The example to save is refused: ${listed(notes.warnings)}.`);
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = example;
  return draft;
}
