// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp, type PopupServices } from '../../../components/popup/PopupApp';
import { describeStorageError } from '../../../utils/db/storage-error';
import type { PageStatus } from '../../../utils/messages/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { makeExample as makeSaved } from '../helpers/examples';

afterEach(cleanup);

const status: PageStatus = {
  url: 'https://mfa.uz/en/press/1',
  title: 'Press release',
  detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['mfa.uz is the official website.'], platform: 'web' },
  highlighting: true,
  highlightReason: 'Highlighted because this is an official source.',
  concepts: [{ conceptId: 'soft-power', category: 'goals', count: 2 }],
  quote: {
    quote: 'Soft power matters.',
    prefix: '',
    suffix: '',
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'Soft power matters.' } },
  },
};

function services(over: Partial<PopupServices> = {}): PopupServices {
  return {
    getStatus: async () => ({ ok: true, value: status }),
    setHighlights: async () => ({ ok: true, value: status }),
    nextConcept: async () => ({ ok: true, value: { index: 0, total: 2 } }),
    save: vi.fn(async () => ({ ok: true as const, value: { id: 'new' } })),
    conceptsIn: (t) => (/soft power/i.test(t) ? ['soft-power'] : []),
    concepts: [{ id: 'soft-power', label: 'Soft power' }],
    conceptCategory: () => 'goals',
    functions: [{ id: 'official-positions', label: 'Official positions' }],
    suggestTags: () => [],
    lexiconVersion: 'test',
    countryLabel: () => 'Uzbekistan',
    openLibrary: () => {},
    openSettings: () => {},
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    updateSettings: vi.fn(async (patch) => ({ ...DEFAULT_SETTINGS, ...patch })),
    ...over,
  };
}

describe('the popup', () => {
  test('shows the source, its reasons and the concepts; Enter saves the selection with its concepts', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    expect(await screen.findByText('Foreign ministry source')).toBeTruthy();
    expect(screen.getByText('mfa.uz is the official website.')).toBeTruthy();
    expect(screen.getByText('Uzbekistan')).toBeTruthy();
    const quote = screen.getByRole('textbox', { name: 'Quote' }) as HTMLTextAreaElement;
    expect(quote.value).toBe('Soft power matters.');
    fireEvent.keyDown(quote, { key: 'Enter' });
    await waitFor(() => expect(s.save).toHaveBeenCalled());
    const draft = vi.mocked(s.save).mock.calls[0]![0];
    expect(draft).toMatchObject({ quote: 'Soft power matters.', concepts: ['soft-power'], site: 'mfa.uz', lexiconVersion: 'test' });
    expect(await screen.findByText('Saved to your library.')).toBeTruthy();
  });

  test('Enter in the note starts a new line instead of saving; Ctrl+Enter saves from the note', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    note.dispatchEvent(enter);
    expect(enter.defaultPrevented, 'the browser gets to insert the new line').toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(s.save).not.toHaveBeenCalled();
    expect(note.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(note.getAttribute('aria-describedby')!)?.textContent).toMatch(/Enter starts a new line; (Ctrl|⌘)\+Enter saves\./);
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(s.save).toHaveBeenCalledTimes(1));
  });

  test('the same quote from the same page again: a warning with the saved one to open, and a second copy only when asked', async () => {
    const before = { ...makeSaved(), id: 'saved-1', url: status.url, quote: 'Soft power matters.', createdAt: Date.UTC(2025, 2, 14, 10) };
    const openLibrary = vi.fn();
    const s = services({ savedFrom: async () => [before], openLibrary });
    render(<PopupApp services={s} />);
    expect(await screen.findByText(/^1 example saved from this page/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Save example' }));
    expect(await screen.findByText(/^You saved this quote from this page on /)).toBeTruthy();
    expect(s.save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open the saved one' }));
    expect(openLibrary).toHaveBeenCalledWith({ page: status.url, open: 'saved-1' });
    fireEvent.click(screen.getByRole('button', { name: 'Save a second copy' }));
    await waitFor(() => expect(s.save).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: 'Show in the library' }));
    expect(openLibrary).toHaveBeenLastCalledWith({ page: status.url });
  });

  test('a full disk is reported in words, and the form keeps what was typed', async () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const s = services({ save: vi.fn(async () => ({ ok: false as const, error: describeStorageError(quota) })) });
    render(<PopupApp services={s} />);
    const quote = (await screen.findByRole('textbox', { name: 'Quote' })) as HTMLTextAreaElement;
    fireEvent.click(screen.getByRole('button', { name: 'Save example' }));
    expect(await screen.findByText(/no storage left/)).toBeTruthy();
    expect(quote.value).toBe('Soft power matters.');
  });

  test('a tab DiploLens cannot read says so', async () => {
    render(<PopupApp services={services({ getStatus: async () => ({ ok: false, error: 'Receiving end does not exist.' }) })} />);
    expect(await screen.findByText(/cannot read this tab/)).toBeTruthy();
  });
});

