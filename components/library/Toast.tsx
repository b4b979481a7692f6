/** A short message at the bottom of the page, with an optional action (Undo). */
export interface ToastProps {
  text: string;
  kind?: 'ok' | 'error';
  action?: { label: string; run(): void };
  onDismiss(): void;
}

export function Toast(p: ToastProps) {
  return (
    <div class={`toast toast--${p.kind ?? 'ok'}`} role={p.kind === 'error' ? 'alert' : 'status'}>
      <span>{p.text}</span>
      {p.action && (
        <button type="button" class="button button--primary" onClick={p.action.run}>
          {p.action.label}
        </button>
      )}
      <button type="button" class="button--link" aria-label="Dismiss message" onClick={p.onDismiss}>
        ×
      </button>
    </div>
  );
}
