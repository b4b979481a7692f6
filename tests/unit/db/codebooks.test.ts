import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { databaseCodebookStorage, moveFromExtensionStorage } from '../../../utils/db/codebooks';
import { extensionCodebookStorage, INDEX_KEY, type StorageAreaLike } from '../../../utils/codebook/extension-storage';
import { createCodebookLibrary } from '../../../utils/codebook/library';
import { BUILTIN_ID } from '../../../utils/codebook/builtin';
import { addConcept } from '../../../utils/codebook/edit';

function memoryArea(): StorageAreaLike & { keys(): string[] } {
  const items = new Map<string, unknown>();
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (items.has(k)) out[k] = structuredClone(items.get(k));
      return out;
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
    keys: () => [...items.keys()],
  };
}

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

function library(storage: ReturnType<typeof databaseCodebookStorage>) {
  let n = 0;
  let t = 1000;
  return createCodebookLibrary({ storage, newId: () => `id-${++n}`, now: () => ++t });
}

describe('codebooks in the database', () => {
  test('versions are rows: every one kept, the latest listed, all removed with the codebook', async () => {
    db = openDatabase(`codebooks-${crypto.randomUUID()}`);
    const settings = memoryArea();
    const lib = library(databaseCodebookStorage(db, settings));
    const mine = await lib.create('Consular work');
    for (const label of ['Visa', 'Evacuation', 'Passport']) {
      const cur = (await lib.get(mine.id))!;
      const r = await lib.save(addConcept(cur, label, 'general').codebook);
      expect(r.ok).toBe(true);
    }
    // Ten is after nine: versions compare as numbers, not text.
    for (let i = 0; i < 7; i++) await lib.save({ ...(await lib.get(mine.id))!, description: `d${i}` });
    expect((await lib.get(mine.id))!.version).toBe('11');
    expect((await lib.list()).map((c) => [c.name, c.version]).slice(1)).toEqual([['Consular work', '11']]);
    expect((await lib.version(mine.id, '2'))!.concepts.map((c) => c.id)).toEqual(['visa']);
    expect(await db.codebooks.count()).toBe(11);
    await lib.setActive(mine.id);
    expect((await lib.active()).id).toBe(mine.id);
    await lib.remove(mine.id);
    expect(await db.codebooks.count()).toBe(0);
    expect((await lib.active()).id).toBe(BUILTIN_ID);
  });

  test('codebooks the first editor kept in extension storage move in once, every version, and leave it', async () => {
    db = openDatabase(`codebooks-${crypto.randomUUID()}`);
    const area = memoryArea();
    const old = library(extensionCodebookStorage(area));
    const a = await old.create('Old one');
    await old.save(addConcept(a, 'Visa', 'general').codebook);
    const b = await old.copy(BUILTIN_ID, 'My copy');
    await old.setActive(b.id);
    expect(await moveFromExtensionStorage(db, area)).toBe(3);
    expect(area.keys()).toEqual(['codebooks.active']);
    expect(await moveFromExtensionStorage(db, area)).toBe(0);
    const lib = library(databaseCodebookStorage(db, area));
    expect((await lib.list()).map((c) => [c.name, c.version])).toEqual([
      ['DiploLens: concepts of digital diplomacy', (await lib.get(BUILTIN_ID))!.version],
      ['My copy', '1'],
      ['Old one', '2'],
    ]);
    expect((await lib.version(a.id, '1'))!.concepts).toEqual([]);
    expect((await lib.active()).id).toBe(b.id);
    expect(area.keys()).not.toContain(INDEX_KEY);
  });
});
