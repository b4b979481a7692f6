/**
 * The library page (connected): every saved example, searchable, filterable,
 * editable in place, with counts as charts, bulk tagging, delete with undo,
 * exports and imports. The newest examples render first; the rest load in
 * slices while the page stays responsive.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Example, ExamplePatch } from '../../utils/model/example';
import { compareBy, createSortedRuns, facetsSliced, makePredicate, NO_FILTERS, byMonth, type Filters, type Sort } from '../../utils/library/filters';
import { changesOf, viewOf } from '../../utils/library/collection';
import { useCollection } from './useCollection';
import { createTagSuggester } from '../../utils/tag-suggest';
import type { Option } from '../../utils/vocabulary';
import { BarChart } from './BarChart';
import { BulkBar } from './BulkBar';
import { ExampleEditor } from './ExampleEditor';
import { ExampleTable } from './ExampleTable';
import { FilterBar, type FilterBarProps } from './FilterBar';
import { Toast, type ToastProps } from './Toast';
import { ExportMenu, type ExportKind } from './ExportMenu';
import { describeStorageError, isQuotaError } from '../../utils/db/storage-error';
import { ImportRefused, importMessage } from '../../utils/export/import-problem';
import type { PageKey, PageTranslator } from '../../utils/i18n/index';
import { useI18n } from '../i18n';
import { flagEmoji } from '../../utils/detect/names';
import { CodebooksLink } from '../CodebooksLink';
import { TagsPanel } from './TagsPanel';
import { planTagChange, tagCounts, type TagChange, type TagPatch } from '../../utils/library/tag-vocabulary';
import { EXAMPLE_LIMITS } from '../../utils/model/limits';
import type { CodeColours } from '../../utils/library/code-colours';
import { RefiUnsound } from '../../utils/export/refi';

export interface LibraryServices {
  /** The newest examples, for the first render. */
  first(limit: number): Promise<Example[]>;
  /** Every example, delivered in slices. */
  loadAll(onSlice: (rows: Example[]) => void): Promise<void>;
  /** How many examples are stored (the true total while a large library loads). */
  count?(): Promise<number>;
  /** The stored rows with these ids, in that order (ids no longer stored are left out). */
  getMany(ids: string[]): Promise<Example[]>;
  /** Calls back when another page (popup, background, another library tab) changed examples; returns the unsubscribe. */
  onExternalChanges(onChanges: (changes: { changed: string[]; deleted: string[] }) => void): () => void;
  update(id: string, patch: ExamplePatch): Promise<Example | undefined>;
  remove(ids: string[]): Promise<Example[]>;
  restore(rows: Example[]): Promise<void>;
  /** Adds and removes tags; resolves to the rows as stored. */
  retag(ids: string[], add: string[], remove: string[]): Promise<Example[]>;
  /** Tags as a vocabulary: sets each example's tags in one transaction (repository.changeTags), and puts them back (revertTags). */
  changeTags(patches: readonly TagPatch[]): Promise<{ previous: Example[]; written: Example[] }>;
  revertTags(previous: readonly Example[], written: readonly Example[]): Promise<Example[]>;
  /** The colours of codes: each example's codebook version, the active one, the built-in one (none: the page's own colours). */
  codeColours?(): Promise<CodeColours>;
  /** Exports rows in a format and starts the download; resolves to the file name. */
  exportRows(kind: ExportKind, rows: Example[], options: { bom: boolean }): Promise<string>;
  /** The export preference kept in settings. */
  loadBom(): Promise<boolean>;
  saveBom(on: boolean): Promise<void>;
  /** Reads and imports a file; resolves to a summary or rejects with a readable message. */
  importFile(file: File): Promise<{ added: number; updated: number; unchanged: number; warnings: string[]; rows: Example[]; corrections?: { added: number; updated: number; unchanged: number } }>;
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
  /** The keys the browser gives the 'save the selection' command ('Alt+Shift+S', '⌃⇧S'), '' when none is set. */
  saveShortcut(): Promise<string>;
  /** The charts choice kept in settings (undefined: never chosen; charts start on). */
  loadShowCharts?(): Promise<boolean | undefined>;
  saveShowCharts?(on: boolean): Promise<void>;
}

