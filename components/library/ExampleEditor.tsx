/**
 * Editing one example in place: quote, concepts, tags, function and note are
 * saved as they change. Presentational: the caller persists `onChange`.
 * An edit the import of a backup would not take back as it is (an empty quote,
 * text over EXAMPLE_LIMITS) is not passed on: the field shows the previous
 * value again and a message says why.
 *
 * Text fields save when they lose focus, and also when the tab is hidden or
 * closed while one is still being typed in (no 'change' event comes then), so
 * a note written just before closing the tab is not lost.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Example } from '../../utils/model/example';
import { EXAMPLE_LIMITS } from '../../utils/model/limits';
import { FunctionSelect } from '../FunctionSelect';
import { TagInput } from '../TagInput';
import type { Option } from '../../utils/vocabulary';
import { useI18n } from '../i18n';
import { pageTranslator, type PageKey, type PageTranslator } from '../../utils/i18n/index';

export interface ExampleEditorProps {
  example: Example;
  onChange(patch: Partial<Pick<Example, 'quote' | 'concepts' | 'tags' | 'functionId' | 'note'>>): void;
  onOpen(): void;
  onDelete(): void;
  onClose(): void;
  concepts: Option[];
  functions: Option[];
  suggestTags(q: string): string[];
  countryLabel?: string;
}

const EN = pageTranslator('en');

/** Why an edited quote cannot be saved, or null when it can; in the interface language. */
export function quoteProblem(quote: string, tr: PageTranslator = EN): string | null {
  // The quote is the evidence the example exists for; to drop it, delete the example.
  if (!quote.trim()) return tr.t('editor.quoteEmpty');
  if (quote.length > EXAMPLE_LIMITS.quoteChars) return tr.t('editor.quoteTooLong', { max: EXAMPLE_LIMITS.quoteChars });
  return null;
}

/** Why an edited note cannot be saved, or null when it can. */
export function noteProblem(note: string, tr: PageTranslator = EN): string | null {
  if (note.length > EXAMPLE_LIMITS.noteChars) return tr.t('editor.noteTooLong', { max: EXAMPLE_LIMITS.noteChars });
  return null;
}

type TextField = 'quote' | 'note';

/** The two free-text fields: how they look and what they refuse. */
const TEXT_FIELDS: Record<TextField, { label: PageKey & ('form.quote' | 'form.note'); rows: number; max: number; check: (v: string, tr?: PageTranslator) => string | null }> = {
  quote: { label: 'form.quote', rows: 6, max: EXAMPLE_LIMITS.quoteChars, check: quoteProblem },
  note: { label: 'form.note', rows: 4, max: EXAMPLE_LIMITS.noteChars, check: noteProblem },
};