describe('a quote from a post', () => {
  const timeline: PageStatus = {
    ...status,
    url: 'https://x.com/home',
    title: 'Home / X',
    detection: { kind: 'none', subkind: 'none', country: null, confidence: 0.9, reasons: ['This X address does not name an account.'], platform: 'x' },
    quote: {
      ...status.quote!,
      author: 'MFA_Uzbekistan',
      authorName: 'MFA of Uzbekistan',
      detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.97, reasons: ['@MFA_Uzbekistan is the foreign ministry’s account on X.'], platform: 'x' },
    },
  };

  test('on a timeline, the post is judged by its author beside the page, and saved so', async () => {
    const s = services({ getStatus: async () => ({ ok: true, value: timeline }) });
    render(<PopupApp services={s} />);
    const post = await screen.findByRole('region', { name: 'Post source' });
    expect(post.textContent).toContain('The quoted post is by @MFA_Uzbekistan · MFA of Uzbekistan');
    expect(post.textContent).toContain('Foreign ministry source');
    expect(post.textContent).toContain('@MFA_Uzbekistan is the foreign ministry’s account on X.');
    expect(screen.getByRole('region', { name: 'Source' }).textContent).toContain('Not an official source');
    fireEvent.click(screen.getByRole('button', { name: 'Save example' }));
    await waitFor(() => expect(s.save).toHaveBeenCalled());
    expect(vi.mocked(s.save).mock.calls[0]![0]).toMatchObject({ author: 'MFA_Uzbekistan', detection: { kind: 'mfa', country: 'UZ' } });
  });

  test('on the author’s own page, where post and page agree, the judgement is shown once', async () => {
    const own: PageStatus = { ...timeline, detection: timeline.quote!.detection! };
    render(<PopupApp services={services({ getStatus: async () => ({ ok: true, value: own }) })} />);
    await screen.findByRole('region', { name: 'Source' });
    expect(screen.queryByRole('region', { name: 'Post source' })).toBeNull();
  });
});

describe('highlight settings in the popup', () => {
  test('"Always highlight" on this site and "every page" are saved as settings', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const site = (await screen.findByRole('combobox', { name: 'On mfa.uz' })) as HTMLSelectElement;
    fireEvent.change(site, { target: { value: 'off' } });
    await waitFor(() => expect(s.updateSettings).toHaveBeenCalledWith({ sites: { 'mfa.uz': 'off' } }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight on every page' }));
    await waitFor(() => expect(s.updateSettings).toHaveBeenCalledWith({ highlightEverywhere: true }));
  });
});

describe('a full disk is said in words however the error comes wrapped', () => {
  const quota = { name: 'QuotaExceededError', message: 'QuotaExceededError' };
  test.each([
    ['the browser’s own error', quota],
    ['inside a failed transaction (Dexie AbortError)', { name: 'AbortError', message: 'Transaction aborted', inner: quota }],
    ['wrapped twice', { name: 'DatabaseClosedError', message: 'x', inner: { name: 'AbortError', inner: quota } }],
    ['Firefox’s name for it', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
  ])('%s', (_name, error) => {
    expect(describeStorageError(error)).toMatch(/no storage left/);
  });

  test('any other error keeps its own message', () => {
    expect(describeStorageError(new Error('disk I/O error'))).toBe('disk I/O error');
  });
});
