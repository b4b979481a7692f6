/**
 * The fields of an example being saved: quote, concepts, tags, diplomatic
 * function, note. Presentational: the caller owns the values and the saving.
 * Enter saves from any field but the note (Shift+Enter adds a new line in the quote); in the
 * note Enter starts a new line, as in any text box meant for writing, and Ctrl+Enter (⌘+Enter on
 * a Mac) saves from anywhere.
 */
import { EXAMPLE_LIMITS } from '../utils/model/limits';
import type { Option } from '../utils/vocabulary';
import type { TargetedKeyboardEvent } from 'preact';
import { FunctionSelect } from './FunctionSelect';
import { TagInput } from './TagInput';
import { useI18n } from './i18n';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface FormValue {
  quote: string;
  concepts: string[];
  tags: string[];
  functionId: string;
  note: string;
}

export interface ExampleFormProps {
  value: FormValue;
  onChange(value: FormValue): void;
  onSave(): void;
  functions: Option[];
  concepts: Option[];
  /** Suggestions for the tag field: existing tags and concept labels. */
  suggest(query: string): string[];
  busy?: boolean;
  disabled?: boolean;
}

export function ExampleForm({ value, onChange, onSave, functions, concepts, suggest, busy, disabled }: ExampleFormProps) {
  const { t } = useI18n();
  const set = <K extends keyof FormValue>(k: K, v: FormValue[K]) => onChange({ ...value, [k]: v });
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.isComposing || e.defaultPrevented) return;
    const command = e.ctrlKey || e.metaKey;
    // The note is for writing: Enter there is a new line, and only Ctrl/⌘+Enter saves.
    const inNote = (e.target as HTMLElement | null)?.getAttribute?.('name') === 'note';
    if (!command && (e.shiftKey || inNote)) return;
    e.preventDefault();
    if (!disabled && !busy) onSave();
  };
  const conceptLabel = (id: string) => concepts.find((c) => c.id === id)?.label ?? id;

  return (
    <form
      class="example-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled && !busy) onSave();
      }}
      onKeyDown={onKeyDown}
    >
      <label class="field">
        <span class="field__label">{t('form.quote')}</span>
        <textarea
          name="quote"
          rows={4}
          value={value.quote}
          maxLength={EXAMPLE_LIMITS.quoteChars}
          placeholder={t('form.quotePlaceholder')}
          onInput={(e) => set('quote', e.currentTarget.value)}
        />
      </label>

      <fieldset class="field">
        <legend class="field__label">{t('form.concepts')}</legend>
        {value.concepts.length === 0 ? (
          <p class="muted small">{t('form.noConcepts')}</p>
        ) : (
          <ul class="chips" aria-label={t('form.conceptsList')}>
            {value.concepts.map((id) => (
              <li key={id} class="chip chip--concept">
                {conceptLabel(id)}
                <button
                  type="button"
                  class="chip__remove"
                  aria-label={t('form.removeConcept', { label: conceptLabel(id) })}
                  onClick={() => set('concepts', value.concepts.filter((c) => c !== id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <TagInput label={t('form.tags')} tags={value.tags} onChange={(tags) => set('tags', tags)} suggest={suggest} />

      <FunctionSelect name="function" value={value.functionId} functions={functions} onChange={(id) => set('functionId', id)} />

      <label class="field">
        <span class="field__label">{t('form.note')}</span>
        <textarea
          name="note"
          rows={2}
          value={value.note}
          maxLength={EXAMPLE_LIMITS.noteChars}
          aria-describedby="note-hint"
          onInput={(e) => set('note', e.currentTarget.value)}
        />
      </label>
      <p id="note-hint" class="muted small field__hint">
        {t('form.noteHint', { keys: IS_MAC ? '⌘+Enter' : 'Ctrl+Enter' })}
      </p>

      <button type="submit" class="button button--primary" disabled={disabled || busy}>
        {busy ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
