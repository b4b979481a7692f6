import { describe, expect, test } from 'vitest';
import { BUILTIN_ID } from '../../../utils/codebook/builtin';
import { CodebookError, createCodebookLibrary, memoryCodebookStorage } from '../../../utils/codebook/library';

function setup() {
  let n = 0;
  let t = 1000;
  const storage = memoryCodebookStorage();
  const lib = createCodebookLibrary({ storage, newId: () => `id-${++n}`, now: () => ++t });
  return { lib, storage };
}

describe('the user\'s codebooks', () => {
  test('the built-in codebook is there and active by default, read-only', async () => {
    const { lib } = setup();
    expect((await lib.list()).map((c) => c.id)).toEqual([BUILTIN_ID]);
    expect((await lib.active()).id).toBe(BUILTIN_ID);
    const cb = (await lib.get(BUILTIN_ID))!;
    const r = await lib.save({ ...cb, name: 'Mine now' });
    expect(r).toMatchObject({ ok: false, error: 'The built-in codebook cannot be changed: copy it to make your own.' });
    await expect(lib.remove(BUILTIN_ID)).rejects.toBeInstanceOf(CodebookError);
  });

  test('copy the built-in codebook: same concept ids, the user\'s own, version 1', async () => {
    const { lib } = setup();
    const copy = await lib.copy(BUILTIN_ID, 'My digital diplomacy');
    const builtin = (await lib.get(BUILTIN_ID))!;
    expect(copy).toMatchObject({ id: 'id-1', name: 'My digital diplomacy', builtIn: false, version: '1' });
    expect(copy.concepts.map((c) => c.id)).toEqual(builtin.concepts.map((c) => c.id));
    expect((await lib.list()).map((c) => c.name)).toEqual([builtin.name, 'My digital diplomacy']);
  });

  test('every save is a new version, and every version is kept', async () => {
    const { lib } = setup();
    const cb = await lib.create('Consular');
    const v2 = await lib.save({ ...cb, concepts: [{ id: 'visa', label: 'Visas', definition: '', category: 'general', references: [], terms: { en: [{ text: 'visa' }] } }] });
    expect(v2.ok && v2.codebook.version).toBe('2');
    const v3 = await lib.rename(cb.id, 'Consular work');
    expect(v3.ok && v3.codebook).toMatchObject({ version: '3', name: 'Consular work' });
    expect((await lib.version(cb.id, '1'))!.concepts).toEqual([]);
    expect((await lib.version(cb.id, '2'))!.concepts.map((c) => c.id)).toEqual(['visa']);
    expect((await lib.get(cb.id))!.version).toBe('3');
  });

  test('a codebook with errors is not saved, and says why', async () => {
    const { lib } = setup();
    const cb = await lib.create('Broken');
    const r = await lib.save({ ...cb, concepts: [{ id: 'x', label: 'X', definition: '', category: 'general', references: [], terms: { en: [{ text: 'a*' }] } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Not saved: Concept "X", English term "a\*": .*would match most words/);
    expect((await lib.get(cb.id))!.version).toBe('1');
  });

  test('one active codebook; deleting it makes the built-in one active again', async () => {
    const { lib } = setup();
    const cb = await lib.create('Mine');
    await lib.setActive(cb.id);
    expect((await lib.active()).id).toBe(cb.id);
    await lib.remove(cb.id);
    expect((await lib.active()).id).toBe(BUILTIN_ID);
    expect(await lib.get(cb.id)).toBeUndefined();
    await expect(lib.setActive('nope')).rejects.toThrow('There is no codebook nope.');
  });

  test('saving a codebook deleted meanwhile is refused', async () => {
    const { lib } = setup();
    const cb = await lib.create('Gone');
    await lib.remove(cb.id);
    expect(await lib.save(cb)).toMatchObject({ ok: false, error: expect.stringMatching(/was deleted/) });
  });
});
