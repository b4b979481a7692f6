/**
 * A JSON backup that brings codebook versions tells the background, as the editor's save
 * does (components/library/services.ts importFile → codebooksChanged), so open tabs repaint
 * with the active codebook without a reload; one that brings none says nothing.
 */
import { afterEach, expect, test } from 'vitest';
import { createLibraryServices } from '../../../components/library/services';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { exportJson } from '../../../utils/export/json';
import { makeExample } from '../helpers/examples';
import { userCodebook } from '../codebook/helpers';

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

const mine = userCodebook([{ id: 'visa', label: 'Visa help' }]);

function setup() {
  db = openDatabase(`import-cb-${crypto.randomUUID()}`);
  const notes: { id: string; version: string }[] = [];
  const s = createLibraryServices({
    browser: {} as never,
    repo: createExampleRepository(db),
    download: () => undefined,
    yieldTo: async () => undefined,
    codebooksChanged: async (c) => void notes.push(c),
  });
  return { s, notes };
}

const file = (text: string) => new File([text], 'backup.json', { type: 'application/json' });

test('importing a backup with a new codebook version notes it once; importing it again notes nothing', async () => {
  const { s, notes } = setup();
  const text = exportJson([makeExample({ concepts: ['visa'], codebookId: mine.id, codebookVersion: mine.version })], { now: new Date(), lexiconVersion: 'x', codebooks: [mine] });
  await s.importFile(file(text));
  expect(notes).toEqual([{ id: mine.id, version: mine.version }]);
  await s.importFile(file(text));
  expect(notes).toHaveLength(1);
});

test('a backup without codebooks notes nothing', async () => {
  const { s, notes } = setup();
  await s.importFile(file(exportJson([makeExample()], { now: new Date(), lexiconVersion: 'x' })));
  expect(notes).toEqual([]);
});
