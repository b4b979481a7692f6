import { describe, expect, it } from 'vitest';
import { evaluate, readTable } from '../../../bench/detect-accuracy.ts';

describe('labelled URL table', () => {
  const rows = readTable();
  const e = evaluate(rows);

  it('is large and balanced enough', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.kind === 'none').length).toBeGreaterThanOrEqual(100);
  });

  it.each(['mfa', 'official'] as const)('%s: precision ≥ 0.97 and recall ≥ 0.95', (k) => {
    expect(e[k].precision).toBeGreaterThanOrEqual(0.97);
    expect(e[k].recall).toBeGreaterThanOrEqual(0.95);
  });

  it('country matches for true positives', () => {
    expect(e.countryMismatches.map(({ row, got }) => `${row.url}: ${row.country} ≠ ${got.country}`)).toEqual([]);
  });
});
