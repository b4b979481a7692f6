/**
 * The check of a new example's draft before it is stored: the one gate of
 * 'example.save', whichever page built the draft (popup, context menu,
 * keyboard shortcut, hover card). A draft may come from a web page's tab, so
 * it is read with the same field readers, enums and caps as an imported row
 * (read-example.ts), with three differences: a field over its cap is refused,
 * not cut (nothing DiploLens builds comes near the caps, so a draft that does
 * is not one it built); a page may not choose the example's id; and the quote
 * must not be empty nor the address other than a web page's.
 *
 * What is stored is the checked copy: unknown fields are left out.
 */
import { DRAFT_FIELDS, LEGACY_FIELDS, type ExampleDraft } from './example';
import { count, describe, fieldReader, isObj, newNotes } from './read';
import { readDraftFields } from './read-example';

/** The name the draft's fields go by in error messages ("draft.quote"). */
const AT = 'draft';

/** At most this many problems are spelled out in one refusal. */
const MAX_LISTED = 3;

const DRAFT_KEYS: ReadonlySet<string> = new Set([...DRAFT_FIELDS, ...LEGACY_FIELDS]);

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
  const notes = newNotes();
  const read = fieldReader(notes);
  // Times are the repository's to fill: a draft's own are left out like any unknown field.
  read.dropUnknown(value, DRAFT_KEYS, AT);
  const draft = readDraftFields(value, AT, read);
  if (notes.errors.length) throw new Error(`The example to save is malformed: ${listed(notes.errors)}.`);
  // The importer would cut these; a draft DiploLens built never comes near a cap.
  const big = notes.oversize?.[0];
  if (big) throw new Error(`The example to save is too large: ${big.path} has ${count(big.has)} ${big.unit} (at most ${count(big.max)}).`);
  if (!draft.quote.trim()) throw new Error(`The example to save is refused: ${AT}.quote is empty.`);
  if (!/^https?:\/\//i.test(draft.url)) {
    throw new Error(`The example to save is refused: ${AT}.url must be a web page's address (http or https), not ${describe(draft.url)}.`);
  }
  // A cap the checks above do not know of (a field added to the readers): refused, never cut.
  if (notes.warnings.length) throw new Error(`The example to save is refused: ${listed(notes.warnings)}.`);
  return draft;
}
