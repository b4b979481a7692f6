// @vitest-environment happy-dom
/**
 * The library's tag list with the real repository (fake-indexeddb): counts, rename, merge
 * and delete across the collection, refusals in words, and Undo back to exactly what was
 * stored; from the keyboard's point of view (names of fields and buttons, Escape, focus).
 */
import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LibraryApp, type LibraryServices } from '../../../components/library/LibraryApp';
import { createLibraryServices } from '../../../components/library/services';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

async function setup(tags: string[][]) {
  db = openDatabase(`tags-panel-${crypto.randomUUID()}`);
  let t = 1_000_000;
  const repo = createExampleRepository(db, { now: () => (t += 1000) });
  for (const [i, list] of tags.entries()) await repo.add(makeDraft({ quote: `example ${i}`, tags: list }));
  const base = createLibraryServices({ browser: {} as never, repo, download: () => undefined, yieldTo: async () => undefined });
  const s: LibraryServices = { ...base, loadBom: async () => false, saveBom: async () => undefined };
  render(<LibraryApp services={s} />);
  fireEvent.click(await screen.findByText('Hide charts'));
  await screen.findByText(`${tags.length} of ${tags.length} example${tags.length === 1 ? '' : 's'}`);
  fireEvent.click(screen.getByRole('button', { name: 'Tags' }));
  const panel = await screen.findByRole('region', { name: /^Tags/ });
  return { repo, panel };
}

test('the list: every tag with its count, most used first; focus on its heading; Escape closes it and returns to the button', async () => {
  const { panel } = await setup([['forum', 'visa'], ['forum'], ['Forum ']]);
  const names = within(panel).getAllByRole('listitem').map((li) => li.textContent);
  expect(names).toEqual([
    expect.stringMatching(/^#forum2 examples/),
    expect.stringMatching(/^#Forum 1 example/),
    expect.stringMatching(/^#visa1 example/),
  ]);
  expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: /Tags/ }));
  expect(within(panel).getByText(/Spelled alike: “forum” and “Forum ”/)).toBeTruthy();
  fireEvent.keyDown(panel, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('region', { name: /^Tags/ })).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tags' })));
});

test('rename across the collection, then Undo: every example exactly as stored before', async () => {
  const { repo, panel } = await setup([['forum', 'visa'], ['forum'], ['visa']]);
  const before = await repo.list();
  fireEvent.click(within(panel).getByRole('button', { name: 'Rename: forum' }));
  const field = within(panel).getByLabelText('New name for “forum”');
  expect(document.activeElement).toBe(field);
  fireEvent.input(field, { target: { value: '  Tashkent   forum ' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  expect(await screen.findByText('Renamed “forum” to “Tashkent forum” in 2 examples.')).toBeTruthy();
  expect((await repo.list()).map((r) => r.tags)).toEqual([['visa'], ['Tashkent forum'], ['Tashkent forum', 'visa']]);
  // The list counts it (the rows are checked in the browser: tests/e2e/library-tags.e2e.ts).
  expect(within(panel).getAllByRole('listitem')[0]!.textContent).toMatch(/^#Tashkent forum2 examples/);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('Undone: 2 examples are as they were.')).toBeTruthy();
  expect(await repo.list()).toEqual(before);
  await waitFor(() => expect(within(panel).getAllByRole('listitem')[0]!.textContent).toMatch(/^#forum2 examples/));
});

test('a name that cannot be a tag is refused in words and nothing is written', async () => {
  const { repo, panel } = await setup([['forum']]);
  const before = await repo.list();
  fireEvent.click(within(panel).getByRole('button', { name: 'Rename: forum' }));
  const field = within(panel).getByLabelText('New name for “forum”');
  fireEvent.input(field, { target: { value: '   ' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
  expect(within(panel).getByRole('alert').textContent).toBe('A tag cannot be empty.');
  expect(field.getAttribute('aria-invalid')).toBe('true');
  fireEvent.keyDown(field, { key: 'Escape' });
  // Escape cancels the rename only; focus goes back to its button.
  await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Rename: forum' })));
  expect(await repo.list()).toEqual(before);
});

test('merge the spellings of one tag, and delete a tag, each undoable', async () => {
  const { repo, panel } = await setup([['press', 'visa'], ['Press'], ['press release']]);
  const before = await repo.list();
  fireEvent.click(within(panel).getByRole('checkbox', { name: 'Select “press” to merge' }));
  fireEvent.click(within(panel).getByRole('checkbox', { name: 'Select “Press” to merge' }));
  fireEvent.click(within(panel).getByRole('checkbox', { name: 'Select “press release” to merge' }));
  const into = within(panel).getByLabelText('Merge the 3 selected tags into');
  fireEvent.input(into, { target: { value: 'press releases' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Merge' }));
  expect(await screen.findByText('Merged “Press”, “press”, and “press release” into “press releases” in 3 examples.')).toBeTruthy();
  expect(await repo.allTags()).toEqual(['press releases', 'visa']);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Undone: 3 examples are as they were.');
  expect(await repo.list()).toEqual(before);

  fireEvent.click(await within(panel).findByRole('button', { name: 'Delete: visa' }));
  expect(await screen.findByText('Removed the tag “visa” from 1 example.')).toBeTruthy();
  expect(await repo.allTags()).toEqual(['Press', 'press', 'press release']);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Undone: 1 example is as it was.');
  expect(await repo.list()).toEqual(before);
});
