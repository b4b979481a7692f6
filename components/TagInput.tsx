/**
 * A tag field: type, Enter or comma adds the tag; suggestions come from the
 * caller (fuse.js over existing tags and concepts). Backspace on an empty field
 * removes the last tag. Keyboard: ArrowDown/ArrowUp choose a suggestion.
 */
import { useState } from 'preact/hooks';

export interface TagInputProps {
  label: string;
  tags: string[];
  onChange(tags: string[]): void;
  suggest(query: string): string[];
}

export function TagInput({ label, tags, onChange, suggest }: TagInputProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const suggestions = text.trim() ? suggest(text.trim()).filter((s) => !tags.includes(s)).slice(0, 6) : [];
  const listId = 'tag-suggestions';

  const add = (tag: string) => {
    const t = tag.replace(/\s+/g, ' ').trim();
    if (t && !tags.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) onChange([...tags, t]);
    setText('');
    setActive(-1);
  };

  return (
    <div class="field tag-input">
      <label class="field__label" for="tag-input-field">
        {label}
      </label>
      <div class="tag-input__box">
        <ul class="chips" aria-label="Tags">
          {tags.map((t) => (
            <li key={t} class="chip">
              {t}
              <button
                type="button"
                class="chip__remove"
                aria-label={`Remove tag ${t}`}
                onClick={() => onChange(tags.filter((x) => x !== t))}
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
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          placeholder="Add a tag"
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
              onChange(tags.slice(0, -1));
            }
          }}
        />
      </div>
      {suggestions.length > 0 && (
        <ul id={listId} class="suggestions" role="listbox" aria-label="Tag suggestions">
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
