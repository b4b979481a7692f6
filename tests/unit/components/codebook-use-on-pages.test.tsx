// @vitest-environment happy-dom
/**
 * The editor says which codebook pages are highlighted with, lets the user choose another
 * ('Use on pages'), and warns before the one in use is deleted.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { CodebookApp } from '../../../components/codebook/CodebookApp';
import type { CodebookServices } from '../../../components/codebook/services';
import { createCodebookLibrary, memoryCodebookStorage } from '../../../utils/codebook/library';
import { I18nProvider } from '../../../components/i18n';
import { pageTranslator } from '../../../utils/i18n/index';
import { BUILTIN_ID } from '../../../utils/codebook/builtin';

afterEach(cleanup);

function setup(lang: 'en' | 'tr' = 'en') {
  let n = 0;
  const library = createCodebookLibrary({ storage: memoryCodebookStorage(), newId: () => `cb-${++n}`, now: () => Date.UTC(2026, 11, 7) });
  const services: CodebookServices = { library, newId: () => `cb-${++n}`, now: () => Date.UTC(2026, 11, 7), download: vi.fn(), origin: 'DiploLens test' };
  render(
    <I18nProvider value={pageTranslator(lang)}>
      <CodebookApp services={services} libraryUrl="/library.html" />
    </I18nProvider>,
  );
  return { library };
}

const books = () => within(screen.getByRole('complementary', { name: /Codebooks/ })).getAllByRole('listitem');

describe('the codebook used on pages', () => {
  test('the built-in one is used until another is chosen; the chosen one says so, in the list too', async () => {
    const { library } = setup();
    await screen.findByText('✓ Used on pages', { exact: false });
    expect(screen.queryByRole('button', { name: 'Use on pages' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “/);
    // The copy is open: not used on pages yet.
    fireEvent.click(await screen.findByRole('button', { name: 'Use on pages' }));
    await screen.findByText(/is used on pages now: open tabs are highlighted with it\./);
    expect((await library.active()).id).toBe('cb-1');
    expect(screen.getByText('✓ Used on pages', { exact: false })).toBeTruthy();
    const mine = books().find((li) => li.textContent!.includes('(copy)'))!;
    expect(mine.textContent).toContain('used on pages');
    expect(books().find((li) => !li.textContent!.includes('(copy)'))!.textContent).not.toContain('used on pages');
  });

  test('unsaved changes are saved (or discarded) before pages use a codebook', async () => {
    const { library } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “/);
    fireEvent.input(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use on pages' }));
    const ask = await screen.findByRole('alertdialog');
    expect((await library.active()).id).toBe(BUILTIN_ID);
    fireEvent.click(within(ask).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/“Mine” is used on pages now/);
    const active = await library.active();
    expect([active.id, active.name, active.version]).toEqual(['cb-1', 'Mine', '2']);
  });

  test('deleting the codebook in use warns first; afterwards pages use the built-in one', async () => {
    const { library } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “/);
    fireEvent.click(screen.getByRole('button', { name: 'Use on pages' }));
    await screen.findByText(/is used on pages now/);
    fireEvent.click(screen.getByRole('button', { name: /^Delete / }));
    const confirm = screen.getByRole('group', { name: /^Delete / });
    expect(confirm.textContent).toContain('Pages are highlighted with this codebook: after deleting it they use the built-in DiploLens codebook.');
    fireEvent.click(within(confirm).getByRole('button', { name: /Delete/ }));
    await screen.findByText(/Deleted “/);
    expect((await library.active()).id).toBe(BUILTIN_ID);
    expect(books()).toHaveLength(1);
    expect(books()[0]!.textContent).toContain('used on pages');
  });

  test('a codebook not in use is deleted without the warning', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy to edit' }));
    await screen.findByText(/Made “/);
    fireEvent.click(screen.getByRole('button', { name: /^Delete / }));
    expect(screen.getByRole('group', { name: /^Delete / }).textContent).not.toContain('Pages are highlighted with this codebook');
  });

  test('speaks the interface language', async () => {
    setup('tr');
    await screen.findByText('✓ Sayfalarda kullanılıyor', { exact: false });
    expect(screen.getByText(/Okuduğunuz sayfalar bu kod kitabıyla vurgulanır/)).toBeTruthy();
  });
});
