// @vitest-environment happy-dom
/**
 * The settings page with the real settings store (WXT's fake browser): each change is
 * stored at once, bad input is refused with a message, and the page follows changes
 * made elsewhere, including the language.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { OptionsServices } from '../../../components/options/services';
import { LanguageRoot, browserLanguageSource } from '../../../components/i18n';
import { loadSettings, updateSettings, watchSettings } from '../../../utils/settings';
import { CATEGORIES } from '../../../seeds/lexicon';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function services(over: Partial<OptionsServices> = {}): OptionsServices {
  return {
    loadSettings,
    updateSettings,
    watchSettings,
    estimate: async () => ({ usage: 4_200_000, quota: 60_000_000_000 }),
    persisted: async () => false,
    persist: vi.fn(async () => true),
    countExamples: async () => 1234,
    backup: vi.fn(async () => {
      await updateSettings({ lastBackupAt: Date.UTC(2025, 2, 4, 10, 30) });
      return 'diplolens-2025-03-04.json';
    }),
    shortcuts: async () => [
      { name: 'save-selection', shortcut: 'Alt+Shift+S', description: 'browser text' },
      { name: 'toggle-highlights', shortcut: '', description: 'browser text' },
      { name: 'someone-else', shortcut: 'Ctrl+Q', description: 'Unknown command' },
    ],
    openShortcutSettings: vi.fn(async () => false),
    shortcutSettingsAddress: 'chrome://extensions/shortcuts',
    openLibrary: vi.fn(),
    version: '0.1.0',
    now: () => Date.UTC(2025, 5, 1),
    ...over,
  };
}

const langs = (list: string[]) =>
  browserLanguageSource({ load: loadSettings, watch: watchSettings }, { navigator: { languages: list }, addEventListener() {}, removeEventListener() {} } as unknown as Window);

function renderPage(s = services(), preferred = ['en-GB']) {
  return render(
    <LanguageRoot source={langs(preferred)}>
      <OptionsApp services={s} categories={CATEGORIES.map((c) => c.id)} preferred={preferred} />
    </LanguageRoot>,
  );
}

describe('site rules', () => {
  test('a rule is added by address, changed and removed in place, each change stored at once', async () => {
    renderPage();
    const sites = await screen.findByRole('region', { name: 'Site rules' });
    expect(within(sites).getByText(/No site rules yet/)).toBeTruthy();
    fireEvent.input(within(sites).getByRole('textbox', { name: 'Site' }), { target: { value: 'https://www.mfa.gov.kz/ru/press' } });
    fireEvent.change(within(sites).getByRole('combobox', { name: 'Rule' }), { target: { value: 'off' } });
    fireEvent.click(within(sites).getByRole('button', { name: 'Add rule' }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ 'mfa.gov.kz': 'off' }));
    expect(within(sites).getByRole('rowheader', { name: 'mfa.gov.kz' })).toBeTruthy();
    fireEvent.change(within(sites).getByRole('combobox', { name: 'Rule: mfa.gov.kz' }), { target: { value: 'on' } });
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ 'mfa.gov.kz': 'on' }));
    fireEvent.click(within(sites).getByRole('button', { name: 'Remove the rule for mfa.gov.kz' }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({}));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  test('what is no site address is refused with a message, and nothing is stored', async () => {
    renderPage();
    const sites = await screen.findByRole('region', { name: 'Site rules' });
    const input = within(sites).getByRole('textbox', { name: 'Site' });
    fireEvent.input(input, { target: { value: 'ministry of foreign affairs' } });
    fireEvent.submit(input.closest('form')!);
    expect((await within(sites).findByRole('alert')).textContent).toBe('“ministry of foreign affairs” is not a site address (such as mfa.gov.kz).');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).sites).toEqual({});
  });

  test('a rule chosen in the popup (another window) appears here without a reload', async () => {
    renderPage();
    await screen.findByRole('region', { name: 'Site rules' });
    await updateSettings({ sites: { 'mfa.uz': 'on' } });
    expect(await screen.findByRole('rowheader', { name: 'mfa.uz' })).toBeTruthy();
  });
});

describe('highlighting and categories', () => {
  test('the global switch, every page and a category are stored as switched', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Highlight concepts in pages' }));
    await waitFor(async () => expect((await loadSettings()).highlightOn).toBe(false));
    // 'Every page' means nothing while nothing is highlighted by itself.
    expect((screen.getByRole('checkbox', { name: 'Highlight every page, not only official sources' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Risks' }));
    await waitFor(async () => expect((await loadSettings()).hiddenCategories).toEqual(['risks']));
    expect(screen.getAllByRole('checkbox').filter((c) => CATEGORIES.some((k) => c.getAttribute('aria-describedby') === `category-${k.id}-about`))).toHaveLength(7);
  });
});

describe('data', () => {
  test('says the count, the storage used, that it is not persistent; asks for it; makes a backup and says when', async () => {
    const s = services();
    renderPage(s);
    expect(await screen.findByText('1,234 examples in your library.')).toBeTruthy();
    expect(await screen.findByText('Storage used by DiploLens: 4.2 MB (the browser allows 60 GB).')).toBeTruthy();
    expect(screen.getByText(/Persistent storage is not granted/)).toBeTruthy();
    expect(screen.getByText('No backup made yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText(/Persistent storage is granted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup now' }));
    expect(await screen.findByText('Backup saved as diplolens-2025-03-04.json.')).toBeTruthy();
    expect(await screen.findByText(/^Last backup: Mar 4, 2025/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'CSV files start with a byte-order mark (for Excel)' }));
    await waitFor(async () => expect((await loadSettings()).csvBom).toBe(false));
  });

  test('a failed backup says why', async () => {
    renderPage(services({ backup: async () => Promise.reject(new Error('disk full')) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export a backup now' }));
    expect(await screen.findByText('No backup was made: disk full')).toBeTruthy();
  });
});

describe('shortcuts', () => {
  test('as the browser assigned them, named in the interface language; where to change them when the page cannot be opened', async () => {
    const s = services();
    renderPage(s);
    const region = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(await within(region).findByRole('rowheader', { name: 'Save the selection as an example' })).toBeTruthy();
    expect(within(region).getByText('Alt+Shift+S').tagName).toBe('KBD');
    expect(within(region).getByText('Not set')).toBeTruthy();
    expect(within(region).getByRole('rowheader', { name: 'Unknown command' })).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Change shortcuts' }));
    await waitFor(() => expect(s.openShortcutSettings).toHaveBeenCalled());
    expect((await within(region).findByText('chrome://extensions/shortcuts')).tagName).toBe('CODE');
  });
});

describe('language', () => {
  test('follows the browser by default (Kazakh), and a chosen language re-renders the page at once', async () => {
    renderPage(services(), ['kk-KZ']);
    expect(await screen.findByRole('heading', { name: 'DiploLens баптаулары' })).toBeTruthy();
    const select = (await screen.findByRole('combobox', { name: 'Интерфейс тілі' })) as HTMLSelectElement;
    expect(select.options[0]!.textContent).toBe('Браузердегідей (Қазақша)');
    fireEvent.change(select, { target: { value: 'tr' } });
    expect(await screen.findByRole('heading', { name: 'DiploLens ayarları' })).toBeTruthy();
    expect(screen.getByText('Kitaplığınızda 1.234 örnek var.')).toBeTruthy();
    expect((await loadSettings()).language).toBe('tr');
  });

  test('the corrections list, when given, gets its own section and link', async () => {
    render(
      <OptionsApp services={services()} categories={[]} preferred={['en']} corrections={<p>corrections list</p>} />,
    );
    const region = await screen.findByRole('region', { name: 'Corrections to official sources' });
    expect(within(region).getByText('corrections list')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Corrections to official sources' }).getAttribute('href')).toBe('#corrections');
  });
});
