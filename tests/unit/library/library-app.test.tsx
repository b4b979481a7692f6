// @vitest-environment happy-dom
/**
 * The library page with the real repository (fake-indexeddb): what it shows
 * and what it exports must be what is stored, whatever happened meanwhile
 * (saves from other pages, loading still under way, undo, bulk tagging).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LibraryApp, type LibraryServices } from '../../../components/library/LibraryApp';
import { createLibraryServices } from '../../../components/library/services';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import type { ExampleChanges } from '../../../utils/db/changes';
import type { Example } from '../../../utils/model/example';
import { parseImport } from '../../../utils/export/json';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

async function setup(n: number, opts: { holdLoading?: Promise<void> } = {}) {
  db = openDatabase(`library-${crypto.randomUUID()}`);
  let t = 1_000_000;
  const now = () => (t += 1000);
  const repo = createExampleRepository(db, { now });
  for (let i = 0; i < n; i++) await repo.add(makeDraft({ quote: `example ${i}` }));
  // Another page (the popup, the background) writing to the same database and announcing it.
  let hear: ((c: ExampleChanges) => void) | null = null;
  const elsewhere = createExampleRepository(db, { now, announce: (c) => hear?.(c) });
  const files: Blob[] = [];
  const base = createLibraryServices({
    browser: {} as never,
    repo,
    download: (_name, blob) => files.push(blob),
    yieldTo: async () => undefined,
    listenForChanges: (cb) => {
      hear = cb;
      return () => (hear = null);
    },
  });
  let loads = 0;
  const s: LibraryServices = {
    ...base,
    loadBom: async () => false,
    saveBom: async () => undefined,
    // Only the page's first load is held back; an export's own read is not.
    loadAll: async (onSlice) => {
      if (loads++ === 0 && opts.holdLoading) await opts.holdLoading;
      return base.loadAll(onSlice);
    },
  };
  render(<LibraryApp services={s} />);
  fireEvent.click(await screen.findByText('Hide charts'));
  const exportFile = async (): Promise<string> => {
    const before = files.length;
    fireEvent.click(screen.getByText('Export JSON (backup)'));
    await waitFor(() => expect(files.length).toBe(before + 1));
    return files.at(-1)!.text();
  };
  const exportJson = async (): Promise<Example[]> => (JSON.parse(await exportFile()) as { examples: Example[] }).examples;
  const shown = (k: number) => screen.findByText(`${k} of ${k} example${k === 1 ? "" : "s"}`);
  return { repo, elsewhere, exportJson, exportFile, shown };
}

const search = (q: string) => fireEvent.input(screen.getByLabelText('Search examples'), { target: { value: q } });
const selectAll = () => fireEvent.click(screen.getByRole('checkbox', { name: 'Select all examples in view' }));

test('a collection that cannot be read says so instead of loading for ever', async () => {
  await setup(0);
  cleanup();
  const base = createLibraryServices({ browser: {} as never, repo: createExampleRepository(db), download: () => undefined, yieldTo: async () => undefined });
  const broken: LibraryServices = { ...base, loadBom: async () => false, saveBom: async () => undefined, loadAll: async () => Promise.reject(new Error('disk I/O error')) };
  render(<LibraryApp services={broken} />);
  expect((await screen.findByRole('alert')).textContent).toContain('The library could not be read: disk I/O error');
});

describe('the library and its exports follow the database', () => {
  test('a save from another page appears at once, and "Export all" holds it', async () => {
    const { elsewhere, exportJson, shown } = await setup(2);
    await shown(2);
    const saved = await elsewhere.add(makeDraft({ quote: 'saved from the popup' }));
    await shown(3);
    // In the list and in the search index (happy-dom lays out no rows: the count and search tell).
    search('popup');
    await screen.findByText('1 of 3 examples');
    expect((await exportJson()).map((r) => r.id)).toContain(saved.id);
  });

  test('an edit or a delete in another tab shows here', async () => {
    const { repo, elsewhere, shown } = await setup(2);
    await shown(2);
    const [a, b] = await repo.list();
    await elsewhere.update(a!.id, { quote: 'edited in another tab' });
    search('edited');
    await screen.findByText('1 of 2 examples');
    search('');
    await elsewhere.remove([b!.id]);
    await shown(1);
  });

  test('"Export all" while the library is still loading holds every stored example', async () => {
    let release!: () => void;
    const { exportJson } = await setup(150, { holdLoading: new Promise<void>((r) => (release = r)) });
    // The true total while the rest loads, not '100 of 100 examples' (what it said for seconds at 100,000).
    await screen.findByText(/^Loading 100 of 150 examples…$/);
    expect(screen.queryByText('100 of 100 examples')).toBeNull();
    const rows = await exportJson();
    expect(rows).toHaveLength(150);
    release();
    await screen.findByText('150 of 150 examples');
  });

  test('a delete made while the library is loading stays deleted once it has loaded', async () => {
    let release!: () => void;
    const { repo, shown, exportJson } = await setup(3, { holdLoading: new Promise<void>((r) => (release = r)) });
    await shown(3);
    selectAll();
    fireEvent.click(screen.getByText('Delete selected'));
    await screen.findByText('Deleted 3 examples.');
    release();
    expect(await screen.findByText('No examples yet')).toBeTruthy();
    expect(await repo.count()).toBe(0);
    expect(await exportJson()).toEqual([]);
  });

  test('Undo clicked twice restores each example once, and the next backup imports', async () => {
    const { repo, shown, exportFile } = await setup(3);
    await shown(3);
    selectAll();
    fireEvent.click(screen.getByText('Delete selected'));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    fireEvent.click(undo);
    fireEvent.click(undo);
    await screen.findByText('Restored.');
    await shown(3);
    expect(await repo.count()).toBe(3);
    const backup = parseImport(await exportFile());
    expect(backup.ok && backup.examples.length).toBe(3);
  });

  test('bulk tagging shows and exports the rows as stored, with the time of the change', async () => {
    const { repo, shown, exportJson } = await setup(2);
    await shown(2);
    selectAll();
    fireEvent.input(screen.getByPlaceholderText('tag'), { target: { value: 'crisis' } });
    fireEvent.click(screen.getByText('Add tag'));
    await screen.findByText('Tagged 2 examples “crisis”.');
    const stored = await repo.list();
    const exported = await exportJson();
    expect(exported.map((r) => [r.id, r.tags, r.updatedAt]).sort()).toEqual(stored.map((r) => [r.id, r.tags, r.updatedAt]).sort());
    expect(stored.every((r) => r.tags.includes('crisis'))).toBe(true);
  });
});

describe('the charts choice', () => {
  test('is kept: charts hidden last time stay hidden, and showing them again is saved', async () => {
    db = openDatabase(`library-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    await repo.add(makeDraft({ quote: 'one example' }));
    const saved: boolean[] = [];
    const base = createLibraryServices({ browser: {} as never, repo, download: () => {}, yieldTo: async () => undefined });
    render(
      <LibraryApp
        services={{ ...base, loadBom: async () => false, saveBom: async () => undefined, loadShowCharts: async () => false, saveShowCharts: async (on) => void saved.push(on) }}
      />,
    );
    fireEvent.click(await screen.findByText('Show charts'));
    await screen.findByText('Hide charts');
    expect(saved).toEqual([true]);
  });
});

describe('an empty library', () => {
  test('says how to save, with the shortcut the browser assigned (none when the user removed it)', async () => {
    db = openDatabase(`library-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    const withKeys = (shortcut: string | undefined) =>
      createLibraryServices({
        browser: { commands: { getAll: async () => [{ name: 'save-selection', shortcut }] } } as never,
        repo,
        download: () => undefined,
        yieldTo: async () => undefined,
      });
    const quiet = (s: LibraryServices): LibraryServices => ({ ...s, loadBom: async () => false, saveBom: async () => undefined });
    render(<LibraryApp services={quiet(withKeys('⌃⇧S'))} />);
    await screen.findByText('No examples yet');
    expect((await screen.findByText('⌃⇧S')).tagName).toBe('KBD');
    cleanup();
    render(<LibraryApp services={quiet(withKeys(''))} />);
    await screen.findByText('No examples yet');
    expect(document.querySelector('.empty-state kbd')).toBeNull();
    expect(document.querySelector('.empty-state')!.textContent).toContain('right-click it');
  });
});
