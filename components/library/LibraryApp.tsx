/**
 * The library page (connected): every saved example, searchable, filterable,
 * editable in place, with counts as charts, bulk tagging, delete with undo,
 * exports and imports. The newest examples render first; the rest load in
 * slices while the page stays responsive.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Example, ExamplePatch } from '../../utils/db/types';
import { compareBy, createSortedRuns, facetsSliced, makePredicate, NO_FILTERS, byMonth, type Filters, type Sort } from '../../utils/library/filters';
import { createSearchIndex, type SearchIndex } from '../../utils/library/search-index';
import { createTagSuggester } from '../../utils/tag-suggest';
import type { Option } from '../ExampleForm';
import { BarChart } from './BarChart';
import { BulkBar } from './BulkBar';
import { ExampleEditor } from './ExampleEditor';
import { ExampleTable } from './ExampleTable';
import { FilterBar, type FilterBarProps } from './FilterBar';
import { Toast, type ToastProps } from './Toast';
import { ExportMenu, type ExportKind } from './ExportMenu';

export interface LibraryServices {
  /** The newest examples, for the first render. */
  first(limit: number): Promise<Example[]>;
  /** Every example, delivered in slices. */
  loadAll(onSlice: (rows: Example[]) => void): Promise<void>;
  update(id: string, patch: ExamplePatch): Promise<Example | undefined>;
  remove(ids: string[]): Promise<Example[]>;
  restore(rows: Example[]): Promise<void>;
  retag(ids: string[], add: string[], remove: string[]): Promise<number>;
  /** Exports rows in a format and starts the download; resolves to the file name. */
  exportRows(kind: ExportKind, rows: Example[], options: { bom: boolean }): Promise<string>;
  /** The export preference kept in settings. */
  loadBom(): Promise<boolean>;
  saveBom(on: boolean): Promise<void>;
  /** Reads and imports a file; resolves to a summary or rejects with a readable message. */
  importFile(file: File): Promise<{ added: number; updated: number; unchanged: number; warnings: string[]; rows: Example[] }>;
  /** Opens the example's page and looks for its quote there. */
  open(example: Example): Promise<{ found: boolean; error?: string }>;
  concepts: Option[];
  functions: Option[];
  categories: Option[];
  conceptLabel(id: string): string;
  functionLabel(id: string): string;
  categoryOf(id: string): string;
  countryLabel(code: string | null): string | undefined;
  now(): Date;
  /** Lets the page handle input and paint between slices of long work. */
  yieldTo(): Promise<void>;
}

/** Keystrokes closer than this are one search (the index answers in a few ms; this saves re-renders). */
const SEARCH_DEBOUNCE_MS = 60;
/** Pause before recounting choices and charts over a large collection. */
const DEFER_MS = 400;
const EMPTY_CHOICES = { concept: [], category: [], tag: [], country: [], platform: [], site: [] };

