/**
 * The codebook editor (a full tab): the codebooks on the left; the one open as a tree of
 * categories and concepts, the selected item's form, the checks and the 'Try it' box.
 * Changes are a draft until saved: every save is a new version (utils/codebook/library.ts),
 * a draft with errors is not saved, and leaving with unsaved changes is asked about first.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Codebook } from '../../utils/codebook/model';
import { BUILTIN_ID } from '../../utils/codebook/builtin';
import { errorsOf, validateCodebook, warningsOf } from '../../utils/codebook/validate';
import { openCodebookFile, type CodebookFormat } from '../../utils/codebook/formats/index';
import { tooLarge } from '../../utils/codebook/formats/result';
import { codebookFile } from '../../utils/codebook/file-export';
import { addCategory, addConcept, changed, removeCategory, removeConcept, tidy } from '../../utils/codebook/edit';
import { CodebookList } from './CodebookList';
import { CodebookTree, type Selection } from './CodebookTree';
import { CodebookForm } from './CodebookForm';
import { CategoryForm } from './CategoryForm';
import { ConceptForm } from './ConceptForm';
import { IssuesPanel } from './IssuesPanel';
import { TryIt } from './TryIt';
import type { CodebookServices } from './services';

type Note = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function CodebookApp({ services: s, libraryUrl }: { services: CodebookServices; libraryUrl: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [list, setList] = useState<Codebook[]>([]);
  const [saved, setSaved] = useState<Codebook | null>(null);
  const [draft, setDraft] = useState<Codebook | null>(null);
  const [selection, setSelection] = useState<Selection>({ kind: 'codebook' });
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<null | (() => Promise<void>)>(null);
  const [sample, setSample] = useState('');
  /** The codebook pages are highlighted with (library.active()). */
  const [activeId, setActiveId] = useState<string>(BUILTIN_ID);

  const dirty = Boolean(draft && saved && changed(draft, saved));
  const readOnly = Boolean(draft?.builtIn);
  const issues = useMemo(() => (draft ? validateCodebook(draft) : []), [draft]);
  const errors = errorsOf(issues);

  const refresh = async () => {
    setList(await s.library.list());
    setActiveId((await s.library.active()).id);
  };
  /** Pages use the saved version: unsaved changes are saved (or discarded) first. */
  const useOnPages = (id: string, name: string) =>
    leaveDraft(async () => {
      await s.library.setActive(id);
      setActiveId(id);
      setNote({ kind: 'ok', text: t('cb.nowUsed', { name }) });
    });
  const open = async (id: string, sel: Selection = { kind: 'codebook' }) => {
    const cb = (await s.library.get(id)) ?? (await s.library.get(BUILTIN_ID))!;
    setSaved(cb);
    setDraft(cb);
    setSelection(sel);
  };
  useEffect(() => {
    void (async () => {
      try {
        await refresh();
        const fromUrl = new URLSearchParams(location.search).get('id');
        await open(fromUrl ?? (await s.library.active()).id);
      } catch (e) {
        setNote({ kind: 'error', text: t('cb.readFailed', { error: message(e) }) });
      }
    })();
  }, [s]);

  useEffect(() => {
    document.title = t('cb.title');
  }, [t]);

  // The browser asks before a tab with unsaved changes is closed or reloaded.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Runs `then` now, or after the user saves or discards the draft's changes. */
  const leaveDraft = (then: () => Promise<void>) => {
    if (dirty) setPending(() => then);
    else void run(then);
  };
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    try {
      await f();
    } catch (e) {
      setNote({ kind: 'error', text: message(e) });
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<boolean> => {
    if (!draft) return false;
    const r = await s.library.save(tidy(draft));
    if (!r.ok) {
      setNote({ kind: 'error', text: r.error });
      return false;
    }
    setSaved(r.codebook);
    setDraft(r.codebook);
    await refresh();
    setNote({ kind: 'ok', text: t('cb.saved', { version: r.codebook.version }) });
    return true;
  };

  const onImport = (file: File) =>
    leaveDraft(async () => {
      setNote(null);
      const big = tooLarge(file.size);
      if (big) return setNote({ kind: 'error', text: t('cb.import.failed', { file: file.name, reason: big }) });
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setNote({ kind: 'error', text: t('cb.import.failed', { file: file.name, reason: t('cb.import.unreadable') }) });
      }
      const read = openCodebookFile(file.name, text, { id: s.newId(), now: s.now() });
      if (!read.ok) return setNote({ kind: 'error', text: t('cb.import.failed', { file: file.name, reason: read.error }) });
      const added = await s.library.add(read.value);
      if (!added.ok) return setNote({ kind: 'error', text: t('cb.import.failed', { file: file.name, reason: added.error }) });
      await refresh();
      await open(added.codebook.id);
      setNote({
        kind: 'ok',
        text: t('cb.import.done', {
          file: file.name,
          name: added.codebook.name,
          concepts: t('cb.list.concepts', { count: added.codebook.concepts.length }),
          categories: t('cb.about.categories', { count: added.codebook.categories.length }),
        }),
        details: read.warnings,
      });
    });

  const copy = (id: string, name: string) =>
    leaveDraft(async () => {
      const cb = await s.library.copy(id, t('cb.copyName', { name }));
      await refresh();
      await open(cb.id);
      setNote({ kind: 'ok', text: t('cb.copied', { name: cb.name }) });
    });

  const onExport = (format: CodebookFormat) => {
    if (!saved) return;
    const f = codebookFile(saved, format, { origin: s.origin });
    s.download(f.name, new Blob([f.text], { type: f.type }));
    setNote({ kind: 'ok', text: t('cb.export.done', { file: f.name }) });
  };

  const change = (cb: Codebook, selectId?: string) => {
    setDraft(cb);
    if (selectId && selection.kind !== 'codebook' && 'id' in selection && selection.id !== selectId) setSelection({ ...selection, id: selectId });
  };
  const savedIds = useMemo(
    () => ({ concepts: new Set(saved?.concepts.map((c) => c.id)), categories: new Set(saved?.categories.map((c) => c.id)) }),
    [saved],
  );
  const focusLabel = (sel: string) => requestAnimationFrame(() => document.querySelector<HTMLInputElement>(sel)?.focus());
  const newConcept = (category?: string) => {
    if (!draft) return;
    const cat =
      category ??
      (selection.kind === 'category' ? selection.id : selection.kind === 'concept' ? draft.concepts.find((c) => c.id === selection.id)?.category : undefined) ??
      draft.categories[0]?.id;
    let cb = draft;
    let catId = cat;
    if (!catId) {
      const made = addCategory(cb, t('cb.newCategory'));
      cb = made.codebook;
      catId = made.id;
    }
    const r = addConcept(cb, t('cb.newConcept'), catId);
    setDraft(r.codebook);
    setSelection({ kind: 'concept', id: r.id });
    focusLabel('#cb-concept-label');
  };

  if (!draft || !saved)
    return (
      <main class="cb-app">
        <h1 class="brand">{t('cb.title')}</h1>
        {note ? <p class="message--error">{note.text}</p> : <p class="muted">{t('cb.loading')}</p>}
      </main>
    );

  const concept = selection.kind === 'concept' ? draft.concepts.find((c) => c.id === selection.id) : undefined;
  const category = selection.kind === 'category' ? draft.categories.find((c) => c.id === selection.id) : undefined;

  return (
    <div class="cb-app">
      <header class="cb-header">
        <h1 class="brand">{t('cb.title')}</h1>
        <a class="button button--link" href={libraryUrl}>
          {t('common.openLibrary')}
        </a>
      </header>
      <CodebookList
        codebooks={list}
        currentId={draft.id}
        activeId={activeId}
        busy={busy}
        onOpen={(id) => id !== draft.id && leaveDraft(() => open(id))}
        onNew={() =>
          leaveDraft(async () => {
            const cb = await s.library.create(t('cb.newName'));
            await refresh();
            await open(cb.id);
            setNote({ kind: 'ok', text: t('cb.created', { name: cb.name }) });
            focusLabel('#cb-name');
          })
        }
        onCopy={(id) => copy(id, list.find((c) => c.id === id)?.name ?? '')}
        onDelete={(id) =>
          void run(async () => {
            const name = list.find((c) => c.id === id)?.name ?? id;
            await s.library.remove(id);
            await refresh();
            if (id === draft.id) await open((await s.library.active()).id);
            setNote({ kind: 'ok', text: t('cb.deleted', { name }) });
          })
        }
        onImport={onImport}
      />
      <main class="cb-main" aria-labelledby="cb-open-title">
        <div class="cb-bar">
          <h2 id="cb-open-title" class="cb-bar__title">
            {draft.name || t('cb.untitled')}
            {dirty && <span class="cb-bar__dirty"> · {t('cb.unsaved')}</span>}
          </h2>
          <div class="cb-bar__use">
            {activeId === draft.id ? (
              <span class="cb-used" id="cb-used">
                ✓ {t('cb.used')}
              </span>
            ) : (
              <button type="button" class="button" disabled={busy} aria-describedby="cb-use-help" onClick={() => useOnPages(draft.id, draft.name)}>
                {t('cb.use')}
              </button>
            )}
            <span id="cb-use-help" class="small muted">
              {t('cb.useHelp')}
            </span>
          </div>
          {!readOnly && (
            <div class="cb-bar__actions">
              <button type="button" class="button" disabled={!dirty || busy} onClick={() => setDraft(saved)}>
                {t('cb.discard')}
              </button>
              <button type="button" class="button button--primary" disabled={!dirty || busy || errors.length > 0} onClick={() => void run(async () => void (await save()))}>
                {t('cb.save')}
              </button>
            </div>
          )}
        </div>
        {readOnly && (
          <p class="notice cb-readonly">
            {t('cb.readOnly')}{' '}
            <button type="button" class="button" onClick={() => copy(draft.id, draft.name)}>
              {t('cb.copyToEdit')}
            </button>
          </p>
        )}
        {pending && (
          <div class="notice cb-pending" role="alertdialog" aria-labelledby="cb-pending-text">
            <p id="cb-pending-text">{t('cb.pending', { name: draft.name })}</p>
            <button
              type="button"
              class="button button--primary"
              disabled={errors.length > 0}
              ref={(el) => el?.focus()}
              onClick={() => {
                const then = pending;
                setPending(null);
                void run(async () => {
                  if (await save()) await then();
                });
              }}
            >
              {t('cb.save')}
            </button>{' '}
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                const then = pending;
                setPending(null);
                setDraft(saved);
                void run(then);
              }}
            >
              {t('cb.discardAndGo')}
            </button>{' '}
            <button type="button" class="button" onClick={() => setPending(null)}>
              {t('cb.keepEditing')}
            </button>
          </div>
        )}
        <div class={`cb-note${note ? ` cb-note--${note.kind}` : ''}`} role={note?.kind === 'error' ? 'alert' : 'status'}>
          {note && (
            <>
              <p class={note.kind === 'error' ? 'message--error' : 'message--ok'}>{note.text}</p>
              {note.details && note.details.length > 0 && (
                <ul class="small" lang="en">
                  {note.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
              <button type="button" class="button button--link" onClick={() => setNote(null)}>
                {t('common.dismiss')}
              </button>
            </>
          )}
        </div>
        <IssuesPanel errors={errors} warnings={warningsOf(issues)} onShow={setSelection} />
        <div class="cb-work">
          <div class="cb-side">
            <CodebookTree
              codebook={draft}
              selection={selection}
              issues={issues}
              readOnly={readOnly}
              onSelect={setSelection}
              onAddConcept={() => newConcept()}
              onAddCategory={() => {
                const parent = selection.kind === 'category' ? selection.id : undefined;
                const r = addCategory(draft, t('cb.newCategory'), parent);
                setDraft(r.codebook);
                setSelection({ kind: 'category', id: r.id });
                focusLabel('#cb-category-label');
              }}
            />
            <TryIt codebook={draft} sample={sample} onSample={setSample} />
          </div>
          <div class="cb-detail">
            {concept ? (
              <ConceptForm
                codebook={draft}
                concept={concept}
                isNew={!savedIds.concepts.has(concept.id)}
                issues={issues}
                readOnly={readOnly}
                onChange={change}
                onDelete={() => {
                  setDraft(removeConcept(draft, concept.id));
                  setSelection({ kind: 'category', id: concept.category });
                  setNote({ kind: 'ok', text: t('cb.concept.deleted', { label: concept.label }) });
                }}
              />
            ) : category ? (
              <CategoryForm
                codebook={draft}
                category={category}
                isNew={!savedIds.categories.has(category.id)}
                issues={issues}
                readOnly={readOnly}
                onChange={change}
                onAddConcept={() => newConcept(category.id)}
                onDelete={() => {
                  const r = removeCategory(draft, category.id);
                  if (!r.ok) return setNote({ kind: 'error', text: t(`cb.category.cannotDelete.${r.reason}`) });
                  setDraft(r.codebook);
                  setSelection({ kind: 'codebook' });
                }}
              />
            ) : (
              <CodebookForm codebook={draft} issues={issues} readOnly={readOnly} dirty={dirty} onChange={(cb) => setDraft(cb)} onExport={onExport} />
            )}
          </div>
        </div>
      </main>
    </div>
  );
}
