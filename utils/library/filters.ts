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
    if (!v) continue;
    if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
    else for (const x of v) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Examples per month (UTC 'YYYY-MM'), in calendar order with empty months filled in. */
export function byMonth(rows: readonly Example[]): Array<[string, number]> {
  // Months as integers (year × 12 + month): no date string per row (100,000 rows in a few ms).
  const counts = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  const d = new Date(0);
  for (const e of rows) {
    d.setTime(e.createdAt);
    const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    counts.set(m, (counts.get(m) ?? 0) + 1);
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const out: Array<[string, number]> = [];
  // Cap at 100 years of months, whatever the data says.
  for (let m = lo; m <= hi && out.length < 1200; m++) {
    out.push([`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, counts.get(m) ?? 0]);
  }
  return out;
}
