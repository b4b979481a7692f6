/**
 * Property: for random examples whose text fields hold any Unicode (astral
 * characters, quotes, commas, CR, LF, CRLF, formula starts), the examples CSV
 * reads back — with papaparse and with the independent strict reader — to one
 * record per example, and every text cell is the original, or "'" + the
 * original when the original starts with =, +, -, @, tab, CR or an apostrophe
 * (so removing one leading "'" always gives the original back).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { EXAMPLE_CSV_COLUMNS, exportCodedSegmentsCsv, exportExamplesCsv } from '../../../utils/export/csv';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';
import { parseRfc4180 } from './rfc4180';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', "'"];
const expected = (original: string) => (DANGEROUS.some((c) => original.startsWith(c)) ? `'${original}` : original);

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', '\t', '=', '+', '-', '@', "'", ' ', 'İ', 'oʻ', 'ё', '🇺🇿', '\uFEFF', '=HYPERLINK("x")'),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const tag = text.filter((t) => !t.includes('; '));

const example = fc
  .record({ quote: text, prefix: text, suffix: text, title: text, note: text, author: text, url: text, tags: fc.array(tag, { maxLength: 4 }) })
  .map((f) => makeExample({ ...f, author: f.author || undefined }));

/** Text columns and the field they come from. */
const PASSTHROUGH: Array<[string, (e: Example) => string]> = [
  ['id', (e) => e.id],
  ['quote', (e) => e.quote],
  ['prefix', (e) => e.prefix],
  ['suffix', (e) => e.suffix],
  ['url', (e) => e.url],
  ['title', (e) => e.title],
  ['author', (e) => e.author ?? ''],
  ['note', (e) => e.note],
  ['tags', (e) => e.tags.join('; ')],
];

function readBoth(csv: string): string[][] {
  const ours = parseRfc4180(csv);
  const papa = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', header: false });
  expect(papa.errors).toEqual([]);
  expect(papa.data).toEqual(ours);
  return ours;
}

describe('CSV property', () => {
  it('random Unicode examples read back cell for cell, formula starts neutralised', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 6 }), (rows) => {
        const [header, ...records] = readBoth(exportExamplesCsv(rows));
        expect(header).toEqual(EXAMPLE_CSV_COLUMNS.map((c) => c.name));
        expect(records).toHaveLength(rows.length);
        rows.forEach((row, i) => {
          for (const [column, get] of PASSTHROUGH) expect(records[i]![header!.indexOf(column)]).toBe(expected(get(row)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('coded segments keep one record per example × concept for random text', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 6 }), fc.nat(3), (rows, n) => {
        const withConcepts = rows.map((r, i) => ({ ...r, concepts: ['soft-power', 'nation-branding', 'e-visa'].slice(0, (n + i) % 4) }));
        const [, ...records] = readBoth(exportCodedSegmentsCsv(withConcepts));
        expect(records).toHaveLength(withConcepts.reduce((s, r) => s + Math.max(1, r.concepts.length), 0));
      }),
      { numRuns: 100 },
    );
  });
});
