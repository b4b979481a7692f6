// @vitest-environment happy-dom
/**
 * The popup's correction: 'This is an official source…' with kind, subkind and country,
 * 'Not official', and a mark shown as the user's, changed or removed — for the site or
 * account the page is, through the background's client.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CorrectSource } from '../../../components/popup/CorrectSource';
import type { CorrectionClient } from '../../../components/corrections-client';
import type { Correction, CorrectionInput } from '../../../utils/detect/correction';
import { readCorrection } from '../../../utils/detect/correction';
import type { PageStatus } from '../../../utils/messages/protocol';

afterEach(cleanup);

const page = (url: string, detection: Partial<PageStatus['detection']> = {}, signals = {}): PageStatus => ({
  url,
  title: 't',
  detection: { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web', ...detection },
  highlighting: false,
  highlightReason: '',
  concepts: [],
  quote: null,
  source: { url, signals },
});

function fakeClient(initial: Correction[] = []) {
  let rows = [...initial];
  const client: CorrectionClient & { save: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> } = {
    list: async () => ({ ok: true, value: rows }),
    save: vi.fn(async (input: CorrectionInput, replaces?: string) => {
      const r = readCorrection(input, 'correction', 1);
      if (!r.ok) return { ok: false as const, error: r.errors.join('; ') };
      rows = [r.correction, ...rows.filter((c) => c.key !== r.correction.key && c.key !== replaces)];
      return { ok: true as const, value: r.correction };
    }),
    remove: vi.fn(async (key: string) => {
      const old = rows.find((c) => c.key === key) ?? null;
      rows = rows.filter((c) => c.key !== key);
      return { ok: true as const, value: old };
    }),
  };
  return client;
}

describe('the popup corrects the source', () => {
  test("an unknown site marked official: kind, subkind, country, name; the tab's status is read again", async () => {
    const client = fakeClient();
    const onChanged = vi.fn();
    render(<CorrectSource status={page('https://www.example-embassy.org/en/visa')} client={client} onChanged={onChanged} />);
    // Nothing to call 'not official' on a page judged not official.
    expect(screen.queryByRole('button', { name: 'Not official' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'This is an official source…' }));
    const form = screen.getByRole('form', { name: 'Mark the site example-embassy.org as an official source' });
    fireEvent.change(form.querySelector('select[name="subkind"]')!, { target: { value: 'embassy' } });
    fireEvent.change(form.querySelector('select[name="country"]')!, { target: { value: 'UZ' } });
    fireEvent.input(form.querySelector('input[name="label"]')!, { target: { value: ' Embassy of Uzbekistan ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my mark' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(client.save).toHaveBeenCalledWith(
      { target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: 'Embassy of Uzbekistan' },
      undefined,
    );
    expect(await screen.findByText(/You marked the site example-embassy.org: your mark beats/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove my mark' })).toBeTruthy();
  });

  test("a registry account marked 'Not official', then the mark removed", async () => {
    const client = fakeClient();
    const onChanged = vi.fn();
    render(<CorrectSource status={page('https://x.com/MFA_Russia', { kind: 'mfa', subkind: 'ministry', country: 'RU', platform: 'x' })} client={client} onChanged={onChanged} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not official' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(client.save.mock.calls[0]![0]).toEqual({ target: { platform: 'x', handle: 'mfa_russia' }, kind: 'none', subkind: 'none', country: null, label: '' });
    expect(await screen.findByText(/You marked @mfa_russia on X/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove my mark' }));
    await waitFor(() => expect(client.remove).toHaveBeenCalledWith('x:@mfa_russia'));
    expect(await screen.findByText('Your mark is removed: DiploLens’s own judgement is back.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  test("a page under a marked site shows the site's mark, and changing it keeps it the site's", async () => {
    const site = readCorrection({ target: { platform: 'web', host: 'example-embassy.org' }, kind: 'none', subkind: 'none', country: null, label: '' }, 'c', 1);
    const client = fakeClient(site.ok ? [site.correction] : []);
    render(<CorrectSource status={page('https://consular.example-embassy.org/')} client={client} onChanged={() => {}} />);
    expect(await screen.findByText(/You marked the site example-embassy.org/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'This is an official source…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save my mark' }));
    await waitFor(() => expect(client.save).toHaveBeenCalled());
    expect(client.save.mock.calls[0]![0]).toMatchObject({ target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'ministry' });
  });

  test('a page with no site or account to name (a timeline) offers nothing', async () => {
    const { container } = render(<CorrectSource status={page('https://x.com/home', { platform: 'x' })} client={fakeClient()} onChanged={() => {}} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  test('a refusal is said, and nothing changes', async () => {
    const client = fakeClient();
    client.save.mockResolvedValueOnce({ ok: false, error: 'the browser has no storage left for DiploLens.' });
    const onChanged = vi.fn();
    render(<CorrectSource status={page('https://x.com/MFA_KZ', { kind: 'mfa', subkind: 'ministry', country: 'KZ', platform: 'x' })} client={client} onChanged={onChanged} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not official' }));
    expect(await screen.findByText('Not saved: the browser has no storage left for DiploLens.')).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