export function LibraryApp({ services: s }: { services: LibraryServices }) {
  const [rows, setRows] = useState<Example[]>([]);
  const [loading, setLoading] = useState(true);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'createdAt', dir: 'desc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  const [showCharts, setShowCharts] = useState(true);
  const [indexVersion, setIndexVersion] = useState(0);
  const [bom, setBom] = useState(true);
  useEffect(() => {
    void s.loadBom().then(setBom);
  }, [s]);
  const index = useRef<SearchIndex>(createSearchIndex());
  const lastClicked = useRef<string | null>(null);

  const byId = (list: Example[]) => new Map(list.map((r) => [r.id, r]));

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const first = await s.first(100);
      if (cancelled) return;
      const cmp = compareBy(sort);
      setRows(first.sort(cmp));
      // Sorted as the slices come (createSortedRuns), so no task sorts the whole collection.
      const all = createSortedRuns(cmp);
      await s.loadAll((slice) => {
        all.add(slice);
        for (const r of slice) index.current.add(r);
      });
      if (cancelled) return;
      setRows(all.result());
      setIndexVersion((v) => v + 1);
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [s]);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [query]);

  const matches = useMemo(() => index.current.search(debounced), [debounced, indexVersion]);
  const predicate = useMemo(() => makePredicate(filters, s.categoryOf), [filters, s]);
  const view = useMemo(
    () => rows.filter((r) => (!matches || matches.hasDoc(r)) && predicate(r)),
    [rows, matches, predicate],
  );

  // Filter choices and charts count every row: at 100,000 examples that is a few
  // hundred ms, so they follow the data after a pause instead of on every keystroke,
  // and are counted in slices (facetsSliced) so the page never freezes meanwhile.
  const [choices, setChoices] = useState<FilterBarProps['choices']>(EMPTY_CHOICES);
  useEffect(() => {
    const ac = new AbortController();
    const t = setTimeout(
      () =>
        void facetsSliced(
          rows,
          { concept: (e) => e.concepts, tag: (e) => e.tags, country: (e) => e.detection.country, platform: (e) => e.platform, site: (e) => e.site },
          { yieldTo: s.yieldTo, signal: ac.signal },
        ).then((f) => {
          if (!f) return;
          setChoices({
            concept: f.concept.map(([v, count]) => ({ value: v, label: s.conceptLabel(v), count })),
            category: s.categories.map((c) => ({ value: c.id, label: c.label })),
            tag: f.tag.map(([v, count]) => ({ value: v, label: v, count })),
            country: f.country.map(([v, count]) => ({ value: v, label: s.countryLabel(v) ?? v, count })),
            platform: f.platform.map(([v, count]) => ({ value: v, label: v, count })),
            site: f.site.map(([v, count]) => ({ value: v, label: v, count })),
          });
        }),
      rows.length > 5000 ? DEFER_MS : 0,
    );
    return () => {
      clearTimeout(t);
      ac.abort();
    };
  }, [rows, s]);

  const [charts, setCharts] = useState<{ concept: Array<[string, number]>; country: Array<[string, number]>; month: Array<[string, number]> }>(
    { concept: [], country: [], month: [] },
  );
  useEffect(() => {
    if (!showCharts) return;
    const ac = new AbortController();
    const t = setTimeout(
      () =>
        void facetsSliced(view, { concept: (e) => e.concepts, country: (e) => e.detection.country }, { yieldTo: s.yieldTo, signal: ac.signal }).then(
          (f) => {
            if (!f) return;
            setCharts({
              concept: f.concept.slice(0, 12).map(([k, v]) => [s.conceptLabel(k), v] as [string, number]),
              country: f.country.slice(0, 12).map(([k, v]) => [s.countryLabel(k) ?? k, v] as [string, number]),
              month: byMonth(view),
            });
          },
        ),
      view.length > 5000 ? DEFER_MS : 0,
    );
    return () => {
      clearTimeout(t);
      ac.abort();
    };
  }, [view, s, showCharts]);

  const suggestTags = useMemo(
    () => createTagSuggester(choices.tag.map((c) => c.value), s.concepts.map((c) => c.label)),
    [choices.tag, s],
  );

  const replaceRows = (changed: Example[]) => {
    const m = byId(changed);
    setRows((old) => old.map((r) => m.get(r.id) ?? r));
    for (const r of changed) index.current.add(r);
    setIndexVersion((v) => v + 1);
  };

  const onEdit = async (id: string, patch: ExamplePatch) => {
    try {
      const updated = await s.update(id, patch);
      if (updated) replaceRows([updated]);
    } catch (error) {
      setToast({ kind: 'error', text: `Not saved: ${String(error)}` });
    }
  };

  const onDelete = async (ids: string[]) => {
    const removed = await s.remove(ids);
    const gone = new Set(ids);
    setRows((old) => old.filter((r) => !gone.has(r.id)));
    for (const id of ids) index.current.remove(id);
    setIndexVersion((v) => v + 1);
    setSelected(new Set());
    if (activeId && gone.has(activeId)) setActiveId(null);
    setToast({
      text: `Deleted ${removed.length.toLocaleString()} example${removed.length === 1 ? '' : 's'}.`,
      action: {
        label: 'Undo',
        run: () => {
          void s.restore(removed).then(() => {
            setRows((old) => [...old, ...removed].sort(compareBy(sort)));
            for (const r of removed) index.current.add(r);
            setIndexVersion((v) => v + 1);
            setToast({ text: 'Restored.' });
          });
        },
      },
    });
  };

  const onRetag = async (tag: string, add: boolean) => {
    const ids = [...selected];
    await s.retag(ids, add ? [tag] : [], add ? [] : [tag]);
    const m = byId(rows);
    const changed: Example[] = [];
    for (const id of ids) {
      const r = m.get(id);
      if (!r) continue;
      const lower = tag.toLocaleLowerCase();
      const tags = add
        ? r.tags.some((t) => t.toLocaleLowerCase() === lower)
          ? r.tags
          : [...r.tags, tag]
        : r.tags.filter((t) => t.toLocaleLowerCase() !== lower);
      changed.push({ ...r, tags });
    }
    replaceRows(changed);
    setToast({ text: `${add ? 'Tagged' : 'Untagged'} ${ids.length.toLocaleString()} example${ids.length === 1 ? '' : 's'} '${tag}'.` });
  };

  const onOpen = async (id: string) => {
    const e = rows.find((r) => r.id === id);
    if (!e) return;
    const r = await s.open(e);
    if (r.error) setToast({ kind: 'error', text: r.error });
    const notFoundAt = r.found ? undefined : s.now().toISOString();
    if ((e.notFoundAt ?? undefined) !== notFoundAt && !r.error) {
      const updated = await s.update(id, { notFoundAt });
      if (updated) replaceRows([updated]);
    }
    if (!r.found && !r.error) setToast({ kind: 'error', text: 'The quote is no longer on that page. It is kept here as evidence and marked “not found”.' });
  };

  const onExport = async (kind: ExportKind, scope: 'all' | 'view' | 'selected') => {
    const list = scope === 'all' ? rows : scope === 'view' ? view : rows.filter((r) => selected.has(r.id));
    try {
      const name = await s.exportRows(kind, list, { bom });
      setToast({ text: `Exported ${kind === 'codebook' ? 'the codebook' : `${list.length.toLocaleString()} examples`} to ${name}.` });
    } catch (error) {
      setToast({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onImport = async (file: File) => {
    try {
      const r = await s.importFile(file);
      const m = byId(r.rows);
      setRows((old) => {
        const kept = old.filter((x) => !m.has(x.id));
        return [...kept, ...r.rows].sort(compareBy(sort));
      });
      for (const x of r.rows) index.current.add(x);
      setIndexVersion((v) => v + 1);
      const warn = r.warnings.length ? ` ${r.warnings.length} warning(s): ${r.warnings.slice(0, 3).join(' ')}` : '';
      setToast({ text: `Imported ${file.name}: ${r.added} new, ${r.updated} updated, ${r.unchanged} unchanged.${warn}` });
    } catch (error) {
      setToast({ kind: 'error', text: `Nothing was imported from ${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const toggle = (id: string, shift: boolean) => {
    setSelected((old) => {
      const next = new Set(old);
      if (shift && lastClicked.current) {
        const a = view.findIndex((r) => r.id === lastClicked.current);
        const b = view.findIndex((r) => r.id === id);
        if (a >= 0 && b >= 0) {
          for (let i = Math.min(a, b); i <= Math.max(a, b); i++) next.add(view[i]!.id);
          return next;
        }
      }
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    lastClicked.current = id;
  };

  const active = activeId ? rows.find((r) => r.id === activeId) : undefined;

  return (
    <main class={`library ${active ? 'library--editing' : ''}`}>
      <header class="library__header">
        <h1 class="brand">DiploLens library</h1>
        <div class="library__actions">
          <label class="sort">
            <span class="filter__label">Sort</span>
            <select
              aria-label="Sort by"
              value={`${sort.key}:${sort.dir}`}
              onChange={(e) => {
                const [key, dir] = e.currentTarget.value.split(':') as [Sort['key'], Sort['dir']];
                const next = { key, dir };
                setSort(next);
                setRows((old) => [...old].sort(compareBy(next)));
              }}
            >
              <option value="createdAt:desc">Newest first</option>
              <option value="createdAt:asc">Oldest first</option>
              <option value="updatedAt:desc">Recently edited</option>
              <option value="country:asc">Country</option>
              <option value="site:asc">Site</option>
              <option value="quote:asc">Quote (A–Z)</option>
            </select>
          </label>
          <button type="button" class="button" aria-pressed={showCharts} onClick={() => setShowCharts(!showCharts)}>
            {showCharts ? 'Hide charts' : 'Show charts'}
          </button>
          <ExportMenu
            onExport={onExport}
            hasSelection={selected.size > 0}
            filtered={view.length !== rows.length}
            bom={bom}
            onBom={(on) => {
              setBom(on);
              void s.saveBom(on);
            }}
          />
          <label class="button import-button">
            Import
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              aria-label="Import a DiploLens JSON file"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void onImport(f);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </header>

      <FilterBar
        query={query}
        onQuery={setQuery}
        filters={filters}
        onFilters={setFilters}
        choices={choices}
        shown={view.length}
        total={rows.length}
        searching={loading && !!debounced}
      />

      {showCharts && rows.length > 0 && (
        <section class="charts" aria-label="Counts">
          <BarChart title="By concept" data={charts.concept} horizontal color="#7c3aed" />
          <BarChart title="By country" data={charts.country} horizontal color="#1d4ed8" />
          <BarChart title="By month" data={charts.month} color="#047857" />
        </section>
      )}

      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onAddTag={(t) => void onRetag(t, true)}
          onRemoveTag={(t) => void onRetag(t, false)}
          onDelete={() => void onDelete([...selected])}
          onClear={() => setSelected(new Set())}
        />
      )}

      <div class="library__main">
        {rows.length === 0 && !loading ? (
          <div class="empty-state">
            <h2>No examples yet</h2>
            <p>
              Select a passage on a page and press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>, right-click it and choose
              <em> Save selection to DiploLens</em>, or use the toolbar popup. Pointing at a highlighted concept offers
              <em> Save as example</em> too.
            </p>
          </div>
        ) : (
          <ExampleTable
            rows={view}
            selected={selected}
            activeId={activeId}
            onToggle={toggle}
            onToggleAll={() =>
              setSelected((old) => (view.every((r) => old.has(r.id)) ? new Set() : new Set(view.map((r) => r.id))))
            }
            onOpen={(id) => void onOpen(id)}
            onActivate={setActiveId}
            conceptLabel={s.conceptLabel}
            functionLabel={s.functionLabel}
            countryLabel={s.countryLabel}
          />
        )}
        {active && (
          <ExampleEditor
            key={active.id}
            example={active}
            onChange={(patch) => void onEdit(active.id, patch)}
            onOpen={() => void onOpen(active.id)}
            onDelete={() => void onDelete([active.id])}
            onClose={() => setActiveId(null)}
            concepts={s.concepts}
            functions={s.functions}
            suggestTags={suggestTags}
            countryLabel={s.countryLabel(active.detection.country)}
          />
        )}
      </div>
      {toast && <Toast {...toast} onDismiss={() => setToast(null)} />}
    </main>
  );
}
