/**
 * The library's collection without its page: the load (newest first, then
 * every slice), changes merged by id, the search index, the sort, the filter,
 * and the load journal that keeps a change made during the load from being
 * undone by a slice read before it.
 */
import { describe, expect, test } from 'vitest';
import { changesOf, createCollection, viewOf, type CollectionSource, type CollectionState } from '../../../utils/library/collection';
import { makePredicate, NO_FILTERS, type Sort } from '../../../utils/library/filters';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';

const NEWEST: Sort = { key: 'createdAt', dir: 'desc' };
const OLDEST: Sort = { key: 'createdAt', dir: 'asc' };
const day = (d: number) => Date.UTC(2025, 0, d);

/** Five examples, one a day; only their quotes hold words to search for (the helper's title names a concept, and a concept's label is searchable too, so they have none). */
const plain = { title: 'Press release', note: '', tags: [], concepts: [] };
const rows: Example[] = [1, 2, 3, 4, 5].map((d) =>
  makeExample({ ...plain, id: `e${d}`, quote: `quote of day ${d} ${d === 3 ? 'soft power' : 'digital diplomacy'}`, createdAt: day(d), updatedAt: day(d) }),
);
const ids = (list: readonly Example[]) => list.map((r) => r.id);

/** A database the test steps through: `first` and each slice of `loadAll` answer when released. */
function gatedSource(all: Example[], sliceSize = 2) {
  let releaseFirst!: () => void;
  const firstGate = new Promise<void>((r) => (releaseFirst = r));
  const sliceGates: Array<() => void> = [];
  let sliceAsked!: () => void;
  let asked = new Promise<void>((r) => (sliceAsked = r));
  const source: CollectionSource = {
    first: async (limit) => {
      await firstGate;
      return [...all].sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
    },
    loadAll: async (onSlice) => {
      for (let i = 0; i < all.length; i += sliceSize) {
        await new Promise<void>((r) => {
          sliceGates.push(r);
          sliceAsked();
        });
        asked = new Promise<void>((r) => (sliceAsked = r));
        onSlice(all.slice(i, i + sliceSize));
      }
    },
  };
  return {
    source,
    releaseFirst,
    /** Waits until the load asks for its next slice, then lets it through. */
    async nextSlice() {
      await asked;
      sliceGates.shift()!();
      await Promise.resolve();
    },
  };
}

const plainSource = (all: Example[], sliceSize = 2): CollectionSource => ({
  first: async (limit) => [...all].sort((a, b) => b.createdAt - a.createdAt).slice(0, limit),
  loadAll: async (onSlice) => {
    for (let i = 0; i < all.length; i += sliceSize) onSlice(all.slice(i, i + sliceSize));
  },
});

describe('load', () => {
  test('the newest rows come first, then every row in the sort order, and loading ends', async () => {
    const c = createCollection({ sort: NEWEST, firstLimit: 2 });
    const seen: CollectionState[] = [];
    c.subscribe((s) => seen.push(s));
    expect(c.state()).toMatchObject({ rows: [], loading: true });
    const g = gatedSource(rows);
    const loading = c.load(g.source);
    g.releaseFirst();
    await g.nextSlice();
    expect(ids(c.state().rows)).toEqual(['e5', 'e4']);
    expect(c.state().loading).toBe(true);
    await g.nextSlice();
    await g.nextSlice();
    expect(ids(await loading)).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    expect(c.state()).toMatchObject({ loading: false });
    expect(ids(c.state().rows)).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    expect(ids(await c.whole())).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    // The rows a listener hears change twice: the first rows, then the whole collection; in between, how far the load is.
    const rowChanges = seen.filter((s, i) => i === 0 || s.rows !== seen[i - 1]!.rows);
    expect(rowChanges.map((s) => [s.rows.length, s.loading])).toEqual([
      [2, true],
      [5, false],
    ]);
    expect(seen.map((s) => s.loaded)).toEqual([2, 4, 5, 5]);
  });

  test('while loading, the rows read so far and the true total (counted at once), not the first rows as if they were all', async () => {
    const c = createCollection({ sort: NEWEST, firstLimit: 2 });
    const g = gatedSource(rows);
    const loading = c.load({ ...g.source, count: async () => rows.length });
    g.releaseFirst();
    await g.nextSlice();
    expect(c.state()).toMatchObject({ loading: true, loaded: 2, total: 5 });
    expect(c.state().rows).toHaveLength(2);
    await g.nextSlice();
    expect(c.state()).toMatchObject({ loading: true, loaded: 4, total: 5 });
    await g.nextSlice();
    await loading;
    expect(c.state()).toMatchObject({ loading: false, loaded: 5, total: 5 });
  });

  test('a failed load stops loading, keeps the first rows, and says why', async () => {
    const c = createCollection({ sort: NEWEST, firstLimit: 2 });
    const broken: CollectionSource = { first: plainSource(rows).first, loadAll: async () => Promise.reject(new Error('disk I/O error')) };
    await expect(c.load(broken)).rejects.toThrow('disk I/O error');
    expect(c.state().loading).toBe(false);
    expect(ids(c.state().rows)).toEqual(['e5', 'e4']);
    expect(ids(await c.whole())).toEqual(['e5', 'e4']);
  });

  test('after close, a load that answers late changes nothing and tells no one', async () => {
    const c = createCollection({ sort: NEWEST });
    let heard = 0;
    c.subscribe(() => heard++);
    const g = gatedSource(rows);
    const loading = c.load(g.source);
    c.close();
    g.releaseFirst();
    expect(await loading).toEqual([]);
    expect(heard).toBe(0);
    expect(c.state().rows).toEqual([]);
  });
});

