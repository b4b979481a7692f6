/**
 * Formula neutralisation must be undoable: the documented rule "remove exactly
 * one leading apostrophe from a cell that starts with one" gives back the
 * original text of every cell. That holds only if a cell that already starts
 * with an apostrophe is prefixed too; otherwise '=SUM(A1)' and "'=SUM(A1)"
 * would export alike.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseFormula, startsLikeFormula, unneutraliseFormula } from '../../../utils/export/cells';
import { EXAMPLE_CSV_COLUMNS, exportExamplesCsv } from '../../../utils/export/csv';
import { makeExample } from '../helpers/examples';
import { parseRfc4180 } from './rfc4180';

describe('formula neutralisation is lossless', () => {
  it("a formula and the same text behind an apostrophe export differently", () => {
    expect(neutraliseFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseFormula("'=SUM(A1)")).toBe("''=SUM(A1)");
    expect(neutraliseFormula("'tis")).toBe("''tis");
    expect(neutraliseFormula("'")).toBe("''");
    expect(startsLikeFormula("'x")).toBe(true);
    expect(neutraliseFormula("it's")).toBe("it's");
  });

  it('removing one leading apostrophe gives the original back, for any string (property)', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 5 }), fc.constantFrom("'", "''", '=', '+', '-', '@', '\t', '\r', '\n', ' '));
    const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(unneutraliseFormula(neutraliseFormula(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
    for (const s of ['', "'", "''", "'=1", '=1', "'''x", ' =1', 'plain'])
      expect(unneutraliseFormula(neutraliseFormula(s)), JSON.stringify(s)).toBe(s);
  });

  it('through a whole CSV file: every quote cell, read strictly and un-neutralised, is the stored quote', () => {
    const quotes = ['=SUM(A1)', "'=SUM(A1)", "''", "'", "'quoted'", '-1', "it's", '@x', ''];
    const [header, ...records] = parseRfc4180(exportExamplesCsv(quotes.map((quote) => makeExample({ quote }))));
    const col = header!.indexOf('quote');
    expect(header).toEqual(EXAMPLE_CSV_COLUMNS.map((c) => c.name));
    expect(records.map((r) => unneutraliseFormula(r[col]!))).toEqual(quotes);
    expect(new Set(records.map((r) => r[col])).size).toBe(quotes.length);
  });
});