/** Keystrokes closer than this are one search (the index answers in a few ms; this saves re-renders). */
const SEARCH_DEBOUNCE_MS = 60;
/** Pause before recounting choices and charts over a large collection. */
const DEFER_MS = 400;
const EMPTY_CHOICES = { concept: [], category: [], tag: [], country: [], platform: [], site: [] };
const NEWEST_FIRST: Sort = { key: 'createdAt', dir: 'desc' };

/** Messages whose only placeholder is the error. */
type FailureKey = PageKey &
  ('library.readFailed' | 'library.changeFailed' | 'library.editFailed' | 'library.deleteFailed' | 'library.retagFailed' | 'library.notRestored' | 'library.exportFailed');

/** A database failure in the interface language: a full disk in words the user can act on, else the browser's own. */
function storageReason(error: unknown, t: PageTranslator): string {
  return isQuotaError(error) ? t.t('storage.full') : describeStorageError(error);
}

/** After the next frame is painted (or 100 ms, in a tab that paints none). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Where the library opens: one page's examples (`?page=`), one example in the editor (`&open=`), from the popup. */
export interface LibraryStart {
  page?: string;
  open?: string;
}

export function LibraryApp({ services: s, start = {} }: { services: LibraryServices; start?: LibraryStart }) {
  const tr = useI18n();
  const { t } = tr;
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  // A full disk is said in words, whatever the operation.
  const failed = (what: FailureKey, error: unknown) => setToast({ kind: 'error', text: t(what, { error: storageReason(error, tr) }) });
  /** A country's name in the interface language (Intl), the registry's English where Intl has none. */
  const countryName = (code: string | null) => {
    const name = code ? tr.region(code) : undefined;
    return name ? `${flagEmoji(code!)} ${name}`.trim() : s.countryLabel(code);
  };
  // The rows, their order, the search index and the load live in the collection (utils/library/collection.ts).
  const [{ rows, loading, sort, indexVersion, loaded, total }, collection] = useCollection(s, NEWEST_FIRST, failed);
  const commit = collection.commit;
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [filters, setFilters] = useState<Filters>(start.page ? { ...NO_FILTERS, page: start.page } : NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(start.open ?? null);
  const [showCharts, setShowCharts] = useState(true);
  // The charts choice is kept (charts start on): a user who hid them does not get them back on every visit.
  const chartsChosen = useRef(false);
  useEffect(() => {
    // The stored choice, unless the user has already clicked before it was read.
    void s.loadShowCharts?.().then((on) => on !== undefined && !chartsChosen.current && setShowCharts(on));
  }, [s]);
  const chooseCharts = (on: boolean) => {
    chartsChosen.current = true;
    setShowCharts(on);
    void s.saveShowCharts?.(on);
  };
  const [bom, setBom] = useState(true);
  useEffect(() => {
    void s.loadBom().then(setBom);
  }, [s]);
  // The shortcut as the browser assigned it (the user may have changed it, and a Mac has its own).
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void s.saveShortcut().then(setShortcut, () => setShortcut(''));
  }, [s]);
  const lastClicked = useRef<string | null>(null);
  const [colours, setColours] = useState<CodeColours | null>(null);
  useEffect(() => {
    // Without them rows and charts keep the page's own colours: nothing waits for the codebooks.
    void s.codeColours?.().then(setColours, () => undefined);
  }, [s]);
  const [tagsOpen, setTagsOpen] = useState(false);
  const [tagsBusy, setTagsBusy] = useState(false);
  const tagsButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [query]);

  const matches = useMemo(() => collection.search(debounced), [collection, debounced, indexVersion]);
  const predicate = useMemo(() => makePredicate(filters, s.categoryOf), [filters, s]);
  /** The rows the search and the filters let through. */
  const view = useMemo(() => viewOf(rows, matches, predicate), [rows, matches, predicate]);

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
          { concept: (e) => e.concepts, tag: (e) => e.tags, country: (e) => e.detection.country, platform: (e) => e.detection.platform, site: (e) => e.site },
          { yieldTo: s.yieldTo, signal: ac.signal },
        ).then((f) => {
          if (!f) return;
          setChoices({
            concept: f.concept.map(([v, count]) => ({ value: v, label: s.conceptLabel(v), count })),
            category: s.categories.map((c) => ({ value: c.id, label: c.label })),
            tag: f.tag.map(([v, count]) => ({ value: v, label: v, count })),
            country: f.country.map(([v, count]) => ({ value: v, label: countryName(v) ?? v, count })),
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
  }, [rows, s, tr]);

  const [charts, setCharts] = useState<{ concept: Array<[string, number]>; conceptColours: Array<string | undefined>; country: Array<[string, number]>; month: Array<[string, number]> }>(
    { concept: [], conceptColours: [], country: [], month: [] },
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
              // Each concept's bar in its code's colour (the active codebook's: a bar counts examples of many).
              conceptColours: f.concept.slice(0, 12).map(([k]) => colours?.of(k)),
              country: f.country.slice(0, 12).map(([k, v]) => [countryName(k) ?? k, v] as [string, number]),
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
  }, [view, s, showCharts, tr, colours]);

  const suggestTags = useMemo(
    () => createTagSuggester(choices.tag.map((c) => c.value), s.concepts.map((c) => c.label)),
    [choices.tag, s],
  );

  const onEdit = async (id: string, patch: ExamplePatch) => {
    try {
      const updated = await s.update(id, patch);
      if (updated) commit(changesOf([updated]));
    } catch (error) {
      failed('library.editFailed', error);
    }
  };

  const onDelete = async (ids: string[]) => {
    let removed: Example[];
    try {
      removed = await s.remove(ids);
    } catch (error) {
      failed('library.deleteFailed', error);
      return;
    }
    commit(changesOf([], ids));
    setSelected(new Set());
    const gone = new Set(ids);
    if (activeId && gone.has(activeId)) setActiveId(null);
    let undone = false;
    setToast({
      text: t('library.deleted', { count: removed.length }),
      action: {
        label: t('common.undo'),
        run: () => {
          // Once only: a second click must not put the rows back twice.
          if (undone) return;
          undone = true;
          setToast({ text: t('library.restoring') });
          s.restore(removed).then(
            () => {
              commit(changesOf(removed));
              setToast({ text: t('library.restored') });
            },
            (error) => failed('library.notRestored', error),
          );
        },
      },
    });
  };

  const onRetag = async (tag: string, add: boolean) => {
    const ids = [...selected];
    try {
      // The rows as stored: their new tags and the time of the change, as every export must show them.
      commit(changesOf(await s.retag(ids, add ? [tag] : [], add ? [] : [tag])));
    } catch (error) {
      failed('library.retagFailed', error);
      return;
    }
    setToast({ text: t(add ? 'library.tagged' : 'library.untagged', { count: ids.length, tag }) });
  };

  /** Every tag with its count, over the rows loaded (the whole collection once loaded). */
  const counts = useMemo(() => (tagsOpen ? tagCounts(rows) : []), [rows, tagsOpen]);

  const checkTag = (to: string, change: { rename: string } | { merge: readonly string[] }) => {
    // The rules the change itself is planned with (no rows: only the name is checked).
    const plan = planTagChange([], 'rename' in change ? { kind: 'rename', from: change.rename, to } : { kind: 'merge', from: change.merge, to }, { maxTagChars: EXAMPLE_LIMITS.tagChars });
    return plan.ok ? undefined : plan.problem;
  };

  /**
   * A rename, merge or delete across the whole collection: planned over every row (once
   * the collection is loaded: a tag on a row not yet read must change too), written in one
   * transaction, with Undo that puts back each example exactly as it was.
   */
  const onTagChange = async (change: TagChange) => {
    setTagsBusy(true);
    try {
      await collection.whole();
      const plan = planTagChange(collection.state().rows, change, { maxTagChars: EXAMPLE_LIMITS.tagChars });
      if (!plan.ok) {
        setToast({ kind: 'error', text: t(`tags.problem.${plan.problem}`) });
        return;
      }
      let result: { previous: Example[]; written: Example[] };
      try {
        result = await s.changeTags(plan.patches);
      } catch (error) {
        setToast({ kind: 'error', text: t('tags.changeFailed', { error: storageReason(error, tr) }) });
        return;
      }
      commit(changesOf(result.written));
      const count = result.written.length;
      const text =
        change.kind === 'rename'
          ? t('tags.renamed', { from: change.from, to: plan.to!, count })
          : change.kind === 'merge'
            ? t('tags.merged', { tags: tr.list(change.from.map((x) => `“${x}”`)), to: plan.to!, count })
            : t('tags.deleted', { tag: change.tag, count });
      let undone = false;
      setToast({
        text,
        action: {
          label: t('common.undo'),
          run: () => {
            // Once only: a second click must not put the rows back twice.
            if (undone) return;
            undone = true;
            setTagsBusy(true);
            s.revertTags(result.previous, result.written).then(
              (back) => {
                commit(changesOf(back));
                const kept = result.previous.length - back.length;
                setToast({ text: kept ? `${t('tags.undone', { count: back.length })} ${t('tags.undoKept', { count: kept })}` : t('tags.undone', { count: back.length }) });
              },
              (error) => setToast({ kind: 'error', text: t('tags.undoFailed', { error: storageReason(error, tr) }) }),
            ).finally(() => setTagsBusy(false));
          },
        },
      });
    } finally {
      setTagsBusy(false);
    }
  };

  const openTags = (open: boolean) => {
    setTagsOpen(open);
    if (open) setActiveId(null);
    // Back to the button that opened the list, for a keyboard user.
    else requestAnimationFrame(() => tagsButton.current?.focus());
  };

  const onOpen = async (id: string) => {
    const e = rows.find((r) => r.id === id);
    if (!e) return;
    const r = await s.open(e);
    if (r.error) setToast({ kind: 'error', text: r.error });
    const notFoundAt = r.found ? undefined : s.now().toISOString();
    if ((e.notFoundAt ?? undefined) !== notFoundAt && !r.error) {
      const updated = await s.update(id, { notFoundAt });
      if (updated) commit(changesOf([updated]));
    }
    if (!r.found && !r.error) setToast({ kind: 'error', text: t('library.quoteGone') });
  };

  /**
   * What an export holds is read from the database at that moment, never from
   * the list on screen, which may still be loading. 'All' is every stored row;
   * the filtered view and the selection are their rows as stored now.
   */
  const rowsToExport = async (scope: 'all' | 'view' | 'selected'): Promise<Example[]> => {
    if (scope === 'all') {
      // Once loaded, the collection is every stored row, kept up to date with every page's
      // writes (changes.ts): no second read of the whole database. While it loads (the
      // export must not wait), or when a load failed part way, the database is read.
      const st = collection.state();
      if (!st.loading && st.total !== null && st.loaded === st.total) return st.rows;
      const all = createSortedRuns(compareBy(st.sort));
      await s.loadAll((slice) => all.add(slice));
      return all.result();
    }
    if (scope === 'selected') return s.getMany(rows.filter((r) => selected.has(r.id)).map((r) => r.id));
    let list = view;
    if (loading) {
      setToast({ text: t('library.waitForLoad') });
      // The view over the whole collection, in its order (this render's `view` holds only what had loaded).
      list = viewOf(await collection.whole(), collection.search(debounced), predicate);
    }
    return s.getMany(list.map((r) => r.id));
  };

  const onExport = async (kind: ExportKind, scope: 'all' | 'view' | 'selected') => {
    try {
      // A .qdc carries the codebook of the examples in scope (utils/export/refi.ts), so it reads them too.
      const list = kind === 'codebook' ? [] : await rowsToExport(scope);
      if (kind === 'qdpx') {
        // Writing and checking a project holds the page for a while (about 0.8 s per 1,000 examples here):
        // say so, and let the message be painted before the work starts.
        setToast({ text: t('library.exportingRefi', { count: list.length }) });
        await painted();
      }
      const name = await s.exportRows(kind, list, { bom });
      setToast({ text: kind === 'codebook' || kind === 'qdc' ? t('library.exportedCodebook', { file: name }) : t('library.exported', { count: list.length, file: name }) });
    } catch (error) {
      // A REFI-QDA file that failed its check was not downloaded: say so, with the first problem.
      if (error instanceof RefiUnsound) setToast({ kind: 'error', text: t('library.exportUnsound', { problem: error.problems[0] ?? '' }) });
      else failed('library.exportFailed', error);
    }
  };

  const onImport = async (file: File) => {
    try {
      const r = await s.importFile(file);
      commit(changesOf(r.rows));
      setToast({ text: importMessage(file.name, { ok: true, ...r }, tr) });
    } catch (error) {
      // Said once, in the interface language: the file, then why (import-problem.ts).
      const outcome = error instanceof ImportRefused ? { ok: false as const, problem: error.problem } : { ok: false as const, reason: storageReason(error, tr) };
      setToast({ kind: 'error', text: importMessage(file.name, outcome, tr) });
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
    <main class={`library ${active || tagsOpen ? 'library--editing' : ''}`}>
      <header class="library__header">
        <h1 class="brand">{t('library.title')}</h1>
        <div class="library__actions">
          <CodebooksLink />
          <label class="sort">
            <span class="filter__label">{t('library.sort')}</span>
            <select
              aria-label={t('library.sortBy')}
              value={`${sort.key}:${sort.dir}`}
              onChange={(e) => {
                const [key, dir] = e.currentTarget.value.split(':') as [Sort['key'], Sort['dir']];
                collection.setSort({ key, dir });
              }}
            >
              <option value="createdAt:desc">{t('sort.newest')}</option>
              <option value="createdAt:asc">{t('sort.oldest')}</option>
              <option value="updatedAt:desc">{t('sort.edited')}</option>
              <option value="country:asc">{t('sort.country')}</option>
              <option value="site:asc">{t('sort.site')}</option>
              <option value="quote:asc">{t('sort.quote')}</option>
            </select>
          </label>
          <button type="button" class="button" ref={tagsButton} aria-pressed={tagsOpen} title={t('tags.openTitle')} onClick={() => openTags(!tagsOpen)}>
            {t('tags.open')}
          </button>
          <button type="button" class="button" aria-pressed={showCharts} onClick={() => chooseCharts(!showCharts)}>
            {showCharts ? t('library.hideCharts') : t('library.showCharts')}
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
            {t('library.import')}
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              aria-label={t('library.importLabel')}
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
        loading={loading && total !== null && loaded < total ? { loaded, total } : undefined}
      />

      {showCharts && rows.length > 0 && (
        // tabIndex 0: beside the table the charts scroll on their own, and a keyboard must reach that too (axe: scrollable-region-focusable).
        <section class="charts" aria-label={t('charts.region')} tabIndex={0}>
          <BarChart title={t('charts.concept')} data={charts.concept} horizontal color="#7c3aed" barColours={charts.conceptColours} />
          <BarChart title={t('charts.country')} data={charts.country} horizontal color="#1d4ed8" />
          <BarChart title={t('charts.month')} data={charts.month} color="#047857" />
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
            <h2>{t('library.emptyTitle')}</h2>
            <p>
              {shortcut
                ? tr.parts('library.emptyWithKey', { shortcut: <kbd>{shortcut}</kbd>, menu: <em>{t('menu.save')}</em>, saveAs: <em>{t('library.saveAs')}</em> })
                : tr.parts('library.emptyNoKey', { menu: <em>{t('menu.save')}</em>, saveAs: <em>{t('library.saveAs')}</em> })}
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
            onActivate={(id) => {
              setTagsOpen(false);
              setActiveId(id);
            }}
            conceptLabel={s.conceptLabel}
            conceptColour={colours ? colours.ofExample : undefined}
            functionLabel={s.functionLabel}
            countryLabel={countryName}
          />
        )}
        {tagsOpen && (
          <TagsPanel
            counts={counts}
            busy={tagsBusy}
            check={checkTag}
            onRename={(from, to) => void onTagChange({ kind: 'rename', from, to })}
            onMerge={(from, to) => void onTagChange({ kind: 'merge', from, to })}
            onDelete={(tag) => void onTagChange({ kind: 'delete', tag })}
            onClose={() => openTags(false)}
          />
        )}
        {active && !tagsOpen && (
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
            countryLabel={countryName(active.detection.country)}
          />
        )}
      </div>
      {toast && <Toast {...toast} onDismiss={() => setToast(null)} />}
    </main>
  );
}
