/**
 * Page text may hold form feeds, NEL (U+0085), other control characters and
 * even lone surrogates; the app stores them as they are, and JSON represents
 * every one of them (JSON.stringify escapes lone surrogates as \udXXX). So the
 * importer keeps them: removing one joined words ("Line one\fline two" read
 * "Line oneline two") and changed the user's data.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportJson, parseImport } from '../../../utils/export/json';
import { openDatabase } from '../../../utils/db/schema';
import { createExampleRepository } from '../../../utils/db/repository';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';

const now = new Date('2025-06-01T12:00:00.000Z');
const backup = (rows: Example[]) => exportJson(rows, { now, lexiconVersion: 'test' });

describe('JSON import keeps every character', () => {
  it('form feed, NEL, NUL, ESC, C1 controls and lone surrogates, in every text field, without a warning', () => {
    const odd = 'Line one\fline two\u0085three\u0000four\u001B\u009B\uD83C five\uDD1D';
    const row = makeExample({
      quote: odd,
      prefix: odd,
      suffix: odd,
      note: odd,
      title: odd,
      author: odd,
      authorName: odd,
      tags: [odd, 'plain'],
      concepts: [odd],
    });
    row.selectors.quote = { type: 'TextQuoteSelector', exact: odd, prefix: odd, suffix: odd };
    expect(parseImport(backup([row]))).toEqual({ ok: true, examples: [row], warnings: [] });
  });

  it('any string round-trips: export → import is the identity (property)', () => {
    const str = fc.string({ unit: 'binary', maxLength: 30 });
    const nonBlank = str.filter((s) => s.trim().length > 0);
    const ex = fc
      .record({ quote: str, note: str, title: str, prefix: str, suffix: str, url: nonBlank, tags: fc.array(str, { maxLength: 4 }) })
      .map((f) => makeExample(f));
    fc.assert(
      fc.property(fc.array(ex, { maxLength: 4 }), (rows) => {
        const r = parseImport(backup(rows));
        expect(r.ok && r.examples).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('what was imported is what IndexedDB gives back', async () => {
    const db = openDatabase('controls-' + crypto.randomUUID());
    const repo = createExampleRepository(db);
    const row = makeExample({ quote: 'Line one\fline two', note: 'a\u0085b\uD800', tags: ['\u000Ct'] });
    const r = parseImport(backup([row]));
    if (!r.ok) throw new Error(r.error);
    await repo.importMerge(r.examples);
    expect(await repo.get(row.id)).toEqual(row);
    db.close();
  });
});
