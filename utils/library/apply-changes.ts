/**
 * The library's list after changes by id: an edit replaces its row where it
 * stands (a row being edited does not jump away under the pointer), a deletion
 * removes it, a row not in the list yet (a restore, an import, a save from
 * another page) is merged in at its place in the sort order. Pure, and linear
 * in the list: it runs on 100,000 rows.
 */
import { mergeSorted } from './filters';

export type RowChanges<T> = ReadonlyMap<string, T | null>;

export function applyChanges<T extends { id: string }>(rows: readonly T[], changes: RowChanges<T>, cmp: (a: T, b: T) => number): T[] {
  if (changes.size === 0) return rows as T[];
  const kept: T[] = [];
  const placed = new Set<string>();
  for (const r of rows) {
    // A list never holds one id twice, even if it was handed one.
    if (placed.has(r.id)) continue;
    placed.add(r.id);
    if (!changes.has(r.id)) kept.push(r);
    else {
      const next = changes.get(r.id);
      if (next) kept.push(next);
    }
  }
  const added: T[] = [];
  for (const [id, next] of changes) if (next && !placed.has(id)) added.push(next);
  return added.length ? mergeSorted(kept, added.sort(cmp), cmp) : kept;
}
