// @vitest-environment happy-dom
/**
 * The library's Export menu offers REFI-QDA: a .qdpx of the chosen examples with the
 * codebook they were coded with, a .qdc of that codebook; a file that fails its check is
 * not downloaded and the page says why.
 */
import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LibraryApp, type LibraryServices } from '../../../components/library/LibraryApp';
import { createLibraryServices } from '../../../components/library/services';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { unzipQdpx } from '../../../utils/codebook/refi/check';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { makeDraft } from '../helpers/examples';
import { userCodebook } from '../codebook/helpers';
import { schemaErrors } from '../codebook/xsd';

let db: DiploLensDB;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

const mine = userCodebook([{ id: 'visa', label: 'Visa help' }]);

async function setup(checkRefi?: () => string[]) {
  db = openDatabase(`refi-${crypto.randomUUID()}`);
  const repo = createExampleRepository(db);
  await db.codebooks.put(mine);
  await repo.add(makeDraft({ quote: 'Визовая помощь 😀', concepts: ['visa'], codebookId: mine.id, codebookVersion: mine.version }));
  await repo.add(makeDraft({ quote: 'Soft power', concepts: ['soft-power'] }));
  const files: { name: string; blob: Blob }[] = [];
  const base = createLibraryServices({
    browser: {} as never,
    repo,
    download: (name, blob) => files.push({ name, blob }),
    yieldTo: async () => undefined,
    activeCodebook: async () => builtinCodebook(),
    origin: 'DiploLens test',
    ...(checkRefi && { checkRefi }),
  });
  const s: LibraryServices = { ...base, loadBom: async () => false, saveBom: async () => undefined };
  render(<LibraryApp services={s} />);
  fireEvent.click(await screen.findByText('Hide charts'));
  await screen.findByText('2 of 2 examples');
  return files;
}

test('the menu offers the project and the codebook, each with its hint', async () => {
  await setup();
  expect(screen.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' })).toBeTruthy();
  expect(screen.getByText(/NVivo, ATLAS\.ti, MAXQDA: each example a source/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Export REFI-QDA codebook (.qdc)' })).toBeTruthy();
});

test('a .qdpx of every example, valid, its codes from the codebook each was coded with', async () => {
  const files = await setup();
  fireEvent.click(screen.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' }));
  await waitFor(() => expect(files).toHaveLength(1));
  expect(files[0]!.name).toMatch(/^diplolens-.*\.qdpx$/);
  const qdpx = unzipQdpx(new Uint8Array(await files[0]!.blob.arrayBuffer()));
  expect(schemaErrors('Project.xsd', qdpx.project)).toEqual([]);
  expect(qdpx.sources.size).toBe(2);
  // One example each: the tie goes to the active (built-in) codebook; the user codebook's concept keeps its label.
  expect(qdpx.project).toContain('name="Visa help"');
  expect(await screen.findByText(/Exported 2 examples/)).toBeTruthy();
});

test('a .qdc of the filtered view’s codebook, valid against Codebook.xsd', async () => {
  const files = await setup();
  fireEvent.input(screen.getByLabelText('Search examples'), { target: { value: 'Визовая' } });
  await screen.findByText('1 of 2 examples');
  fireEvent.click(screen.getByRole('radio', { name: 'The filtered view' }));
  fireEvent.click(screen.getByRole('button', { name: 'Export REFI-QDA codebook (.qdc)' }));
  await waitFor(() => expect(files).toHaveLength(1));
  const xml = await files[0]!.blob.text();
  expect(schemaErrors('Codebook.xsd', xml)).toEqual([]);
  // The selected example's codebook, not the active (built-in) one.
  expect(files[0]!.name).toBe('Consular work.qdc');
  expect(xml).toContain('name="Visa help"');
});

test('a file that fails its check is not downloaded, and the page says why', async () => {
  const files = await setup(() => ['line 12: selection 0–99 is not inside its source’s 10 code points']);
  fireEvent.click(screen.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' }));
  expect(await screen.findByText(/Nothing was downloaded: the REFI-QDA file did not pass its check \(line 12: selection 0–99/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Export REFI-QDA codebook (.qdc)' }));
  await waitFor(() => expect(screen.getAllByText(/Nothing was downloaded/).length).toBeGreaterThan(0));
  expect(files).toHaveLength(0);
});

test('while a project is written and checked the page says so, then says what was exported', async () => {
  db = openDatabase(`refi-${crypto.randomUUID()}`);
  const repo = createExampleRepository(db);
  await repo.add(makeDraft({ quote: 'Soft power', concepts: ['soft-power'] }));
  let finish!: () => void;
  const held = new Promise<void>((r) => (finish = r));
  const base = createLibraryServices({ browser: {} as never, repo, download: () => undefined, yieldTo: async () => undefined });
  const s: LibraryServices = {
    ...base,
    loadBom: async () => false,
    saveBom: async () => undefined,
    exportRows: async (kind, rows) => {
      await held;
      return `diplolens-test.${kind}`;
    },
  };
  render(<LibraryApp services={s} />);
  fireEvent.click(await screen.findByText('Hide charts'));
  await screen.findByText('1 of 1 example');
  fireEvent.click(screen.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' }));
  expect(await screen.findByText('Writing the REFI-QDA project of 1 example and checking it…')).toBeTruthy();
  finish();
  expect(await screen.findByText('Exported 1 example to diplolens-test.qdpx.')).toBeTruthy();
});
