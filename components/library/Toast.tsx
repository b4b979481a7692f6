/** A short message at the bottom of the page, with an optional action (Undo). */
import { useI18n } from '../i18n';

export interface ToastProps {
  text: string;
  kind?: 'ok' | 'error';
  action?: { label: string; run(): void };
  onDismiss(): void;
}

export function Toast(p: ToastProps) {
  const { t } = useI18n();
  return (
    <div class={`toast toast--${p.kind ?? 'ok'}`} role={p.kind === 'error' ? 'alert' : 'status'}>
      <span>{p.text}</span>
      {p.action && (
        <button type="button" class="button button--primary" onClick={p.action.run}>
          {p.action.label}
        </button>
      )}
      <button type="button" class="button--link" aria-label={t('common.dismiss')} onClick={p.onDismiss}>
        ×
      </button>
    </div>
  );
}
