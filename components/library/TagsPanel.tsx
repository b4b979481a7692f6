/**
 * The tag list: every tag with how many examples carry it, and changes across the whole
 * collection: rename one, merge several into one, delete one. Presentational: the caller
 * plans and writes the change (one transaction, with Undo in the toast). Keyboard: the
 * panel takes focus when it opens, Escape closes it (or cancels a rename), every action
 * is a button or a field with its name.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { similarTags, tagKey, type TagCount, type TagProblem } from '../../utils/library/tag-vocabulary';
import { EXAMPLE_LIMITS } from '../../utils/model/limits';
import { useI18n } from '../i18n';

export interface TagsPanelProps {
  counts: readonly TagCount[];
  /** A change is being written (the buttons wait). */
  busy: boolean;
  /** Why a name cannot be used for this change, or undefined (the same rules the change is planned with). */
  check(to: string, change: { rename: string } | { merge: readonly string[] }): TagProblem | undefined;
  onRename(from: string, to: string): void;
  onMerge(from: string[], to: string): void;
  onDelete(tag: string): void;
  onClose(): void;
}

export function TagsPanel(p: TagsPanelProps) {
  const { t, list } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<{ tag: string; value: string; problem?: TagProblem } | null>(null);
  const [mergeTo, setMergeTo] = useState<{ value: string; problem?: TagProblem } | null>(null);

  const panel = useRef<HTMLElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The field takes focus when a rename starts; when it ends, focus goes back to that tag's Rename button (or the heading, if the tag is gone).
  const lastRenamed = useRef<string | null>(null);
  useEffect(() => {
    if (renaming) {
      lastRenamed.current = renaming.tag;
      renameInput.current?.focus();
      renameInput.current?.select();
    } else if (lastRenamed.current !== null) {
      const button = panel.current?.querySelector<HTMLButtonElement>(`[data-rename="${CSS.escape(lastRenamed.current)}"]`);
      (button ?? heading.current)?.focus();
      lastRenamed.current = null;
    }
  }, [renaming?.tag]);
  // Tags that are gone (renamed, merged, deleted, here or in another tab) leave the selection.
  useEffect(() => {
    const have = new Set(p.counts.map((c) => c.tag));
    setChosen((old) => ([...old].every((x) => have.has(x)) ? old : new Set([...old].filter((x) => have.has(x)))));
  }, [p.counts]);

  const key = tagKey(query);
  const shown = useMemo(() => (key ? p.counts.filter((c) => tagKey(c.tag).includes(key)) : p.counts), [p.counts, key]);
  const similar = useMemo(() => similarTags(p.counts), [p.counts]);
  const chosenList = p.counts.filter((c) => chosen.has(c.tag)).map((c) => c.tag);
  // The merged tag's name starts as the most used of the chosen (counts are sorted so).
  const mergeValue = mergeTo?.value ?? chosenList[0] ?? '';

  const toggle = (tag: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(tag)) next.delete(tag);
      else next.add(tag);
      return next;
    });

  const saveRename = () => {
    if (!renaming) return;
    const problem = p.check(renaming.value, { rename: renaming.tag });
    if (problem) return setRenaming({ ...renaming, problem });
    p.onRename(renaming.tag, renaming.value);
    setRenaming(null);
  };
  const saveMerge = () => {
    const problem = p.check(mergeValue, { merge: chosenList });
    if (problem) return setMergeTo({ value: mergeValue, problem });
    p.onMerge(chosenList, mergeValue);
    setMergeTo(null);
    setChosen(new Set());
  };

  return (
    <section
      class="editor tags-panel"
      ref={panel}
      aria-labelledby="tags-panel-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        if (renaming) setRenaming(null);
        else p.onClose();
      }}
    >
      <div class="editor__head">
        <h2 id="tags-panel-title" tabIndex={-1} ref={heading}>
          {t('tags.title')} <span class="muted small">{t('tags.summary', { count: p.counts.length })}</span>
        </h2>
        <button type="button" class="button--link" onClick={p.onClose}>
          {t('common.close')}
        </button>
      </div>
      {p.counts.length === 0 ? (
        <p class="muted">{t('tags.none')}</p>
      ) : (
        <>
          <label class="tags-panel__find">
            <span class="visually-hidden">{t('tags.find')}</span>
            <input type="search" value={query} placeholder={t('tags.find')} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          {similar.length > 0 &&
            similar.slice(0, 3).map((group) => (
              <p key={group[0]!.tag} class="notice small tags-panel__similar">
                {t('tags.similar', { list: list(group.map((c) => `“${c.tag}”`)) })}{' '}
                <button type="button" class="button--link" onClick={() => setChosen(new Set(group.map((c) => c.tag)))}>
                  {t('tags.selectSimilar')}
                </button>
              </p>
            ))}
          {chosenList.length > 0 && (
            <div class="tags-panel__merge">
              <label>
                <span>{t('tags.mergeLabel', { count: chosenList.length })}</span>
                <input
                  value={mergeValue}
                  maxLength={EXAMPLE_LIMITS.tagChars}
                  aria-invalid={!!mergeTo?.problem}
                  aria-describedby={mergeTo?.problem ? 'tags-merge-problem' : undefined}
                  onInput={(e) => setMergeTo({ value: e.currentTarget.value })}
                  onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), saveMerge())}
                />
              </label>
              <button type="button" class="button button--primary" disabled={p.busy} onClick={saveMerge}>
                {t('tags.merge')}
              </button>
              <button type="button" class="button--link" onClick={() => (setChosen(new Set()), setMergeTo(null))}>
                {t('tags.clearSelection')}
              </button>
              {mergeTo?.problem && (
                <p id="tags-merge-problem" class="message--error small" role="alert">
                  {t(`tags.problem.${mergeTo.problem}`)}
                </p>
              )}
            </div>
          )}
          {p.busy && (
            <p class="muted small" role="status">
              {t('tags.working')}
            </p>
          )}
          {shown.length === 0 && <p class="muted">{t('tags.noMatch', { query })}</p>}
          <ul class="tags-panel__list">
            {shown.map((c) => (
              <li key={c.tag} class="tags-panel__tag">
                {renaming?.tag === c.tag ? (
                  <div class="tags-panel__rename">
                    <label>
                      <span class="visually-hidden">{t('tags.renameLabel', { tag: c.tag })}</span>
                      <input
                        value={renaming.value}
                        maxLength={EXAMPLE_LIMITS.tagChars}
                        ref={renameInput}
                        aria-invalid={!!renaming.problem}
                        aria-describedby={renaming.problem ? 'tags-rename-problem' : undefined}
                        onInput={(e) => setRenaming({ tag: c.tag, value: e.currentTarget.value })}
                        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), saveRename())}
                      />
                    </label>
                    <button type="button" class="button button--primary" disabled={p.busy} onClick={saveRename}>
                      {t('tags.renameSave')}
                    </button>
                    <button type="button" class="button--link" onClick={() => setRenaming(null)}>
                      {t('tags.cancel')}
                    </button>
                    {renaming.problem && (
                      <p id="tags-rename-problem" class="message--error small" role="alert">
                        {t(`tags.problem.${renaming.problem}`)}
                      </p>
                    )}
                  </div>
                ) : (
                  <>
                    <label class="tags-panel__name">
                      <input type="checkbox" checked={chosen.has(c.tag)} onChange={() => toggle(c.tag)} aria-label={t('tags.select', { tag: c.tag })} />
                      <span class="chip chip--tag" title={c.tag}>
                        #{c.tag}
                      </span>
                      <span class="muted small">{t('tags.examples', { count: c.count })}</span>
                    </label>
                    <span class="tags-panel__actions">
                      <button
                        type="button"
                        class="button"
                        disabled={p.busy}
                        data-rename={c.tag}
                        aria-label={`${t('tags.rename')}: ${c.tag}`}
                        title={t('tags.renameTitle', { tag: c.tag })}
                        onClick={() => setRenaming({ tag: c.tag, value: c.tag })}
                      >
                        {t('tags.rename')}
                      </button>
                      <button
                        type="button"
                        class="button button--danger"
                        disabled={p.busy}
                        aria-label={`${t('tags.delete')}: ${c.tag}`}
                        title={t('tags.deleteTitle', { tag: c.tag, count: c.count })}
                        onClick={() => p.onDelete(c.tag)}
                      >
                        {t('tags.delete')}
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
