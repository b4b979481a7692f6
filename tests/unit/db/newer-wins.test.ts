import { describe, expect, test } from 'vitest';
import { newerWins } from '../../../utils/db/newer-wins';

type Row = { id: string; updatedAt: number };
const r = (id: string, updatedAt: number): Row => ({ id, updatedAt });

describe('newerWins: the merge rule of every backup import', () => {
  test.each([
    ['a row not here is added', [r('a', 5)], [undefined], ['a'], 1, 0, 0],
    ['a newer edit replaces the stored row', [r('a', 6)], [r('a', 5)], ['a'], 0, 1, 0],
    ['an older edit leaves the stored row alone', [r('a', 4)], [r('a', 5)], [], 0, 0, 1],
    ['the same edit again changes nothing (importing a backup twice)', [r('a', 5)], [r('a', 5)], [], 0, 0, 1],
    ['mixed, in the backup\'s order', [r('c', 1), r('a', 9), r('b', 1)], [undefined, r('a', 2), r('b', 3)], ['c', 'a'], 1, 1, 1],
  ] as const)('%s', (_name, rows, stored, put, added, updated, unchanged) => {
    const m = newerWins(rows, stored);
    expect(m.put.map((x) => x.id)).toEqual(put);
    expect([m.added, m.updated, m.unchanged]).toEqual([added, updated, unchanged]);
  });
});
