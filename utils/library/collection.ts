/**
 * The library's collection, outside any component: the rows in their sort
 * order, the search index over them, and the load that brings them in (the
 * newest first, then the whole collection in slices). Every change after the
 * load has started goes through `commit`, which updates the rows, the index
 * and, while loading, the load journal together.
 *
 * Why a journal: the slices are read from the database while the user edits,
 * deletes, undoes and imports, and while other pages save. A slice may hold a
 * row as it was before such a change, or miss a row added after it was read,
 * so every change made during the load is kept and applied again to what the
 * load finished with: the change wins.
 *
 * Plain TypeScript (no Preact): the page reads it through a thin hook
 * (components/library/useCollection.ts) and tests drive it directly.
 */
import type { Example } from '../model/example';
import { applyChanges, type RowChanges } from './apply-changes';
import { compareBy, createSortedRuns, type Sort } from './filters';
import { createSearchIndex, type Matches } from './search-index';

/** Where the rows come from (the database, in the page: components/library/services.ts). */
export interface CollectionSource {
  /** The newest examples, for the first render. */
  first(limit: number): Promise<Example[]>;
  /** Every example, delivered in slices. */
  loadAll(onSlice: (rows: Example[]) => void): Promise<void>;
  /** How many examples there are (one count of the store), so a long load can say how far it is. */
  count?(): Promise<number>;
}

export interface CollectionState {
  /** Every row loaded so far, in the sort order. */
  readonly rows: Example[];
  readonly sort: Sort;
  /** True until the whole collection is in `rows` (or its load failed). */
  readonly loading: boolean;
  /** Rows read so far while loading (the slices, not yet in `rows`); `total` once counted, else null. */
  readonly loaded: number;
  readonly total: number | null;
  /** Grows with every change to the search index: a search made before it is stale. */
  readonly indexVersion: number;
}

export interface Collection {
  state(): CollectionState;
  /** Calls back after every change of state; returns the unsubscribe. */
  subscribe(listener: (state: CollectionState) => void): () => void;
  /**
   * Loads the newest `firstLimit` rows, then every row. Resolves to the whole
   * collection; rejects if the source fails (the state stops loading, and
   * `whole()` resolves to what there is).
   */
  load(source: CollectionSource): Promise<Example[]>;
  /** The one way rows change: by id, the row as stored now, or null when it was deleted. */
  commit(changes: RowChanges<Example>): void;
  setSort(sort: Sort): void;
  /** The rows a query matches (null when the query is empty: every row). */
  search(query: string): Matches | null;
  /** The whole collection once it is loaded (what was loaded, if the load failed). */
  whole(): Promise<Example[]>;
  /** Stops the load's answers from changing anything (the page is going). */
  close(): void;
}

/** The newest rows shown before the rest have loaded. */
export const FIRST_ROWS = 100;

/** Changes by id: the deleted as null, then the rows as stored. */
export function changesOf(rows: readonly Example[], deleted: readonly string[] = []): Map<string, Example | null> {
  return new Map<string, Example | null>([...deleted.map((id) => [id, null] as const), ...rows.map((r) => [r.id, r] as const)]);
}

/** The rows a search and a filter let through, in their order. */
export function viewOf(rows: readonly Example[], matches: Matches | null, predicate: (e: Example) => boolean): Example[] {
  return rows.filter((r) => (!matches || matches.hasDoc(r)) && predicate(r));
}

export function createCollection(opts: { sort: Sort; firstLimit?: number }): Collection {
  const firstLimit = opts.firstLimit ?? FIRST_ROWS;
  let state: CollectionState = { rows: [], sort: opts.sort, loading: true, indexVersion: 0, loaded: 0, total: null };
  const listeners = new Set<(s: CollectionState) => void>();
  const index = createSearchIndex();
  /** Changes made while loading (see the file's comment); null once loaded. */
  let journal: Map<string, Example | null> | null = new Map();
  let closed = false;
  let resolveWhole: (rows: Example[]) => void = () => {};
  const wholeP = new Promise<Example[]>((r) => (resolveWhole = r));

  function set(next: Partial<CollectionState>): void {
    if (closed) return;
    state = { ...state, ...next };
    for (const l of [...listeners]) l(state);
  }

  function indexChanges(changes: RowChanges<Example>): void {
    for (const [id, next] of changes) {
      if (next) index.add(next);
      else index.remove(id);
    }
  }

  async function run(source: CollectionSource): Promise<Example[]> {
    // The true total, counted beside the first read: '100 of 100 examples' read for seconds while 100,000 loaded.
    source.count?.().then(
      (total) => state.loading && set({ total }),
      () => {},
    );
    const first = await source.first(firstLimit);
    if (closed) return [];
    const sortAtStart = state.sort;
    const cmp = compareBy(sortAtStart);
    set({ rows: applyChanges(first.sort(cmp), journal ?? new Map(), cmp), loaded: first.length });
    // Sorted as the slices come (createSortedRuns), so no task sorts the whole collection.
    const all = createSortedRuns(cmp);
    let read = 0;
    await source.loadAll((slice) => {
      all.add(slice);
      for (const r of slice) index.add(r);
      read += slice.length;
      if (read > state.loaded) set({ loaded: read });
    });
    if (closed) return [];
    const meanwhile = journal ?? new Map<string, Example | null>();
    journal = null;
    // A slice may hold a row as it was before a change made during loading: the change wins.
    indexChanges(meanwhile);
    // Sorted again only if the user chose another order while it loaded.
    const final = state.sort === sortAtStart ? cmp : compareBy(state.sort);
    const rows = applyChanges(final === cmp ? all.result() : all.result().sort(final), meanwhile, final);
    set({ rows, loading: false, indexVersion: state.indexVersion + 1, loaded: rows.length, total: rows.length });
    return rows;
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async load(source) {
      try {
        const rows = await run(source);
        resolveWhole(rows);
        return rows;
      } catch (error) {
        journal = null;
        set({ loading: false });
        resolveWhole(state.rows);
        throw error;
      }
    },
    commit(changes) {
      if (!changes.size) return;
      if (journal) for (const [id, next] of changes) journal.set(id, next);
      indexChanges(changes);
      set({ rows: applyChanges(state.rows, changes, compareBy(state.sort)), indexVersion: state.indexVersion + 1 });
    },
    setSort(sort) {
      set({ sort, rows: [...state.rows].sort(compareBy(sort)) });
    },
    search: (query) => index.search(query),
    whole: () => wholeP,
    close() {
      closed = true;
      listeners.clear();
      resolveWhole([]);
    },
  };
}
