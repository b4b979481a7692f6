/** Actions on the selected examples: tag, untag, export, delete. */
import { useState } from 'preact/hooks';
import { EXAMPLE_LIMITS } from '../../utils/model/limits';

export interface BulkBarProps {
  count: number;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onClear(): void;
}

export function BulkBar(p: BulkBarProps) {
  const [tag, setTag] = useState('');
  const t = tag.trim();
  return (
    <section class="bulk" aria-label="Selected examples">
      <strong>{p.count.toLocaleString()} selected</strong>
      <label class="bulk__tag">
        <span class="visually-hidden">Tag for the selected examples</span>
        <input value={tag} placeholder="tag" maxLength={EXAMPLE_LIMITS.tagChars} onInput={(e) => setTag(e.currentTarget.value)} />
      </label>
      <button type="button" class="button" disabled={!t} onClick={() => (p.onAddTag(t), setTag(''))}>
        Add tag
      </button>
      <button type="button" class="button" disabled={!t} onClick={() => (p.onRemoveTag(t), setTag(''))}>
        Remove tag
      </button>
      <button type="button" class="button button--danger" onClick={p.onDelete}>
        Delete selected
      </button>
      <button type="button" class="button--link" onClick={p.onClear}>
        Clear selection
      </button>
    </section>
  );
}
