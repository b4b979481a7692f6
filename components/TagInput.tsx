/**
 * A tag field: type, Enter or comma adds the tag; suggestions come from the
 * caller (fuse.js over existing tags and concepts). Backspace on an empty field
 * removes the last tag. Keyboard: ArrowDown/ArrowUp choose a suggestion.
 * It adds no tag past EXAMPLE_LIMITS (count and length), the caps the import of
 * a backup takes back whole; it says why and keeps the typed text instead.
 */
import { useState } from 'preact/hooks';
import { EXAMPLE_LIMITS } from '../utils/model/limits';
import { useI18n } from './i18n';
import { pageTranslator, type PageTranslator } from '../utils/i18n/index';

export interface TagInputProps {
  label: string;
  tags: string[];
  onChange(tags: string[]): void;
  suggest(query: string): string[];
}

/** Why `tag` (cleaned, not yet in `tags`) cannot be added, or null when it can; in the interface language. */
export function tagProblem(tag: string, tags: readonly string[], tr: PageTranslator = pageTranslator('en')): string | null {
  if (tag.length > EXAMPLE_LIMITS.tagChars) return tr.t('tags.tooLong', { max: EXAMPLE_LIMITS.tagChars });
  if (tags.length >= EXAMPLE_LIMITS.tags) return tr.t('tags.tooMany', { max: EXAMPLE_LIMITS.tags });
  return null;
}

export function TagInput({ label, tags, onChange, suggest }: TagInputProps) {
  const tr = useI18n();
  const { t } = tr;
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);
  const suggestions = text.trim() ? suggest(text.trim()).filter((s) => !tags.includes(s)).slice(0, 6) : [];
  const listId = 'tag-suggestions';
  const problemId = 'tag-input-problem';

  const add = (typed: string) => {
    const tag = typed.replace(/\s+/g, ' ').trim();
    const known = tags.some((x) => x.toLocaleLowerCase() === tag.toLocaleLowerCase());
    const why = tag && !known ? tagProblem(tag, tags, tr) : null;
    if (why) {
      // Keep the text, so a long tag can be shortened or a tag removed to make room.
      setText(tag);
      setProblem(why);
      return;
    }
    if (tag && !known) onChange([...tags, tag]);
    setText('');
    setActive(-1);
    setProblem(null);
  };

  return (
    <div class="field tag-input">
      <label class="field__label" for="tag-input-field">
        {label}
      </label>
      <div class="tag-input__box">
        <ul class="chips" aria-label={t('tags.list')}>
          {tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}
              <button
                type="button"
                class="chip__remove"
                aria-label={t('tags.remove', { tag })}
                onClick={() => {
                  setProblem(null);
                  onChange(tags.filter((x) => x !== tag));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id="tag-input-field"
          name="tags"
          value={text}
          autocomplete="off"
          maxLength={EXAMPLE_LIMITS.tagChars}
          aria-describedby={problem ? problemId : undefined}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={t('tags.placeholder')}
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (v.endsWith(',')) add(v.slice(0, -1));
            else setText(v);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              // An empty tag field lets Enter reach the form and save.
              if (!text.trim()) return;
              e.preventDefault();
              e.stopPropagation();
              add(active >= 0 && suggestions[active] ? suggestions[active] : text);
            } else if (e.key === 'ArrowDown' && suggestions.length) {
              e.preventDefault();
              setActive((active + 1) % suggestions.length);
            } else if (e.key === 'ArrowUp' && suggestions.length) {
              e.preventDefault();
              setActive((active - 1 + suggestions.length) % suggestions.length);
            } else if (e.key === 'Escape') {
              setActive(-1);
            } else if (e.key === 'Backspace' && !text && tags.length) {
              setProblem(null);
              onChange(tags.slice(0, -1));
            }
          }}
        />
      </div>
      {problem && (
        <p id={problemId} class="message message--error" role="alert">
          {problem}
        </p>
      )}
      {suggestions.length > 0 && (
        <ul id={listId} class="suggestions" role="listbox" aria-label={t('tags.suggestions')}>
          {suggestions.map((s, i) => (
            <li
              key={s}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'suggestion suggestion--active' : 'suggestion'}
              onMouseDown={(e) => {
                e.preventDefault();
                add(s);
              }}
            >
              {s}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
