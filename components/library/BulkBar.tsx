/** Actions on the selected examples: tag, untag, export, delete. */
import { useState } from 'preact/hooks';
import { EXAMPLE_LIMITS } from '../../utils/model/limits';
import { useI18n } from '../i18n';

export interface BulkBarProps {
  count: number;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onClear(): void;
}

export function BulkBar(p: BulkBarProps) {
  const { t: say } = useI18n();
  const [tag, setTag] = useState('');
  const t = tag.trim();
  return (
    <section class="bulk" aria-label={say('bulk.region')}>
      <strong>{say('bulk.selected', { count: p.count })}</strong>
      <label class="bulk__tag">
        <span class="visually-hidden">{say('bulk.tagLabel')}</span>
        <input value={tag} placeholder={say('bulk.tagPlaceholder')} maxLength={EXAMPLE_LIMITS.tagChars} onInput={(e) => setTag(e.currentTarget.value)} />
      </label>
      <button type="button" class="button" disabled={!t} onClick={() => (p.onAddTag(t), setTag(''))}>
        {say('bulk.addTag')}
      </button>
      <button type="button" class="button" disabled={!t} onClick={() => (p.onRemoveTag(t), setTag(''))}>
        {say('bulk.removeTag')}
      </button>
      <button type="button" class="button button--danger" onClick={p.onDelete}>
        {say('bulk.delete')}
      </button>
      <button type="button" class="button--link" onClick={p.onClear}>
        {say('bulk.clear')}
      </button>
    </section>
  );
}
