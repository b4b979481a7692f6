/**
 * Each saved example records the codebook and version its concepts were found with; a
 * draft cannot name its own (it may come from a web page's tab).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createExampleSaver } from '../../../utils/background/save-example';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { BUILTIN_ID, BUILTIN_VERSION } from '../../../utils/codebook/builtin';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

describe('examples record their codebook', () => {
  test('the saver stamps the codebook in use, whatever the draft says', async () => {
    db = openDatabase(`coded-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    let now = { id: BUILTIN_ID, version: BUILTIN_VERSION };
    const save = createExampleSaver(repo, () => now);
    const a = await save({ ...makeDraft(), codebookId: 'forged', codebookVersion: '999' });
    now = { id: 'mine', version: '3' };
    const b = await save(makeDraft());
    const rows = await db.examples.bulkGet([a.id, b.id]);
    expect(rows.map((r) => [r!.codebookId, r!.codebookVersion])).toEqual([
      ['diplolens', BUILTIN_VERSION],
      ['mine', '3'],
    ]);
    // Without a codebook to name, none is made up.
    const c = await createExampleSaver(repo)({ ...makeDraft(), codebookId: 'forged' });
    expect((await db.examples.get(c.id))!.codebookId).toBeUndefined();
  });
});
