/**
 * Tags as a vocabulary in the database (fake-indexeddb): a rename, merge or delete is one
 * transaction over every example that has the tag, and Undo puts each one back exactly
 * as it was (tags and modified time), except examples changed again since.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import type { ExampleChanges } from '../../../utils/db/changes';
import { planTagChange } from '../../../utils/library/tag-vocabulary';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

async function seeded(tags: string[][]) {
  db = openDatabase(`tags-${crypto.randomUUID()}`);
  let t = 1_000;
  let n = 0;
  const announced: ExampleChanges[] = [];
  const repo = createExampleRepository(db, { now: () => (t += 10), newId: () => `e${++n}`, announce: (c) => announced.push(c) });
  for (const list of tags) await repo.add(makeDraft({ tags: list }));
  announced.length = 0;
  return { repo, announced };
}

const opts = { maxTagChars: 100 };

describe('changing a tag across the collection', () => {
  test('rename: every example with the tag gets the new name and a new modified time; the others are untouched', async () => {
    const { repo, announced } = await seeded([['forum', 'visa'], ['visa'], ['forum']]);
    const before = await repo.list();
    const plan = planTagChange(before, { kind: 'rename', from: 'forum', to: 'Conference' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    const { previous, written } = await repo.changeTags(plan.patches);
    expect(written.map((r) => [r.id, r.tags]).sort()).toEqual([
      ['e1', ['Conference', 'visa']],
      ['e3', ['Conference']],
    ]);
    expect(previous.map((r) => r.id).sort()).toEqual(['e1', 'e3']);
    const stored = await repo.getMany(['e1', 'e2', 'e3']);
    expect(stored.map((r) => r.tags)).toEqual([['Conference', 'visa'], ['visa'], ['Conference']]);
    expect(stored[0]!.updatedAt).toBeGreaterThan(before.find((r) => r.id === 'e1')!.updatedAt);
    expect(stored[1]).toEqual(before.find((r) => r.id === 'e2'));
    expect(await repo.allTags()).toEqual(['Conference', 'visa']);
    // One announcement: other library tabs re-read exactly the changed rows.
    expect(announced.map((c) => ({ ...c, changed: [...c.changed].sort() }))).toEqual([{ changed: ['e1', 'e3'], deleted: [] }]);
  });

  test('undo puts every example back exactly as it was, modified time included', async () => {
    const { repo } = await seeded([['forum', 'press'], ['Press'], ['press', 'visa']]);
    const before = await repo.list();
    const plan = planTagChange(before, { kind: 'merge', from: ['press', 'Press'], to: 'press releases' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    const { previous, written } = await repo.changeTags(plan.patches);
    expect((await repo.list()).map((r) => r.tags)).toEqual([['press releases', 'visa'], ['press releases'], ['forum', 'press releases']]);
    const back = await repo.revertTags(previous, written);
    expect(back).toHaveLength(3);
    expect(await repo.list()).toEqual(before);
  });

  test('delete removes the tag everywhere; undo brings it back', async () => {
    const { repo } = await seeded([['forum'], ['forum', 'visa']]);
    const before = await repo.list();
    const plan = planTagChange(before, { kind: 'delete', tag: 'forum' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    const change = await repo.changeTags(plan.patches);
    expect(await repo.allTags()).toEqual(['visa']);
    await repo.revertTags(change.previous, change.written);
    expect(await repo.list()).toEqual(before);
  });

  test('an example edited after the plan was made keeps its newer tags, and Undo leaves one edited after the change alone', async () => {
    const { repo } = await seeded([['forum'], ['forum'], ['forum']]);
    const plan = planTagChange(await repo.list(), { kind: 'rename', from: 'forum', to: 'summit' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    // Another tab retags e1 between the plan and the change.
    await repo.update('e1', { tags: ['forum', 'urgent'] });
    const change = await repo.changeTags(plan.patches);
    expect(change.written.map((r) => r.id).sort()).toEqual(['e2', 'e3']);
    expect((await repo.get('e1'))!.tags).toEqual(['forum', 'urgent']);
    // And e2 is edited after the change: Undo must not overwrite that work.
    const e2 = await repo.update('e2', { note: 'checked' });
    const back = await repo.revertTags(change.previous, change.written);
    expect(back.map((r) => r.id)).toEqual(['e3']);
    expect(await repo.get('e2')).toEqual(e2);
    expect((await repo.get('e3'))!.tags).toEqual(['forum']);
  });

  test('a failure inside the transaction writes nothing', async () => {
    const { repo } = await seeded([['forum'], ['forum']]);
    const before = await repo.list();
    const plan = planTagChange(before, { kind: 'rename', from: 'forum', to: 'summit' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    // A row the database cannot store (a function does not survive structured cloning) fails the write after the good ones.
    const broken = [...plan.patches, { id: 'e1', before: ['forum'], after: [(() => 'x') as unknown as string] }];
    await expect(repo.changeTags(broken)).rejects.toThrow();
    expect(await repo.list()).toEqual(before);
  });

  test('1,000 examples in one change', async () => {
    db = openDatabase(`tags-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    await repo.importMerge(
      Array.from({ length: 1000 }, (_, i) => ({ ...makeDraft({ tags: ['old', `t${i % 5}`] }), id: `x${String(i).padStart(4, '0')}`, createdAt: i, updatedAt: i })),
    );
    const before = await repo.list();
    const plan = planTagChange(before, { kind: 'rename', from: 'old', to: 'new' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    const change = await repo.changeTags(plan.patches);
    expect(change.written).toHaveLength(1000);
    expect((await repo.list()).every((r) => r.tags[0] === 'new')).toBe(true);
    await repo.revertTags(change.previous, change.written);
    expect(await repo.list()).toEqual(before);
  });
});
