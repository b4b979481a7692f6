import { describe, expect, test } from 'vitest';
import { byMonth, compareBy, facet, createSortedRuns, facetsSliced, makePredicate, mergeSorted, NO_FILTERS } from '../../../utils/library/filters';
import { makeExample } from '../helpers/examples';

const cat = (id: string) => ({ 'soft-power': 'goals', 'digital-diplomacy': 'forms' })[id] ?? '';
const rows = [
  makeExample({ id: '1', concepts: ['soft-power'], tags: ['KZ'], createdAt: Date.UTC(2025, 0, 31, 23, 59) }),
  makeExample({
    id: '2',
    concepts: ['digital-diplomacy'],
    tags: [],
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

describe('facets counted in slices (a large library stays responsive)', () => {
  const many = Array.from({ length: 2500 }, (_, i) =>
    makeExample({ id: String(i), concepts: i % 3 ? ['soft-power'] : ['soft-power', 'digital-diplomacy'], tags: i % 7 ? [] : ['kz'], site: i % 2 ? 'mfa.uz' : 'x.com' }),
  );
  const picks = { concept: (e: (typeof many)[0]) => e.concepts, tag: (e: (typeof many)[0]) => e.tags, site: (e: (typeof many)[0]) => e.site };

  test('the same counts, in the same order, as facet() one at a time', async () => {
    let yields = 0;
    const f = await facetsSliced(many, picks, { yieldTo: async () => void yields++, sliceRows: 500 });
    expect(f).toEqual({ concept: facet(many, picks.concept), tag: facet(many, picks.tag), site: facet(many, picks.site) });
    expect(yields).toBe(4); // 5 slices of 500
  });

  test('rows that change meanwhile abort the count: no stale result', async () => {
    const ac = new AbortController();
    const f = await facetsSliced(many, picks, { yieldTo: async () => ac.abort(), signal: ac.signal, sliceRows: 500 });
    expect(f).toBeNull();
  });
});

describe('merging loaded slices', () => {
  test.each([100, 37, 1, 5000])('slices of %i added as they come give the same order as sorting everything at once', (size) => {
    const many = Array.from({ length: 1234 }, (_, i) => makeExample({ id: String(i), createdAt: Date.UTC(2025, 0, 1) + ((i * 7919) % 1000) * 3600_000 }));
    const cmp = compareBy({ key: 'createdAt', dir: 'desc' });
    const runs = createSortedRuns(cmp);
    for (let i = 0; i < many.length; i += size) runs.add(many.slice(i, i + size));
    expect(runs.result().map((r) => r.id)).toEqual([...many].sort(cmp).map((r) => r.id));
  });

  test('adding a slice leaves the caller\'s array as it was', () => {
    const slice = [3, 1, 2];
    const runs = createSortedRuns((a: number, b: number) => a - b);
    runs.add(slice);
    expect(slice).toEqual([3, 1, 2]);
    expect(runs.result()).toEqual([1, 2, 3]);
  });

  test('stable: among equals, the rows already there come first', () => {
    const cmp = (x: number[], y: number[]) => x[0]! - y[0]!;
    expect(mergeSorted([[1, 0], [2, 0]], [[1, 1], [3, 1]], cmp)).toEqual([[1, 0], [1, 1], [2, 0], [3, 1]]);
  });
});
