/**
 * The importer must take back every row the app can write: a backup that does
 * not import is lost data. Fields the app can write past a cap (by paths
 * outside the editor's control) are cut with a warning, never a refused file;
 * and the caps agree with what the writers (selection capture, editor, tag
 * field, page info) let through.
 */
import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../utils/export/json';
import { EXAMPLE_LIMITS } from '../../../utils/model/limits';
import { IMPORT_LIMITS } from '../../../utils/export/json';
import { readExample as validateExample, rowWarnings } from '../../../utils/model/read-example';
import type { ValidationNotes } from '../../../utils/model/read';
import { CONTEXT_CHARS, MAX_QUOTE_CHARS } from '../../../utils/dom/selection-quote';
import { MAX_POST_TEXT } from '../../../utils/sites/types';
import { LEXICON } from '../../../seeds/lexicon';
import { CODEBOOK } from '../../../seeds/codebook';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';

const now = new Date('2025-06-01T12:00:00.000Z');
const backup = (rows: Example[]) => exportJson(rows, { now, lexiconVersion: 'test' });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Validates one example as the JSON round trip gives it; returns the example and the notes. */
function validate(row: Example): { example: Example | undefined; notes: ValidationNotes } {
  const notes: ValidationNotes = { errors: [], dropped: [], warnings: [] };
  const example = validateExample(JSON.parse(JSON.stringify(row)), 'examples[0]', notes);
  return { example, notes };
}

function imported(rows: Example[]): Example[] {
  const r = parseImport(backup(rows));
  if (!r.ok) throw new Error(`expected the import to succeed: ${r.error}`);
  return r.examples;
}

describe('import takes back rows the app wrote', () => {
  it('an empty quote (the library editor could clear it): imported as it is, with a warning, the rest of the file too', () => {
    const rows = [makeExample(), makeExample({ quote: '' }), makeExample({ quote: '  \n ' })];
    expect(imported(rows)).toEqual(rows);
    const { example, notes } = validate(rows[1]!);
    expect(example).toEqual(rows[1]);
    expect(notes.errors).toEqual([]);
    expect(notes.warnings).toEqual(['examples[0].quote is empty (imported as it is)']);
  });

  it('a note over the cap (the editor had none): the row is imported, the note cut at the cap, with a warning', () => {
    const long = makeExample({ note: 'n'.repeat(EXAMPLE_LIMITS.noteChars + 5) });
    const [back] = imported([makeExample(), long]).slice(1);
    expect(back!.note).toBe('n'.repeat(EXAMPLE_LIMITS.noteChars));
    expect(validate(long).notes.warnings).toEqual(['examples[0].note was cut to 100,000 characters (it had 100,005)']);
  });

  it('more tags than the cap (the tag field had none): the first ones are kept, with a warning', () => {
    const tags = Array.from({ length: EXAMPLE_LIMITS.tags + 3 }, (_, i) => `t${i}`);
    const [back] = imported([makeExample({ tags })]);
    expect(back!.tags).toEqual(tags.slice(0, EXAMPLE_LIMITS.tags));
    expect(validate(makeExample({ tags })).notes.warnings).toEqual(['examples[0].tags had 103 items; the first 100 were kept']);
  });

  it('long page addresses (search results, single-page apps): url and canonicalUrl of 20,000 characters import unchanged', () => {
    const url = 'https://www.mfa.uz/search?q=' + 'x'.repeat(20_000);
    const row = makeExample({ url, canonicalUrl: url + '&c=1' });
    expect(imported([row])).toEqual([row]);
    expect(validate(row).notes.warnings).toEqual([]);
  });

  it('a quote and a selector at the cap exactly, and a selection cut at MAX_QUOTE_CHARS, import unchanged', () => {
    const atCap = makeExample({ quote: 'q'.repeat(EXAMPLE_LIMITS.quoteChars) });
    atCap.selectors.quote.exact = atCap.quote;
    const selected = makeExample({ quote: '🤝'.repeat(MAX_QUOTE_CHARS / 2) });
    expect(imported([atCap, selected])).toEqual([atCap, selected]);
  });

  it('cuts never split an emoji: a cut that would fall inside a surrogate pair moves one back', () => {
    const row = makeExample({ note: 'a' + '🤝'.repeat(EXAMPLE_LIMITS.noteChars / 2) });
    const { example, notes } = validate(row);
    expect(example!.note.length).toBe(EXAMPLE_LIMITS.noteChars - 1);
    expect(example!.note).not.toMatch(LONE_SURROGATE);
    expect(notes.warnings).toEqual(['examples[0].note was cut to 99,999 characters (it had 100,001)']);
  });

  it('still refuses a file that is not what the app writes (wrong types, missing fields): those are errors', () => {
    const d = JSON.parse(backup([makeExample()]));
    d.examples[0].tags = 'forum';
    const r = parseImport(JSON.stringify(d));
    expect(r.ok).toBe(false);
  });
});

