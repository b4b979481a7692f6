/**
 * Every schema version with an upgrade function: open the OLD version with
 * plain Dexie, seed it, close, open the current class, check every row and
 * that the new indexes answer queries (after Dexie's own upgrade tests).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { DiploLensDB, type ExampleV1 } from '../../../utils/db/schema';
import { exportExamplesCsv } from '../../../utils/export/csv';
import { exportJson, parseImport } from '../../../utils/export/json';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function seedV1(rows: ExampleV1[]): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores({ examples: 'id, createdAt' });
  await old.table('examples').bulkAdd(rows);
  old.close();
  return name;
}

describe('schema v1 → v2', () => {
  const v1Rows: ExampleV1[] = [
    // A row as the first release's popup saved it: the bare minimum.
    { id: 'a', quote: 'Цифровая дипломатия', url: 'https://www.mfa.uz/ru/press/1', title: 'МИД', createdAt: 1_700_000_000_000 },
    // A row with more fields already: they are kept as they are.
    {
      id: 'b',
      quote: 'soft power',
      url: 'https://gov.kz/memleket/entities/mfa',
      title: 'MFA KZ',
      createdAt: 1_700_000_100_000,
      tags: ['Kazakhstan', 'Soft power'],
      note: 'keep me',
      concepts: ['soft-power'],
    },
    // A damaged row (wrong types): upgraded to safe values, not dropped.
    { id: 'c', quote: 'x', url: 'not a url', title: 't', createdAt: 1_700_000_200_000, tags: 'oops' as unknown as string[] },
  ];

  test('every row survives and is completed to the full shape', async () => {
    const name = await seedV1(v1Rows);
    const db = new DiploLensDB(name);
    const rows = await db.examples.orderBy('createdAt').toArray();
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);

    const [a, b, c] = rows;
    expect(a).toMatchObject({
      quote: 'Цифровая дипломатия',
      url: 'https://www.mfa.uz/ru/press/1',
      title: 'МИД',
      site: 'mfa.uz',
      platform: 'web',
      tags: [],
      concepts: [],
      functionId: '',
      note: '',
      prefix: '',
      suffix: '',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      detection: { kind: 'none', country: null },
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'Цифровая дипломатия' } },
    });
    expect(b).toMatchObject({ tags: ['Kazakhstan', 'Soft power'], note: 'keep me', concepts: ['soft-power'], site: 'gov.kz' });
    expect(c).toMatchObject({ tags: [], site: '' });
    db.close();
  });

  test('rows damaged in ways the later code trips over come out well formed, export and import again', async () => {
    const damaged = [
      // Shapes a hand edit or another tool could leave: a detection without reasons, an old platform
      // name, times as text, selectors without their text, optional fields of the wrong type.
      { id: 'd', quote: 'Digital diplomacy', url: 'https://mfa.uz/', title: 't', createdAt: '2023-11-14T22:13:20Z', updatedAt: 'yesterday', detection: { kind: 'mfa' }, platform: 'twitter', selectors: { quote: {} }, author: 5 },
      { id: 'e', quote: 'x', url: 'https://a.org/', title: 't', createdAt: 1_700_000_300_000, detection: 'mfa', selectors: { quote: { type: 'TextQuoteSelector', exact: 'x' }, position: { start: -1, end: 2 } } },
    ] as unknown as ExampleV1[];
    const name = await seedV1(damaged);
    const db = new DiploLensDB(name);
    const rows = await db.examples.orderBy('createdAt').toArray();
    const [d, e] = rows;
    expect(d).toMatchObject({
      createdAt: Date.parse('2023-11-14T22:13:20Z'),
      updatedAt: Date.parse('2023-11-14T22:13:20Z'),
      platform: 'web',
      detection: { kind: 'mfa', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' },
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'Digital diplomacy' } },
    });
    expect(d).not.toHaveProperty('author');
    expect(e!.detection).toMatchObject({ kind: 'none', reasons: [] });
    expect(e!.selectors).toEqual({ quote: { type: 'TextQuoteSelector', exact: 'x' } });
    // What every later feature does with rows: export them, and import the backup again.
    expect(() => exportExamplesCsv(rows, { bom: false })).not.toThrow();
    const back = parseImport(exportJson(rows, { now: new Date(0), lexiconVersion: 'v' }));
    expect(back.ok && back.examples).toEqual(rows);
    db.close();
  });

  test('the new indexes answer queries', async () => {
    const name = await seedV1(v1Rows);
    const db = new DiploLensDB(name);
    expect(await db.examples.where('tags').equals('Kazakhstan').primaryKeys()).toEqual(['b']);
    expect(await db.examples.where('concepts').equals('soft-power').primaryKeys()).toEqual(['b']);
    expect(await db.examples.where('site').equals('mfa.uz').primaryKeys()).toEqual(['a']);
    expect(await db.examples.where('detection.kind').equals('none').count()).toBe(3);
    expect(await db.examples.orderBy('updatedAt').primaryKeys()).toEqual(['a', 'b', 'c']);
    db.close();
  });
});
