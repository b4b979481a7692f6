/**
 * The fields of an example being saved: quote, concepts, tags, diplomatic
 * function, note. Presentational: the caller owns the values and the saving.
 * Enter saves from any field (Shift+Enter adds a new line in the text areas).
 */
import { EXAMPLE_LIMITS } from '../utils/model/limits';
import type { Option } from '../utils/vocabulary';
import type { TargetedKeyboardEvent } from 'preact';
import { FunctionSelect } from './FunctionSelect';
import { TagInput } from './TagInput';

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
  const set = <K extends keyof FormValue>(k: K, v: FormValue[K]) => onChange({ ...value, [k]: v });
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !e.defaultPrevented) {
      e.preventDefault();
      if (!disabled && !busy) onSave();
    }
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
        <span class="field__label">Quote</span>
        <textarea
          name="quote"
          rows={4}
          value={value.quote}
          maxLength={EXAMPLE_LIMITS.quoteChars}
          placeholder="Select text on the page, or type the quote here"
          onInput={(e) => set('quote', e.currentTarget.value)}
        />
      </label>

      <fieldset class="field">
        <legend class="field__label">Concepts</legend>
        {value.concepts.length === 0 ? (
          <p class="muted small">No concept of the lexicon in this quote.</p>
        ) : (
          <ul class="chips" aria-label="Concepts in the quote">
            {value.concepts.map((id) => (
              <li key={id} class="chip chip--concept">
                {conceptLabel(id)}
                <button
                  type="button"
                  class="chip__remove"
                  aria-label={`Remove concept ${conceptLabel(id)}`}
                  onClick={() => set('concepts', value.concepts.filter((c) => c !== id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <TagInput label="Tags" tags={value.tags} onChange={(tags) => set('tags', tags)} suggest={suggest} />

      <FunctionSelect name="function" value={value.functionId} functions={functions} onChange={(id) => set('functionId', id)} />

      <label class="field">
        <span class="field__label">Note</span>
        <textarea name="note" rows={2} value={value.note} maxLength={EXAMPLE_LIMITS.noteChars} onInput={(e) => set('note', e.currentTarget.value)} />
      </label>

      <button type="submit" class="button button--primary" disabled={disabled || busy}>
        {busy ? 'Saving…' : 'Save example'}
      </button>
    </form>
  );
}
