/**
 * Checks an example draft that a content script asks the background to save
 * ('example.save'). The draft crosses from a web page's tab, so it is checked
 * like an imported row (utils/model/read-example.ts: the same types,
 * enums and size caps), with two differences: a field over its cap is refused,
 * not cut (nothing the content script builds comes near the caps, so a draft
 * that does is not one it built), and a page may not choose the example's id.
 *
 * What is stored is the checked copy: unknown fields are left out.
 */
import type { ExampleDraft } from '../model/example';
import { count, describe, isObj, newNotes } from '../model/read';
import { readExample } from '../model/read-example';

/** The name the draft's fields go by in error messages ("draft.quote"). */
const AT = 'draft';

/** At most this many problems are spelled out in one refusal. */
const MAX_LISTED = 3;

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
  // id and times are the repository's to fill; placeholders let the row validate.
  const example = readExample({ ...value, id: 'draft', createdAt: 0, updatedAt: 0 }, AT, notes);
  if (!example || notes.errors.length) {
    throw new Error(`The example to save is malformed: ${listed(notes.errors)}.`);
  }
  // The importer would cut these; a draft the content script built never comes near a cap.
  const big = notes.oversize?.[0];
  if (big) throw new Error(`The example to save is too large: ${big.path} has ${count(big.has)} ${big.unit} (at most ${count(big.max)}).`);
  if (!example.quote.trim()) throw new Error(`The example to save is refused: ${AT}.quote is empty.`);
  if (!/^https?:\/\//i.test(example.url)) {
    throw new Error(`The example to save is refused: ${AT}.url must be a web page's address (http or https), not ${describe(example.url)}.`);
  }
  // A cap the checks above do not know of (a field added to validate-example.ts): refused, never cut.
  if (notes.warnings.length) throw new Error(`The example to save is refused: ${listed(notes.warnings)}.`);
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = example;
  return draft;
}
