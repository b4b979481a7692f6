/** Search and filters of the library. Presentational: values in, changes out. */
import { useState } from 'preact/hooks';
import type { Filters } from '../../utils/library/filters';
import { useI18n } from '../i18n';

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
  /** While a large library loads: rows read so far of the true total. */
  loading?: { loaded: number; total: number };
}

function Select(props: { label: string; value: string; choices: Choice[]; onChange(v: string): void }) {
  const { t, number } = useI18n();
  return (
    <label class="filter">
      <span class="filter__label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('common.all')}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
            {c.count !== undefined ? ` (${number(c.count)})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar(p: FilterBarProps) {
  const { t } = useI18n();
  // In a narrow window the filters fold behind a button (the table needs the room); wide windows always show them.
  const [open, setOpen] = useState(false);
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => p.onFilters({ ...p.filters, [k]: v });
  const active = Object.values(p.filters).filter(Boolean).length;
  return (
    <section class={`filters ${open ? '' : 'filters--folded'}`} aria-label={t('filters.region')}>
      <div class="filters__search">
        <label class="search">
          <span class="visually-hidden">{t('filters.search')}</span>
          <input
            type="search"
            placeholder={t('filters.placeholder')}
            value={p.query}
            onInput={(e) => p.onQuery(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="button filters__toggle" aria-expanded={open} aria-controls="filters-row" onClick={() => setOpen(!open)}>
          {active ? t('filters.toggleActive', { count: active }) : t('filters.toggle')}
        </button>
      </div>
      <div class="filters__row" id="filters-row">
        <Select label={t('filters.concept')} value={p.filters.concept} choices={p.choices.concept} onChange={(v) => set('concept', v)} />
        <Select label={t('filters.category')} value={p.filters.category} choices={p.choices.category} onChange={(v) => set('category', v)} />
        <Select label={t('filters.tag')} value={p.filters.tag} choices={p.choices.tag} onChange={(v) => set('tag', v)} />
        <Select label={t('filters.country')} value={p.filters.country} choices={p.choices.country} onChange={(v) => set('country', v)} />
        <Select
          label={t('filters.source')}
          value={p.filters.kind}
          choices={[
            { value: 'mfa', label: t('filters.kind.mfa') },
            { value: 'government', label: t('filters.kind.government') },
            { value: 'none', label: t('filters.kind.none') },
          ]}
          onChange={(v) => set('kind', v as Filters['kind'])}
        />
        <Select label={t('filters.platform')} value={p.filters.platform} choices={p.choices.platform} onChange={(v) => set('platform', v)} />
        <Select label={t('filters.site')} value={p.filters.site} choices={p.choices.site} onChange={(v) => set('site', v)} />
        <label class="filter">
          <span class="filter__label">{t('filters.from')}</span>
          <input type="date" value={p.filters.from} onChange={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label class="filter">
          <span class="filter__label">{t('filters.to')}</span>
          <input type="date" value={p.filters.to} onChange={(e) => set('to', e.currentTarget.value)} />
        </label>
      </div>
      {p.filters.page && (
        <p class="filters__page">
          <span class="chip" title={p.filters.page}>
            {t('filters.page', { page: p.filters.page })}
          </span>{' '}
          <button type="button" class="button button--link" onClick={() => set('page', '')}>
            {t('filters.allPages')}
          </button>
        </p>
      )}
      <p class="filters__count muted" role="status" aria-live="polite">
        {p.loading
          ? t('filters.loading', { loaded: p.loading.loaded, count: p.loading.total })
          : p.searching
            ? t('filters.indexing')
            : t('filters.count', { shown: p.shown, count: p.total })}
      </p>
    </section>
  );
}
