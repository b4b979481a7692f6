import { afterEach, describe, expect, test } from 'vitest';
import { exportJson, FILE_LIMITS, parseImport } from '../../../utils/export/json';
import { readBackupCodebook } from '../../../utils/codebook/backup';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { makeExample } from '../helpers/examples';
import { userCodebook } from './helpers';

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

const books = [
  userCodebook([{ id: 'visa', label: 'Виза 🛂', terms: { ru: [{ text: 'виза' }], en: [{ text: 'visa*' }] } }], { id: 'mine', version: '1' }),
  userCodebook([{ id: 'visa', label: 'Виза 🛂', terms: { ru: [{ text: 'виза' }, { text: 'МИД', caseSensitive: true }] } }], { id: 'mine', version: '2' }),
];

describe('codebooks travel in the JSON backup', () => {
  test('every version is written and read back as it was; the examples name them', () => {
    const rows = [makeExample({ id: 'e1', codebookId: 'mine', codebookVersion: '2' })];
    const text = exportJson(rows, { now: new Date(0), lexiconVersion: 'v', codebooks: books });
    const back = parseImport(text, FILE_LIMITS, readBackupCodebook);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.codebooks).toEqual(books);
    expect(back.examples[0]).toMatchObject({ codebookId: 'mine', codebookVersion: '2' });
    expect(back.warnings).toEqual([]);
    // No codebooks: no key at all (a backup reads as it did before).
    expect(JSON.parse(exportJson(rows, { now: new Date(0), lexiconVersion: 'v' }))).not.toHaveProperty('codebooks');
  });

  test('a damaged codebook refuses the whole file, naming it; nothing is imported', () => {
    const bad = JSON.parse(exportJson([makeExample()], { now: new Date(0), lexiconVersion: 'v', codebooks: books }));
    bad.codebooks[1].concepts[0].terms.ru[0].text = 'e*';
    const r = parseImport(JSON.stringify(bad), FILE_LIMITS, readBackupCodebook);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/codebooks\[1\] \("Consular work"\): .*"e\*" would match most words/);
    bad.codebooks = 'no';
    expect(parseImport(JSON.stringify(bad), FILE_LIMITS, readBackupCodebook)).toMatchObject({ ok: false, error: expect.stringMatching(/"codebooks" must be a list/) });
  });

  test('importing merges codebook versions with the examples in one go; again, nothing is added twice', async () => {
    db = openDatabase(`backup-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    const rows = [makeExample({ id: 'e1' }), makeExample({ id: 'e2' })];
    const first = await repo.importMerge(rows, books);
    expect(first).toMatchObject({ added: 2, codebooksAdded: 2 });
    const again = await repo.importMerge(rows, books);
    expect(again).toMatchObject({ added: 0, unchanged: 2, codebooksAdded: 0 });
    expect((await repo.codebookVersions()).map((c) => `${c.id}@${c.version}`)).toEqual(['mine@1', 'mine@2']);
  });
});
