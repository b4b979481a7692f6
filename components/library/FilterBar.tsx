/** Search and filters of the library. Presentational: values in, changes out. */
import type { Filters } from '../../utils/library/filters';

export interface Choice {
  value: string;
  label: string;
  count?: number;
}

export interface FilterBarProps {
  query: string;
  onQuery(q: string): void;
  filters: Filters;
  onFilters(f: Filters): void;
  choices: {
    concept: Choice[];
    category: Choice[];
    tag: Choice[];
    country: Choice[];
    platform: Choice[];
    site: Choice[];
  };
  shown: number;
  total: number;
  searching?: boolean;
}

function Select(props: { label: string; value: string; choices: Choice[]; onChange(v: string): void }) {
  return (
    <label class="filter">
      <span class="filter__label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
            {c.count !== undefined ? ` (${c.count})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar(p: FilterBarProps) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => p.onFilters({ ...p.filters, [k]: v });
  return (
    <section class="filters" aria-label="Search and filters">
      <label class="search">
        <span class="visually-hidden">Search examples</span>
        <input
          type="search"
          placeholder="Search quotes, notes, tags and titles (typos are forgiven)"
          value={p.query}
          onInput={(e) => p.onQuery(e.currentTarget.value)}
        />
      </label>
      <div class="filters__row">
        <Select label="Concept" value={p.filters.concept} choices={p.choices.concept} onChange={(v) => set('concept', v)} />
        <Select label="Category" value={p.filters.category} choices={p.choices.category} onChange={(v) => set('category', v)} />
        <Select label="Tag" value={p.filters.tag} choices={p.choices.tag} onChange={(v) => set('tag', v)} />
        <Select label="Country" value={p.filters.country} choices={p.choices.country} onChange={(v) => set('country', v)} />
        <Select
          label="Source"
          value={p.filters.kind}
          choices={[
            { value: 'mfa', label: 'Foreign ministry' },
            { value: 'government', label: 'Government' },
            { value: 'none', label: 'Not official' },
          ]}
          onChange={(v) => set('kind', v as Filters['kind'])}
        />
        <Select label="Platform" value={p.filters.platform} choices={p.choices.platform} onChange={(v) => set('platform', v)} />
        <Select label="Site" value={p.filters.site} choices={p.choices.site} onChange={(v) => set('site', v)} />
        <label class="filter">
          <span class="filter__label">From</span>
          <input type="date" value={p.filters.from} onChange={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label class="filter">
          <span class="filter__label">To</span>
          <input type="date" value={p.filters.to} onChange={(e) => set('to', e.currentTarget.value)} />
        </label>
      </div>
      <p class="filters__count muted" role="status" aria-live="polite">
        {p.searching ? 'Indexing…' : `${p.shown.toLocaleString()} of ${p.total.toLocaleString()} examples`}
      </p>
    </section>
  );
}
