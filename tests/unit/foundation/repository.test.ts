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