describe('hostile sizes are cut, not stored, and the file still imports', () => {
  it('a huge quote, url, title and tag are cut to their caps with one warning each', () => {
    const row = makeExample({
      quote: 'q'.repeat(EXAMPLE_LIMITS.quoteChars * 3),
      url: 'https://x.example/' + 'u'.repeat(EXAMPLE_LIMITS.urlChars),
      title: 't'.repeat(EXAMPLE_LIMITS.otherStringChars + 1),
      tags: ['x'.repeat(EXAMPLE_LIMITS.tagChars + 1)],
    });
    const { example, notes } = validate(row);
    expect(notes.errors).toEqual([]);
    expect(example!.quote).toHaveLength(EXAMPLE_LIMITS.quoteChars);
    expect(example!.url).toHaveLength(EXAMPLE_LIMITS.urlChars);
    expect(example!.title).toHaveLength(EXAMPLE_LIMITS.otherStringChars);
    expect(example!.tags[0]).toHaveLength(EXAMPLE_LIMITS.tagChars);
    expect(example!.selectors.quote.exact).toBe(example!.quote);
    // One warning per field cut: quote, its selector copy, url, title, tag.
    expect(notes.warnings).toHaveLength(5);
    expect(notes.warnings!.join('\n')).toMatch(/examples\[0\]\.quote was cut to 100,000 characters \(it had 300,000\)/);
    expect(notes.warnings!.join('\n')).toMatch(/examples\[0\]\.tags\[0\] was cut to 10,000 characters/);
    // Through parseImport the whole file is imported.
    const r = parseImport(backup([makeExample(), row]));
    expect(r.ok && r.examples.map((e) => e.url.length)).toEqual([makeExample().url.length, EXAMPLE_LIMITS.urlChars]);
  });

  it('too many concepts are cut to the cap', () => {
    const concepts = Array.from({ length: EXAMPLE_LIMITS.otherListItems + 1 }, (_, i) => `c${i}`);
    const { example, notes } = validate(makeExample({ concepts }));
    expect(example!.concepts).toHaveLength(EXAMPLE_LIMITS.otherListItems);
    expect(notes.warnings).toEqual(['examples[0].concepts had 1,001 items; the first 1,000 were kept']);
  });
});

describe('rowWarnings', () => {
  it('is nothing without warnings, one line listing the first five otherwise', () => {
    expect(rowWarnings({ errors: [], dropped: [], warnings: [] })).toEqual([]);
    expect(rowWarnings({ errors: [], dropped: [], warnings: ['a is empty'] })).toEqual(['Imported with a caveat: a is empty.']);
    const many = Array.from({ length: 8 }, (_, i) => `examples[${i}].quote is empty (imported as it is)`);
    expect(rowWarnings({ errors: [], dropped: [], warnings: many })).toEqual([
      `Imported with caveats: ${many.slice(0, 5).join('; ')} (and 3 more).`,
    ]);
  });
});

describe('the caps agree with what the app writes', () => {
  it('IMPORT_LIMITS is the same table the editor uses', () => {
    expect(IMPORT_LIMITS).toBe(EXAMPLE_LIMITS);
  });

  it('a captured quote (selection, post in view) fits the quote cap', () => {
    expect(MAX_QUOTE_CHARS).toBeLessThanOrEqual(EXAMPLE_LIMITS.quoteChars);
    expect(MAX_POST_TEXT).toBeLessThanOrEqual(EXAMPLE_LIMITS.quoteChars);
  });

  it('context (prefix, suffix; one more unit when a cut moves off a surrogate pair) fits the text cap', () => {
    expect(CONTEXT_CHARS + 1).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherStringChars);
  });

  it('every lexicon concept at once fits the concept cap; concept and function ids fit the text cap', () => {
    expect(LEXICON.length).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherListItems);
    for (const id of [...LEXICON.map((c) => c.id), ...CODEBOOK.map((f) => f.id)])
      expect(id.length).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherStringChars);
  });

  it('a tag the tag field accepts fits the list item cap of the importer', () => {
    expect(EXAMPLE_LIMITS.tagChars).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherStringChars);
  });
});
