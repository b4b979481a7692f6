// @vitest-environment happy-dom
/** The settings page's list of corrections: listed, edited, turned 'not official', removed and restored. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CorrectionsSection } from '../../../components/options/CorrectionsSection';
import type { CorrectionClient } from '../../../components/corrections-client';
import { readCorrection, type Correction, type CorrectionInput } from '../../../utils/detect/correction';

afterEach(cleanup);

const make = (input: CorrectionInput): Correction => {
  const r = readCorrection(input, 'c', 1_765_000_000_000);
  if (!r.ok) throw new Error(r.errors.join());
  return r.correction;
};

function fakeClient(initial: Correction[]) {
  let rows = [...initial];
  return {
    list: vi.fn(async () => ({ ok: true as const, value: rows })),
    save: vi.fn(async (input: CorrectionInput) => {
      const c = make(input);
      rows = [c, ...rows.filter((r) => r.key !== c.key)];
      return { ok: true as const, value: c };
    }),
    remove: vi.fn(async (key: string) => {
      const old = rows.find((r) => r.key === key) ?? null;
      rows = rows.filter((r) => r.key !== key);
      return { ok: true as const, value: old };
    }),
  } satisfies CorrectionClient;
}

describe('corrections in the settings page', () => {
  const site = make({ target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: 'Embassy of Uzbekistan' });
  const account = make({ target: { platform: 'x', handle: 'mfa_russia' }, kind: 'none', subkind: 'none', country: null, label: '' });

  test('lists every mark, in words', async () => {
    render(<CorrectionsSection client={fakeClient([site, account])} />);
    const rowOf = async (name: string) => (await screen.findByRole('rowheader', { name: new RegExp(name) })).closest('tr')!;
    expect((await rowOf('the site example-embassy.org')).textContent).toMatch(/Foreign ministry · embassy · Uzbekistan/);
    expect((await rowOf('@mfa_russia on X')).textContent).toContain('Not official');
  });

  test('an empty list says how to make a mark', async () => {
    render(<CorrectionsSection client={fakeClient([])} />);
    expect(await screen.findByText(/No corrections yet/)).toBeTruthy();
  });

  test('edited in place; turned not official; removed, and restored by Undo', async () => {
    const client = fakeClient([site, account]);
    render(<CorrectionsSection client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit: the site example-embassy.org' }));
    const form = screen.getByRole('form', { name: 'Mark the site example-embassy.org as an official source' });
    fireEvent.change(form.querySelector('select[name="subkind"]')!, { target: { value: 'consulate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my mark' }));
    await waitFor(() => expect(client.save).toHaveBeenCalledWith({ target: site.target, kind: 'mfa', subkind: 'consulate', country: 'UZ', label: 'Embassy of Uzbekistan' }));
    expect(await screen.findByText(/Foreign ministry · consulate · Uzbekistan/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Not official: the site example-embassy.org' }));
    await waitFor(() => expect(client.save).toHaveBeenLastCalledWith({ target: site.target, kind: 'none', subkind: 'none', country: null, label: 'Embassy of Uzbekistan' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove: @mfa_russia on X' }));
    expect(await screen.findByText('Removed your mark for @mfa_russia on X.')).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: /@mfa_russia/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: /@mfa_russia on X/ })).toBeTruthy();
    expect(client.save).toHaveBeenLastCalledWith({ target: account.target, kind: 'none', subkind: 'none', country: null, label: '' });
  });
});
