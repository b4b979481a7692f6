import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/classify.ts';
import { memoryIO } from '../../../scripts/cli/io.ts';

function lines(out: string): Record<string, unknown>[] {
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('cli classify', () => {
  it('classifies URLs, with optional TAB title, one JSON object per line', async () => {
    const io = memoryIO('https://mfa.uz/en/press\n\nhttps://www.digital.gov.uz/\tTashqi ishlar vazirligi\nhttps://www.bbc.com/news\tEmbassy of France hosts reception\n');
    expect(await main([], io)).toBe(0);
    const out = lines(io.stdout());
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ url: 'https://mfa.uz/en/press', kind: 'mfa', subkind: 'ministry', country: 'UZ' });
    expect(Object.keys(out[0] ?? {})).toEqual(['url', 'kind', 'subkind', 'country', 'confidence', 'reasons']);
    expect(out[1]).toMatchObject({ kind: 'mfa', country: 'UZ' });
    expect(out[2]).toMatchObject({ kind: 'none' });
  });

  it.each([['not a url'], ['\t'], ['javascript:alert(1)'], ['https://exa mple.com'], ['\u0000\u0001garbage']])('bad line %j yields an error object and exit 1', async (bad) => {
    const io = memoryIO(`https://mfa.uz\n${bad}\nhttps://state.gov\n`);
    expect(await main([], io)).toBe(1);
    const out = lines(io.stdout());
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ line: 2, input: bad });
    expect(typeof out[1]?.error).toBe('string');
    expect(out[2]).toMatchObject({ kind: 'mfa', country: 'US' });
  });

  it('--help prints usage', async () => {
    const io = memoryIO('');
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('usage:');
  });
});