describe('merging changes', () => {
  test('an edit replaces its row where it stands, a new row goes to its place in the order, a deletion removes it', async () => {
    const c = createCollection({ sort: NEWEST });
    await c.load(plainSource(rows));
    const edited = { ...rows[1]!, note: 'edited', updatedAt: day(20) };
    const added = makeExample({ id: 'e35', createdAt: day(3) + 1, quote: 'new' });
    c.commit(changesOf([edited, added], ['e4']));
    expect(ids(c.state().rows)).toEqual(['e5', 'e35', 'e3', 'e2', 'e1']);
    expect(c.state().rows.find((r) => r.id === 'e2')?.note).toBe('edited');
  });

  test('an empty change set changes nothing (no new state, no new index version)', async () => {
    const c = createCollection({ sort: NEWEST });
    await c.load(plainSource(rows));
    const before = c.state();
    c.commit(new Map());
    expect(c.state()).toBe(before);
  });

  test('the load journal: changes made while loading win over slices read before them', async () => {
    const c = createCollection({ sort: NEWEST, firstLimit: 1 });
    const g = gatedSource(rows);
    const loading = c.load(g.source);
    // Before even the first rows came: a row saved in the popup.
    const saved = makeExample({ ...plain, id: 'popup', createdAt: day(9), quote: 'saved meanwhile' });
    c.commit(changesOf([saved]));
    g.releaseFirst();
    await g.nextSlice(); // e1, e2 as they were read
    // Then the user edits e1 (already read), deletes e2 (already read) and e4 (not read yet).
    const e1 = { ...rows[0]!, note: 'edited while loading' };
    c.commit(changesOf([e1], ['e2', 'e4']));
    expect(ids(c.state().rows)).toEqual(['popup', 'e5', 'e1']);
    await g.nextSlice(); // e3, e4: e4 as it was before its deletion
    await g.nextSlice(); // e5
    const all = await loading;
    expect(ids(all)).toEqual(['popup', 'e5', 'e3', 'e1']);
    expect(all.find((r) => r.id === 'e1')?.note).toBe('edited while loading');
    // The index agrees: the deleted row is not found, the edited one is found by its new text.
    expect(c.search('soft power')?.has('e3')).toBe(true);
    expect(c.search('digital')?.has('e4')).toBe(false);
    expect(c.search('meanwhile')?.has('popup')).toBe(true);
    // Once loaded, the journal is gone: a change is merged at once, and once.
    c.commit(changesOf([], ['e3']));
    expect(ids(c.state().rows)).toEqual(['popup', 'e5', 'e1']);
  });
});

describe('index', () => {
  test('every loaded and committed row is searchable, a deleted one no longer; each change bumps the index version', async () => {
    const c = createCollection({ sort: NEWEST });
    await c.load(plainSource(rows));
    const v0 = c.state().indexVersion;
    expect(c.search('')).toBeNull();
    expect([...['e1', 'e2', 'e3', 'e4', 'e5']].filter((id) => c.search('diplomacy')!.has(id))).toEqual(['e1', 'e2', 'e4', 'e5']);
    c.commit(changesOf([{ ...rows[0]!, quote: 'nation branding now' }], ['e5']));
    expect(c.state().indexVersion).toBe(v0 + 1);
    expect(c.search('branding')!.has('e1')).toBe(true);
    expect(c.search('diplomacy')!.has('e1')).toBe(false);
    expect(c.search('diplomacy')!.has('e5')).toBe(false);
  });
});

describe('sort', () => {
  test('a new order sorts the rows, and later changes are merged in that order', async () => {
    const c = createCollection({ sort: NEWEST });
    await c.load(plainSource(rows));
    c.setSort(OLDEST);
    expect(c.state().sort).toEqual(OLDEST);
    expect(ids(c.state().rows)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    c.commit(changesOf([makeExample({ id: 'e25', createdAt: day(2) + 1 })]));
    expect(ids(c.state().rows)).toEqual(['e1', 'e2', 'e25', 'e3', 'e4', 'e5']);
  });

  test('an order chosen while loading is the order the load ends in', async () => {
    const c = createCollection({ sort: NEWEST, firstLimit: 2 });
    const g = gatedSource(rows);
    const loading = c.load(g.source);
    g.releaseFirst();
    await g.nextSlice();
    c.setSort(OLDEST);
    expect(ids(c.state().rows)).toEqual(['e4', 'e5']);
    await g.nextSlice();
    await g.nextSlice();
    expect(ids(await loading)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });
});

describe('filter', () => {
  test('the view is the rows the search and the filters both let through, in their order', async () => {
    const c = createCollection({ sort: NEWEST });
    const mixed = [...rows, makeExample({ ...plain, id: 'kz', quote: 'digital diplomacy of Kazakhstan', createdAt: day(6), detection: { ...rows[0]!.detection, country: 'KZ' } })];
    await c.load(plainSource(mixed));
    const all = makePredicate(NO_FILTERS, () => '');
    expect(ids(viewOf(c.state().rows, c.search(''), all))).toEqual(['kz', 'e5', 'e4', 'e3', 'e2', 'e1']);
    expect(ids(viewOf(c.state().rows, c.search('diplomacy'), all))).toEqual(['kz', 'e5', 'e4', 'e2', 'e1']);
    const kz = makePredicate({ ...NO_FILTERS, country: 'KZ' }, () => '');
    expect(ids(viewOf(c.state().rows, c.search('diplomacy'), kz))).toEqual(['kz']);
    expect(ids(viewOf(c.state().rows, c.search('soft'), kz))).toEqual([]);
  });
});
