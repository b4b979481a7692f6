/**
 * The page's confirmation after a save from the context menu or the shortcut: what happened
 * (a live region), 'Add tags or a note' and 'Undo', and the small tags-and-note form.
 * Presentational; rendered in a shadow root (utils/content/save-toast.ts holds its state).
 * Everything shown is text (Preact text nodes), never HTML.
 */
import { h, render } from 'preact';
import type { SaveToastProps } from '../utils/content/save-toast';

export function SaveToast(p: SaveToastProps) {
  const { t } = p.t;
  const onSubmit = (e: Event) => {
    const form = e.currentTarget as HTMLFormElement;
    const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    p.onSubmitDetails(e, { tags: read('tags'), note: read('note') });
  };
  return (
    <section class={`toast toast--${p.tone}`} aria-label={t('toast.region')} lang={p.t.tag}>
      <div class="toast__head">
        <p class="toast__message" role="status" aria-live="polite">
          {p.message}
        </p>
        <button type="button" class="toast__close" aria-label={t('toast.close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      {p.actions && !p.form && (
        <div class="toast__actions">
          <button type="button" class="toast__add" onClick={p.onAddDetails} disabled={p.busy}>
            {t('toast.addDetails')}
          </button>
          <button type="button" class="toast__undo" onClick={p.onUndo} disabled={p.busy}>
            {t('toast.undo')}
          </button>
        </div>
      )}
      {p.form && (
        <form class="toast__form" aria-label={t('toast.form')} onSubmit={onSubmit}>
          <label class="toast__label" for="dl-toast-tags">
            {t('toast.tags')}
          </label>
          <input id="dl-toast-tags" name="tags" type="text" class="toast__input" defaultValue={p.form.tags} autocomplete="off" />
          <label class="toast__label" for="dl-toast-note">
            {t('toast.note')}
          </label>
          <textarea id="dl-toast-note" name="note" class="toast__input toast__note" rows={3} defaultValue={p.form.note} />
          {p.form.error && (
            <p class="toast__error" role="alert">
              {p.form.error}
            </p>
          )}
          <div class="toast__actions">
            <button type="submit" class="toast__save" disabled={p.busy}>
              {p.busy ? t('toast.savingDetails') : t('toast.saveDetails')}
            </button>
            {/* No Undo here: beside Cancel it reads the same in some languages (uz 'Bekor qilish'); Cancel leads back to it. */}
            <button type="button" class="toast__cancel" onClick={p.onCancelDetails} disabled={p.busy}>
              {t('toast.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Renders the box into `mount` (null empties it), synchronously. */
export function renderSaveToast(props: SaveToastProps | null, mount: Element): void {
  render(props ? h(SaveToast, props) : null, mount);
}
