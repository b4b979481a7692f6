/**
 * Every schema version with an upgrade function: open the OLD version with
 * plain Dexie, seed it, close, open the current class, check every row and
 * that the new indexes answer queries (after Dexie's own upgrade tests).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { DiploLensDB, STORES_V2, STORES_V3, STORES_V4, type ExampleV1, type ExampleV2 } from '../../../utils/db/schema';
import type { Example } from '../../../utils/model/example';
import { userCodebook } from '../codebook/helpers';
import { createCorrectionRepository } from '../../../utils/db/corrections';
import { exportExamplesCsvParts } from '../../../utils/export/csv';
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
      tags: [],
      concepts: [],
      functionId: '',
      note: '',
      prefix: '',
      suffix: '',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      // The platform, stored once since v3, in the detection.
      detection: { kind: 'none', country: null, platform: 'web' },
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

  test('a country code written in lower case or with spaces is kept as the code; one that is not a code is dropped', async () => {
    const det = (country: unknown) => ({ kind: 'mfa', subkind: 'ministry', country, confidence: 0.9, reasons: [] });
    const rows = [
      { id: 'f', quote: 'q', url: 'https://mfa.uz/', title: 't', createdAt: 1, detection: det('uz') },
      { id: 'g', quote: 'q', url: 'https://gov.kz/', title: 't', createdAt: 2, detection: det(' kz ') },
      { id: 'h', quote: 'q', url: 'https://mfa.gov.tr/', title: 't', createdAt: 3, detection: det('TR') },
      { id: 'i', quote: 'q', url: 'https://x.org/', title: 't', createdAt: 4, detection: det('Uzbekistan') },
    ] as unknown as ExampleV1[];
    const db = new DiploLensDB(await seedV1(rows));
    const got = await db.examples.orderBy('createdAt').toArray();
    expect(got.map((r) => [r.id, r.detection.country, r.detection.kind])).toEqual([
      ['f', 'UZ', 'mfa'],
      ['g', 'KZ', 'mfa'],
      ['h', 'TR', 'mfa'],
      ['i', null, 'mfa'],
    ]);
    expect(await db.examples.where('detection.country').equals('UZ').primaryKeys()).toEqual(['f']);
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

describe('schema v2 → v3', () => {
  async function seedV2(rows: ExampleV2[]): Promise<string> {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ examples: 'id, createdAt' });
    old.version(2).stores(STORES_V2);
    await old.table('examples').bulkAdd(rows);
    old.close();
    return name;
  }

  const det = (platform: string, kind = 'mfa') =>
    ({ kind, subkind: kind === 'mfa' ? 'ministry' : 'none', country: kind === 'mfa' ? 'UZ' : null, confidence: 0.9, reasons: ['r'], platform }) as ExampleV2['detection'];
  const row = (id: string, platform: string, detection: ExampleV2['detection'], createdAt: number): ExampleV2 =>
    ({
      id,
      quote: `quote ${id}`,
      prefix: 'before ',
      suffix: ' after',
      selectors: { quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: 'before ', suffix: ' after' } },
      url: `https://mfa.uz/${id}`,
      title: 't',
      site: 'mfa.uz',
      platform,
      author: id === 'x' ? 'MFA_Uzbekistan' : undefined,
      lang: 'en',
      detection,
      concepts: ['soft-power'],
      tags: ['t'],
      functionId: '',
      note: 'n',
      createdAt,
      updatedAt: createdAt + 1,
      lexiconVersion: 'v',
    }) as ExampleV2;
  const v2Rows: ExampleV2[] = [
    row('web', 'web', det('web'), 1_700_000_000_000),
    row('x', 'x', det('x'), 1_700_000_100_000),
    // A hand-edited or imported row whose two copies disagreed: the row's, which the CSV and the filter showed, wins.
    row('both', 'telegram', det('web', 'none'), 1_700_000_200_000),
  ];

  test('every row keeps all it had, with the platform stored once, in its detection', async () => {
    const name = await seedV2(v2Rows);
    const db = new DiploLensDB(name);
    const rows = await db.examples.orderBy('createdAt').toArray();
    expect(rows.map((r) => r.id)).toEqual(['web', 'x', 'both']);
    rows.forEach((r, i) => {
      const { platform, ...before } = JSON.parse(JSON.stringify(v2Rows[i])) as ExampleV2;
      expect(r).not.toHaveProperty('platform');
      // (and, opened at v4, the built-in codebook of its lexicon version: schema v3 → v4 below)
      expect(r).toEqual({ ...before, detection: { ...before.detection, platform }, codebookId: 'diplolens', codebookVersion: 'v' });
    });
    expect(rows.map((r) => r.detection.platform)).toEqual(['web', 'x', 'telegram']);
    db.close();
  });

  test('the platform index answers from the detection; the CSV column and a backup read the same values', async () => {
    const name = await seedV2(v2Rows);
    const db = new DiploLensDB(name);
    expect(await db.examples.where('detection.platform').equals('x').primaryKeys()).toEqual(['x']);
    expect(await db.examples.where('detection.platform').equals('telegram').primaryKeys()).toEqual(['both']);
    const rows = await db.examples.orderBy('createdAt').toArray();
    let csv = '';
    for await (const part of exportExamplesCsvParts(rows)) csv += part;
    const [header, ...lines] = csv.split('\r\n');
    const col = header!.split(',').indexOf('platform');
    expect(lines.map((l) => l.split(',')[col])).toEqual(['web', 'x', 'telegram']);
    const back = parseImport(exportJson(rows, { now: new Date(0), lexiconVersion: 'v' }));
    expect(back.ok && back.examples).toEqual(rows);
    db.close();
  });

  test('a backup written before v3 (platform on the row and in its detection) imports into the v3 shape, with no warning', () => {
    const old = { format: 'diplolens-examples', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', lexiconVersion: 'v', count: 3, examples: v2Rows };
    const r = parseImport(JSON.stringify(old));
    if (!r.ok) throw new Error(r.error);
    expect(r.warnings).toEqual([]);
    expect(r.examples.map((e) => e.detection.platform)).toEqual(['web', 'x', 'telegram']);
    for (const e of r.examples) expect(e).not.toHaveProperty('platform');
  });
});

describe('schema v3 → v4', () => {
  async function seedV3(rows: Example[]): Promise<string> {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ examples: 'id, createdAt' });
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.table('examples').bulkAdd(rows);
    old.close();
    return name;
  }
  const row = (id: string, extra: Partial<Example> = {}): Example => ({
    id,
    quote: `Цифровая дипломатия ${id} 🌍`,
    prefix: 'до ',
    suffix: ' после',
    selectors: { quote: { type: 'TextQuoteSelector', exact: `Цифровая дипломатия ${id} 🌍`, prefix: 'до ', suffix: ' после' } },
    url: `https://mfa.uz/${id}`,
    title: 't',
    site: 'mfa.uz',
    lang: 'ru',
    detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.9, reasons: ['r'], platform: 'web' },
    concepts: ['digital-diplomacy', 'soft-power'],
    tags: ['Узбекистан'],
    functionId: 'public-diplomacy',
    note: 'n',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_001,
    lexiconVersion: '2026.11.6',
    ...extra,
  });

  test('every row keeps every field and names the built-in codebook of its lexicon version; the codebooks table answers', async () => {
    const v3 = [row('a'), row('b', { lexiconVersion: '' }), row('c', { codebookId: 'mine', codebookVersion: '4' })];
    const name = await seedV3(v3);
    const db = new DiploLensDB(name);
    const rows = await db.examples.orderBy('id').toArray();
    expect(rows).toEqual([
      { ...v3[0], codebookId: 'diplolens', codebookVersion: '2026.11.6' },
      { ...v3[1], codebookId: 'diplolens', codebookVersion: '' },
      v3[2],
    ]);
    // The old indexes still answer, and the new table is there, empty.
    expect(await db.examples.where('concepts').equals('soft-power').count()).toBe(3);
    expect(await db.codebooks.count()).toBe(0);
    await db.codebooks.put(userCodebook([], { id: 'x', version: '1' }));
    await db.codebooks.put(userCodebook([], { id: 'x', version: '2' }));
    expect((await db.codebooks.where('id').equals('x').toArray()).map((c) => c.version)).toEqual(['1', '2']);
    // Backups read and write the new fields.
    const back = parseImport(exportJson(rows, { now: new Date(0), lexiconVersion: 'v' }));
    expect(back.ok && back.examples.map((e) => [e.codebookId, e.codebookVersion])).toEqual([
      ['diplolens', '2026.11.6'],
      ['diplolens', ''],
      ['mine', '4'],
    ]);
    db.close();
  });
});

describe('schema v4 → v5', () => {
  async function seedV4(rows: Example[]): Promise<string> {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ examples: 'id, createdAt' });
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    old.version(4).stores(STORES_V4);
    await old.table('examples').bulkAdd(rows);
    await old.table('codebooks').bulkAdd(codebooks);
    old.close();
    return name;
  }
  const codebooks = [userCodebook([], { id: 'cb', version: '1' }), userCodebook([], { id: 'cb', version: '2' })];

  const v4Rows = [0, 1, 2].map(
    (i): Example => ({
      id: `r${i}`,
      quote: ['Цифровая дипломатия', 'soft power', 'yumshoq kuch'][i]!,
      prefix: 'before ',
      suffix: ' after',
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'q', prefix: 'before ', suffix: ' after' }, ...(i === 1 && { position: { type: 'TextPositionSelector', start: 3, end: 4 } }) },
      url: ['https://www.mid.ru/ru/1', 'https://x.com/MFA_KZ/status/1', 'https://example-embassy.org/'][i]!,
      ...(i === 1 && { canonicalUrl: 'https://x.com/MFA_KZ/status/1', author: 'MFA_KZ', authorName: 'MFA Kazakhstan' }),
      title: `t${i}`,
      site: ['mid.ru', 'x.com', 'example-embassy.org'][i]!,
      lang: 'ru',
      detection: {
        kind: i === 2 ? 'none' : 'mfa',
        subkind: i === 2 ? 'none' : 'ministry',
        country: ['RU', 'KZ', null][i]!,
        confidence: [0.98, 0.98, 0][i]!,
        reasons: [`reason ${i}`],
        platform: i === 1 ? 'x' : 'web',
      },
      concepts: i ? ['soft-power'] : [],
      tags: [`tag${i}`],
      functionId: i === 1 ? 'public-diplomacy' : '',
      note: `note ${i}`,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_100_000 + i,
      lexiconVersion: 'v',
      codebookId: i === 2 ? 'cb' : 'builtin',
      codebookVersion: i === 2 ? '2' : 'v',
    }),
  );

  test('every example and codebook is kept exactly as it was, and the indexes still answer', async () => {
    const name = await seedV4(v4Rows);
    const db = new DiploLensDB(name);
    const rows = await db.examples.orderBy('createdAt').toArray();
    expect(rows).toEqual(JSON.parse(JSON.stringify(v4Rows)));
    expect(await db.examples.where('detection.platform').equals('x').primaryKeys()).toEqual(['r1']);
    expect(await db.examples.where('detection.country').equals('RU').primaryKeys()).toEqual(['r0']);
    expect(await db.examples.where('tags').equals('tag2').primaryKeys()).toEqual(['r2']);
    expect(await db.codebooks.toArray()).toEqual(JSON.parse(JSON.stringify(codebooks)));
    db.close();
  });

  test('the new corrections table is empty, then stores, finds by target, replaces and removes', async () => {
    const name = await seedV4(v4Rows);
    const db = new DiploLensDB(name);
    expect(await db.corrections.count()).toBe(0);
    let t = 10;
    const repo = createCorrectionRepository(db, { now: () => t++ });
    const site = { target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: '' } as const;
    const a = await repo.put(site);
    expect(a).toEqual({ ...site, key: 'web:example-embassy.org', createdAt: 10, updatedAt: 10 });
    // Marked again, otherwise: one row for the site, its first time kept.
    const b = await repo.put({ ...site, kind: 'none', subkind: 'none', country: null });
    expect(b).toMatchObject({ key: 'web:example-embassy.org', kind: 'none', createdAt: 10, updatedAt: 11 });
    // An edit that moves it to another host replaces it.
    const c = await repo.put({ ...site, target: { platform: 'web', host: 'embassy.example.org' } }, b.key);
    expect((await repo.list()).map((r) => r.key)).toEqual([c.key]);
    expect(c.createdAt).toBe(10);
    expect(await repo.remove(c.key)).toEqual(c);
    expect(await repo.remove(c.key)).toBeUndefined();
    expect(await db.corrections.count()).toBe(0);
    expect(await db.examples.count()).toBe(3);
    db.close();
  });
});
