/**
 * The codebooks: the built-in one (read-only: copy it to change it) and the user's own,
 * with new, copy, delete (asked once more, inline) and import from a dictionary file.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Codebook } from '../../utils/codebook/model';
import { CODEBOOK_EXTENSIONS } from '../../utils/codebook/formats/index';

export interface CodebookListProps {
  codebooks: readonly Codebook[];
  currentId: string;
  /** The codebook pages are highlighted with. */
  activeId?: string;
  busy: boolean;
  onOpen(id: string): void;
  onNew(): void;
  onCopy(id: string): void;
  onDelete(id: string): void;
  onImport(file: File): void;
}

export function CodebookList({ codebooks, currentId, activeId, busy, onOpen, onNew, onCopy, onDelete, onImport }: CodebookListProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <aside class="cb-books" aria-labelledby="cb-books-title">
      <h2 id="cb-books-title" class="section-title">
        {t('cb.list.title')}
      </h2>
      <ul class="cb-books__list">
        {codebooks.map((cb) => (
          <li key={cb.id} class={`cb-book${cb.id === currentId ? ' cb-book--current' : ''}`}>
            <button type="button" class="cb-book__open" aria-current={cb.id === currentId ? 'true' : undefined} onClick={() => onOpen(cb.id)}>
              <span class="cb-book__name">{cb.name}</span>
              <span class="small muted">
                {cb.builtIn ? t('cb.list.builtIn') : t('cb.list.version', { version: cb.version })} · {t('cb.list.concepts', { count: cb.concepts.length })}
                {cb.id === activeId && <> · <strong class="cb-book__used">{t('cb.list.used')}</strong></>}
              </span>
            </button>
            <div class="cb-book__actions">
              <button type="button" class="button button--link" disabled={busy} onClick={() => onCopy(cb.id)} aria-label={t('cb.list.copyLabel', { name: cb.name })}>
                {t('cb.list.copy')}
              </button>
              {!cb.builtIn && (
                <button
                  type="button"
                  class="button button--link button--danger"
                  disabled={busy}
                  aria-label={t('cb.list.deleteLabel', { name: cb.name })}
                  onClick={() => setConfirming(cb.id)}
                >
                  {t('cb.list.delete')}
                </button>
              )}
            </div>
            {confirming === cb.id && (
              <div class="cb-confirm" role="group" aria-label={t('cb.list.deleteLabel', { name: cb.name })}>
                <p class="small">{t('cb.list.deleteAsk', { name: cb.name })}</p>
                {cb.id === activeId && (
                  <p class="small">
                    <strong>{t('cb.list.deleteActive')}</strong>
                  </p>
                )}
                <button
                  type="button"
                  class="button button--danger"
                  ref={(el) => el?.focus()}
                  onClick={() => {
                    setConfirming(null);
                    onDelete(cb.id);
                  }}
                >
                  {t('cb.list.deleteYes')}
                </button>{' '}
                <button type="button" class="button" onClick={() => setConfirming(null)}>
                  {t('cb.list.deleteNo')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div class="cb-books__actions">
        <button type="button" class="button" disabled={busy} onClick={onNew}>
          {t('cb.list.new')}
        </button>
        <label class="button import-button">
          {t('cb.list.import')}
          <input
            type="file"
            accept={CODEBOOK_EXTENSIONS.join(',')}
            class="visually-hidden"
            disabled={busy}
            aria-label={t('cb.list.importLabel')}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) onImport(f);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p class="small muted">{t('cb.list.importHelp')}</p>
      </div>
    </aside>
  );
}
