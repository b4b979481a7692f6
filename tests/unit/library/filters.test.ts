import { describe, expect, test } from 'vitest';
import { byMonth, compareBy, facet, makePredicate, NO_FILTERS } from '../../../utils/library/filters';
import { makeExample } from '../helpers/examples';

const cat = (id: string) => ({ 'soft-power': 'goals', 'digital-diplomacy': 'forms' })[id] ?? '';
const rows = [
  makeExample({ id: '1', concepts: ['soft-power'], tags: ['KZ'], createdAt: Date.UTC(2025, 0, 31, 23, 59) }),
  makeExample({
    id: '2',
    concepts: ['digital-diplomacy'],
    tags: [],
    platform: 'x',
    site: 'x.com',
    createdAt: Date.UTC(2025, 2, 1),
    detection: { kind: 'government', subkind: 'government', country: 'KZ', confidence: 0.9, reasons: [], platform: 'x' },
  }),
  makeExample({ id: '3', concepts: [], tags: ['kz'], createdAt: Date.UTC(2025, 2, 15) }),
];

describe('library filters', () => {
  test.each([
    ['concept', { concept: 'soft-power' }, ['1']],
    ['category', { category: 'forms' }, ['2']],
    ['tag, any case', { tag: 'Kz' }, ['1', '3']],
    ['country', { country: 'KZ' }, ['2']],
    ['kind', { kind: 'mfa' as const }, ['1', '3']],
    ['platform', { platform: 'x' }, ['2']],
    ['site', { site: 'mfa.uz' }, ['1', '3']],
    ['from (inclusive, UTC)', { from: '2025-03-01' }, ['2', '3']],
    ['to (inclusive, whole day)', { to: '2025-01-31' }, ['1']],
    ['combined', { tag: 'kz', from: '2025-02-01' }, ['3']],
  ])('%s', (_label, f, expected) => {
    const p = makePredicate({ ...NO_FILTERS, ...f }, cat);
    expect(rows.filter(p).map((r) => r.id)).toEqual(expected);
  });

  test('sorting by date and by country', () => {
    expect([...rows].sort(compareBy({ key: 'createdAt', dir: 'desc' })).map((r) => r.id)).toEqual(['3', '2', '1']);
    expect([...rows].sort(compareBy({ key: 'country', dir: 'asc' })).map((r) => r.id)).toEqual(['2', '3', '1']);
  });

  test('facets count values, most common first', () => {
    expect(facet(rows, (e) => e.detection.country)).toEqual([
      ['UZ', 2],
      ['KZ', 1],
    ]);
  });

  test('months are counted in order, with empty months filled in', () => {
    expect(byMonth(rows)).toEqual([
      ['2025-01', 1],
      ['2025-02', 0],
      ['2025-03', 2],
    ]);
  });
});
