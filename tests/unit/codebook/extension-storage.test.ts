import { describe, expect, test } from 'vitest';
import { ACTIVE_KEY, extensionCodebookStorage, INDEX_KEY, versionKey, type StorageAreaLike } from '../../../utils/codebook/extension-storage';
import { createCodebookLibrary } from '../../../utils/codebook/library';
import { BUILTIN_ID } from '../../../utils/codebook/builtin';
import { addConcept } from '../../../utils/codebook/edit';

/** An in-memory storage area that, like browser.storage, keeps copies (structured clone), not the objects given. */
function memoryArea(): StorageAreaLike & { all(): Record<string, unknown> } {
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
    all: () => Object.fromEntries(items),
  };
}

function setup(area = memoryArea()) {
  let n = 0;
  let t = 1000;
  return { area, lib: createCodebookLibrary({ storage: extensionCodebookStorage(area), newId: () => `id-${++n}`, now: () => ++t }) };
}

describe('codebooks in the extension storage', () => {
  test('every saved version is kept and readable; the list shows the latest; a second library (another tab) reads the same', async () => {
    const { lib, area } = setup();
    const mine = await lib.create('Consular work');
    const v2 = await lib.save(addConcept(mine, 'Visa', 'general').codebook);
    expect(v2.ok && v2.codebook.version).toBe('2');
    const v3 = await lib.rename(mine.id, 'Consular services');
    expect(v3.ok && v3.codebook.version).toBe('3');
    const other = createCodebookLibrary({ storage: extensionCodebookStorage(area), newId: () => 'x', now: () => 0 });
    expect((await other.list()).map((c) => [c.name, c.version])).toEqual([
      ['DiploLens: concepts of digital diplomacy', (await other.get(BUILTIN_ID))!.version],
      ['Consular services', '3'],
    ]);
    expect((await other.version(mine.id, '1'))!.concepts).toEqual([]);
    expect((await other.version(mine.id, '2'))!.concepts.map((c) => c.id)).toEqual(['visa']);
  });

  test('deleting removes every version; deleting the active one makes the built-in one active', async () => {
    const { lib, area } = setup();
    const mine = await lib.create('Mine');
    await lib.save({ ...mine, description: 'x' });
    await lib.setActive(mine.id);
    expect((await area.get(ACTIVE_KEY))[ACTIVE_KEY]).toBe(mine.id);
    await lib.remove(mine.id);
    expect((await lib.active()).id).toBe(BUILTIN_ID);
    const all = area.all();
    expect(Object.keys(all).filter((k) => k.startsWith('codebook:'))).toEqual([]);
    expect(all[INDEX_KEY]).toEqual({});
  });

  test('damaged entries are skipped, never thrown at the editor', async () => {
    const { lib, area } = setup();
    const mine = await lib.create('Good');
    await area.set({ [INDEX_KEY]: { [mine.id]: { latest: '1', versions: ['1'] }, broken: { latest: '1', versions: ['1'] }, odd: 'no' } });
    await area.set({ [versionKey('broken', '1')]: { name: 42 } });
    expect((await lib.list()).map((c) => c.name)).toEqual(['DiploLens: concepts of digital diplomacy', 'Good']);
    expect(await lib.get('broken')).toBeUndefined();
    await area.set({ [INDEX_KEY]: 'garbage' });
    expect((await lib.list()).length).toBe(1);
  });
});
