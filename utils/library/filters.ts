/** The library's filters and sorting, as pure functions over examples. */
import type { Example } from '../db/types';

export interface Filters {
  concept: string;
  category: string;
  tag: string;
  country: string;
  kind: '' | 'mfa' | 'government' | 'none';
  platform: string;
  site: string;
  /** Inclusive dates, 'YYYY-MM-DD' (UTC), '' for open. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = {
  concept: '',
  category: '',
  tag: '',
  country: '',
  kind: '',
  platform: '',
  site: '',
  from: '',
  to: '',
};

export type SortKey = 'createdAt' | 'updatedAt' | 'country' | 'site' | 'quote';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const DAY = 86_400_000;

export function isFiltered(f: Filters): boolean {
  return Object.values(f).some(Boolean);
}

export function makePredicate(f: Filters, categoryOf: (conceptId: string) => string): (e: Example) => boolean {
  const from = f.from ? Date.parse(`${f.from}T00:00:00Z`) : -Infinity;
  const to = f.to ? Date.parse(`${f.to}T00:00:00Z`) + DAY : Infinity;
  const tag = f.tag.toLocaleLowerCase();
  return (e) =>
    (!f.concept || e.concepts.includes(f.concept)) &&
    (!f.category || e.concepts.some((c) => categoryOf(c) === f.category)) &&
    (!tag || e.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
    (!f.country || e.detection.country === f.country) &&
    (!f.kind || e.detection.kind === f.kind) &&
    (!f.platform || e.platform === f.platform) &&
    (!f.site || e.site === f.site) &&
    e.createdAt >= from &&
    e.createdAt < to;
}

export function compareBy(sort: Sort): (a: Example, b: Example) => number {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  switch (sort.key) {
    case 'createdAt':
      return (a, b) => dir * (a.createdAt - b.createdAt);
    case 'updatedAt':
      return (a, b) => dir * (a.updatedAt - b.updatedAt);
    case 'country':
      return (a, b) => dir * collator.compare(a.detection.country ?? '', b.detection.country ?? '') || b.createdAt - a.createdAt;
    case 'site':
      return (a, b) => dir * collator.compare(a.site, b.site) || b.createdAt - a.createdAt;
    case 'quote':
      return (a, b) => dir * collator.compare(a.quote, b.quote);
  }
}

/** Distinct values with counts, most common first: the choices each filter offers. */
export function facet<T extends string>(rows: readonly Example[], pick: (e: Example) => T | T[] | null | undefined): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const e of rows) {
    const v = pick(e);
    if (v === null || v === undefined || v === '') continue;
    for (const x of Array.isArray(v) ? v : [v]) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Examples per month (UTC 'YYYY-MM'), in calendar order with empty months filled in. */
export function byMonth(rows: readonly Example[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of rows) {
    const m = new Date(e.createdAt).toISOString().slice(0, 7);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const out: Array<[string, number]> = [];
  let [y, mo] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push([key, counts.get(key) ?? 0]);
    if (key === last) break;
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}