export function ExampleEditor(p: ExampleEditorProps) {
  const tr = useI18n();
  const { t, dateTime } = tr;
  const e = p.example;
  const label = (id: string) => p.concepts.find((c) => c.id === id)?.label ?? id;
  const [problem, setProblem] = useState<{ field: TextField; text: string } | null>(null);
  /** Text fields typed in since they were last saved. */
  const typing = useRef(new Map<TextField, HTMLTextAreaElement>());
  const latest = useRef(p);
  latest.current = p;

  useEffect(() => {
    /** Saves what is being typed, where it may be saved (an empty quote is left for the user to finish). */
    const flush = () => {
      for (const [field, el] of typing.current) {
        if (!TEXT_FIELDS[field].check(el.value) && el.value !== latest.current.example[field]) latest.current.onChange({ [field]: el.value });
      }
      typing.current.clear();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (ev: BeforeUnloadEvent) => {
      if (!typing.current.size) return;
      flush();
      // The browser asks before closing, which also gives the save time to finish.
      ev.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      flush();
    };
  }, []);

  /** Saves a text field, or puts the stored value back in it and says why not. */
  const edit = (field: TextField, el: HTMLTextAreaElement) => {
    typing.current.delete(field);
    const why = TEXT_FIELDS[field].check(el.value, tr);
    if (why) {
      el.value = e[field];
      setProblem({ field, text: why });
      return;
    }
    setProblem(null);
    p.onChange({ [field]: el.value });
  };
  /** A free-text field, and under it why an edit was refused. */
  const textField = (field: TextField) => {
    const f = TEXT_FIELDS[field];
    const problemId = problem?.field === field ? `editor-${field}-problem` : undefined;
    return (
      <>
        <label class="field">
          <span class="field__label">{t(f.label)}</span>
          <textarea
            rows={f.rows}
            value={e[field]}
            maxLength={f.max}
            aria-describedby={problemId}
            onInput={(ev) => void typing.current.set(field, ev.currentTarget)}
            onChange={(ev) => edit(field, ev.currentTarget)}
          />
        </label>
        {problemId && (
          <p id={problemId} class="message message--error" role="alert">
            {problem!.text}
          </p>
        )}
      </>
    );
  };
  return (
    <aside class="editor" aria-label={t('editor.region')}>
      <div class="editor__head">
        <h2 class="section-title">{t('editor.title')}</h2>
        <button type="button" class="button--link" onClick={p.onClose} aria-label={t('editor.closeLabel')}>
          {t('common.close')}
        </button>
      </div>
      {textField('quote')}
      <fieldset class="field">
        <legend class="field__label">{t('form.concepts')}</legend>
        <ul class="chips">
          {e.concepts.map((id) => (
            <li key={id} class="chip chip--concept">
              {label(id)}
              <button
                type="button"
                class="chip__remove"
                aria-label={t('form.removeConcept', { label: label(id) })}
                onClick={() => p.onChange({ concepts: e.concepts.filter((c) => c !== id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <select
          aria-label={t('editor.addConceptLabel')}
          value=""
          onChange={(ev) => {
            const v = ev.currentTarget.value;
            if (v && !e.concepts.includes(v)) p.onChange({ concepts: [...e.concepts, v] });
          }}
        >
          <option value="">{t('editor.addConcept')}</option>
          {p.concepts
            .filter((c) => !e.concepts.includes(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </select>
      </fieldset>
      <TagInput label={t('form.tags')} tags={e.tags} onChange={(tags) => p.onChange({ tags })} suggest={p.suggestTags} />
      <FunctionSelect value={e.functionId} functions={p.functions} onChange={(functionId) => p.onChange({ functionId })} />
      {textField('note')}
      <dl class="editor__meta">
        <dt>{t('editor.page')}</dt>
        <dd>
          <a href={e.url} target="_blank" rel="noreferrer noopener">
            {e.title || e.url}
          </a>
        </dd>
        <dt>{t('editor.source')}</dt>
        <dd>
          {e.detection.kind === 'none'
            ? t('source.kind.none')
            : t('editor.sourceLine', { kind: t(`filters.kind.${e.detection.kind}`), subkind: t(`subkind.${e.detection.subkind}`) })}
          {p.countryLabel ? ` · ${p.countryLabel}` : ''}
        </dd>
        {e.author && (
          <>
            <dt>{t('editor.author')}</dt>
            <dd>
              @{e.author}
              {e.postTime && !Number.isNaN(Date.parse(e.postTime)) ? ` · ${dateTime(Date.parse(e.postTime))}` : ''}
            </dd>
          </>
        )}
        <dt>{t('editor.saved')}</dt>
        <dd>
          {dateTime(e.createdAt)}
          {e.updatedAt !== e.createdAt ? ` · ${t('editor.edited', { date: dateTime(e.updatedAt) })}` : ''}
        </dd>
        {e.notFoundAt && (
          <>
            <dt>{t('editor.check')}</dt>
            <dd class="missing">{t('editor.notFound', { date: dateTime(Date.parse(e.notFoundAt)) })}</dd>
          </>
        )}
      </dl>
      <div class="editor__actions">
        <button type="button" class="button" onClick={p.onOpen}>
          {t('editor.openPage')}
        </button>
        <button type="button" class="button button--danger" onClick={p.onDelete}>
          {t('editor.delete')}
        </button>
      </div>
    </aside>
  );
}
