import { afterEach, describe, expect, test } from 'vitest';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

function repoAt(start = 1_000) {
  db = openDatabase(`repo-${crypto.randomUUID()}`);
  let t = start;
  let n = 0;
  return createExampleRepository(db, { now: () => t++, newId: () => `id-${++n}` });
}

describe('example repository', () => {
  test('adds an example with an id and times, and reads it back unchanged', async () => {
    const repo = repoAt();
    const draft = makeDraft({ quote: 'Цифровая дипломатия — «новый» инструмент' });
    const saved = await repo.add(draft);
    expect(saved).toMatchObject({ id: 'id-1', createdAt: 1000, updatedAt: 1000, quote: draft.quote });
    expect(await repo.get('id-1')).toEqual(saved);
  });

  test('keeps a given id (imports merge by id)', async () => {
    const repo = repoAt();
    const saved = await repo.add({ ...makeDraft(), id: 'fixed' });
    expect(saved.id).toBe('fixed');
  });

  test('lists newest first', async () => {
    const repo = repoAt();
    await repo.add(makeDraft({ quote: 'first' }));
    await repo.add(makeDraft({ quote: 'second' }));
    expect((await repo.list()).map((e) => e.quote)).toEqual(['second', 'first']);
    expect(await repo.count()).toBe(2);
  });

  test('update changes the fields and updatedAt only', async () => {
    const repo = repoAt();
    const saved = await repo.add(makeDraft());
    const updated = await repo.update(saved.id, { note: 'checked', tags: ['uz'] });
    expect(updated).toMatchObject({ note: 'checked', tags: ['uz'], createdAt: saved.createdAt });
    expect(updated!.updatedAt).toBeGreaterThan(saved.updatedAt);
    expect(await repo.update('missing', { note: 'x' })).toBeUndefined();
  });

  test('remove returns what it deleted, and restore puts it back exactly', async () => {
    const repo = repoAt();
    const a = await repo.add(makeDraft({ quote: 'a' }));
    const b = await repo.add(makeDraft({ quote: 'b' }));
    const removed = await repo.remove([a.id, 'missing']);
    expect(removed).toEqual([a]);
    expect((await repo.list()).map((e) => e.id)).toEqual([b.id]);
    await repo.restore(removed);
    expect(await repo.get(a.id)).toEqual(a);
  });
});

describe('every write is announced once committed, for other open pages', () => {
  test('add, update, remove, restore, retag and import name the ids they wrote', async () => {
    db = openDatabase(`repo-${crypto.randomUUID()}`);
    const heard: { changed: string[]; deleted: string[] }[] = [];
    let n = 0;
    const repo = createExampleRepository(db, { newId: () => `id-${++n}`, announce: (c) => heard.push(c) });
    const a = await repo.add(makeDraft());
    const b = await repo.add(makeDraft());
    await repo.update(a.id, { note: 'x' });
    await repo.update('missing', { note: 'x' });
    const removed = await repo.remove([a.id, 'missing']);
    await repo.restore(removed);
    await repo.retag([b.id], ['t'], []);
    await repo.importMerge([{ ...b, note: 'newer', updatedAt: b.updatedAt + 1e9 }, { ...b, id: 'new' }]);
    expect(heard).toEqual([
      { changed: ['id-1'], deleted: [] },
      { changed: ['id-2'], deleted: [] },
      { changed: ['id-1'], deleted: [] },
      { changed: [], deleted: ['id-1'] },
      { changed: ['id-1'], deleted: [] },
      { changed: ['id-2'], deleted: [] },
      { changed: ['id-2', 'new'], deleted: [] },
    ]);
  });
});

describe('bulk operations', () => {
  test('retag adds and removes tags on many examples in one go, case-insensitively', async () => {
    const repo = repoAt();
    const a = await repo.add(makeDraft({ tags: ['Forum'] }));
    const b = await repo.add(makeDraft({ tags: [] }));
    const changed = await repo.retag([a.id, b.id, 'missing'], ['kz'], []);
    // The rows as stored, new time included: the library shows and exports exactly these.
    expect(changed).toEqual([await repo.get(a.id), await repo.get(b.id)]);
    expect(changed[0]!.updatedAt).toBeGreaterThan(a.updatedAt);
    expect((await repo.get(a.id))!.tags).toEqual(['Forum', 'kz']);
    expect((await repo.get(b.id))!.tags).toEqual(['kz']);
    await repo.retag([a.id, b.id], [], ['forum']);
    expect((await repo.get(a.id))!.tags).toEqual(['kz']);
    expect(await repo.allTags()).toEqual(['kz']);
  });

  test('importMerge adds new ids, replaces only older rows, and reports what it wrote', async () => {
    const repo = repoAt();
    const kept = await repo.add({ ...makeDraft({ note: 'local' }), id: 'same' });
    const older = { ...kept, note: 'from an older backup', updatedAt: kept.updatedAt - 1 };
    const newer = { ...kept, id: 'other', note: 'new' };
    const r = await repo.importMerge([older, newer]);
    expect(r).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
    expect(r.written.map((x) => x.id)).toEqual(['other']);
    expect((await repo.get('same'))!.note).toBe('local');
    const r2 = await repo.importMerge([{ ...kept, note: 'edited elsewhere', updatedAt: kept.updatedAt + 10 }]);
    expect(r2.updated).toBe(1);
    expect((await repo.get('same'))!.note).toBe('edited elsewhere');
  });

  test('pages through the whole collection by id', async () => {
    const repo = repoAt();
    for (let i = 0; i < 7; i++) await repo.add(makeDraft({ quote: `q${i}` }));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const rows = await repo.page(after, 3);
      if (!rows.length) break;
      seen.push(...rows.map((r) => r.id));
      after = rows[rows.length - 1]!.id;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});
