// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { CodebookApp } from '../../../components/codebook/CodebookApp';
import type { CodebookServices } from '../../../components/codebook/services';
import { createCodebookLibrary, memoryCodebookStorage } from '../../../utils/codebook/library';
import { I18nProvider } from '../../../components/i18n';
import { pageTranslator } from '../../../utils/i18n/index';

afterEach(cleanup);

function setup(lang: 'en' | 'ru' = 'en') {
  let n = 0;
  const library = createCodebookLibrary({ storage: memoryCodebookStorage(), newId: () => `cb-${++n}`, now: () => Date.UTC(2026, 11, 7) });
  const download = vi.fn();
  const services: CodebookServices = { library, newId: () => `cb-${++n}`, now: () => Date.UTC(2026, 11, 7), download, origin: 'DiploLens test' };
  render(
    <I18nProvider value={pageTranslator(lang)}>
      <CodebookApp services={services} libraryUrl="/library.html" />
    </I18nProvider>,
  );
  return { library, download };
}

const books = () => within(screen.getByRole('complementary', { name: /Codebooks|Кодовые книги/ })).getAllByRole('listitem');
const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('the codebook editor', () => {
  test('the built-in codebook is read-only; a copy is editable; a concept with an over-broad term is not saved until fixed', async () => {
    const { library } = setup();
    await screen.findByText(/The built-in codebook is read-only/);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “DiploLens: concepts of digital diplomacy \(copy\)”/);
    expect(books()).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Add concept' }));
    const label = await screen.findByRole('textbox', { name: 'Concept name' });
    fireEvent.input(label, { target: { value: 'Vaccine diplomacy' } });
    expect(screen.getByText(/^Id: vaccine-diplomacy\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term in English' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Term 1 in English' }), { target: { value: 'va*' } });
    expect(screen.getAllByText(/"va\*" would match most words/).length).toBeGreaterThan(0);
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/1 error \(not saved until fixed\)/)).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: 'Term 1 in English' }), { target: { value: 'vaccine diplomacy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved as version 2.');
    const saved = (await library.list())[1]!;
    expect(saved.concepts.find((c) => c.id === 'vaccine-diplomacy')!.terms).toEqual({ en: [{ text: 'vaccine diplomacy' }] });
    // Saved: the id no longer follows the label.
    fireEvent.input(screen.getByRole('textbox', { name: 'Concept name' }), { target: { value: 'Vaccines' } });
    expect(screen.getByText(/^Id: vaccine-diplomacy\./)).toBeTruthy();
  });

  test('a broken dictionary is refused with its line and adds nothing; a good one opens', async () => {
    const { library } = setup();
    await screen.findByText(/The built-in codebook is read-only/);
    const input = screen.getByLabelText('Import a codebook or dictionary file');
    fireEvent.change(input, { target: { files: [file('bad.yml', 'economy:\n  - "econom*"\n  - [unclosed\n')] } });
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/Nothing was imported from bad\.yml: .*line \d/));
    expect(await library.list()).toHaveLength(1);

    fireEvent.change(input, { target: { files: [file('regex.yml', 'economy:\n  - "econ.*"\n')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Nothing was imported from regex\.yml: .*line 2/));
    expect(await library.list()).toHaveLength(1);

    // A dictionary names no language: its words are found as written ('export', not 'exports').
    fireEvent.change(input, { target: { files: [file('Trade.dic', '%\n1\ttrade\n%\ntariff*\t1\nexport\t1\n')] } });
    await screen.findByText(/Imported Trade\.dic as “Trade”: 1 concept in 1 category\./);
    expect(books()).toHaveLength(2);
    fireEvent.input(screen.getByRole('textbox', { name: 'Sample text' }), { target: { value: 'New tariffs on exports; export controls.' } });
    await waitFor(() => expect([...document.querySelectorAll('.cb-try mark')].map((m) => m.textContent)).toEqual(['tariffs', 'export']), { timeout: 2000 });
  });

  test('leaving a codebook with unsaved changes asks first; discarding keeps the stored version', async () => {
    const { library } = setup();
    await screen.findByText(/The built-in codebook is read-only/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “/);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Renamed' } });
    fireEvent.click(within(books()[0]!).getAllByRole('button')[0]!);
    await screen.findByText('“Renamed” has unsaved changes. Save them first?');
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    await screen.findByText(/The built-in codebook is read-only/);
    expect((await library.list()).map((c) => c.name)).toEqual(['DiploLens: concepts of digital diplomacy', 'DiploLens: concepts of digital diplomacy (copy)']);
  });

  test('export writes the saved codebook in the chosen format', async () => {
    const { download } = setup();
    await screen.findByText(/The built-in codebook is read-only/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), { target: { value: 'dic' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, blob] = download.mock.calls[0]! as [string, Blob];
    expect(name).toBe('DiploLens concepts of digital diplomacy.dic');
    expect(await blob.text()).toMatch(/^%\r?\n1\t/);
  });

  test('speaks the interface language', async () => {
    setup('ru');
    await screen.findByText(/Встроенную кодовую книгу изменить нельзя/);
    expect(screen.getByRole('button', { name: 'Скопировать для правки' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Категории и понятия' })).toBeTruthy();
  });
});
