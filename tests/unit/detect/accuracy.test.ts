import { describe, expect, it } from 'vitest';
import { evaluate, readTable, SNAPSHOT_TABLE_PATH } from '../../../bench/detect-accuracy.ts';

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

describe('social URLs drawn from the Govdirectory snapshot', () => {
  const rows = readTable(SNAPSHOT_TABLE_PATH);
  const e = evaluate(rows);

  it('covers every platform and has negatives', () => {
    const platforms = new Set(rows.filter((r) => r.kind !== 'none').map((r) => r.note.split(' ')[0]));
    expect(platforms.size).toBeGreaterThanOrEqual(14);
    expect(rows.filter((r) => r.kind === 'none').length).toBeGreaterThanOrEqual(50);
  });

  it('no negative (accounts of state companies, funds, universities) is called official', () => {
    expect(e.official.fp).toBe(0);
    expect(e.mfa.fp).toBe(0);
  });

  it.each(['mfa', 'official'] as const)('%s: recall ≥ 0.98 through URL parsing and look-up', (k) => {
    expect(e[k].recall).toBeGreaterThanOrEqual(0.98);
  });

  it('country matches for true positives', () => {
    expect(e.countryMismatches.map(({ row, got }) => `${row.url}: ${row.country} ≠ ${got.country}`)).toEqual([]);
  });
});
