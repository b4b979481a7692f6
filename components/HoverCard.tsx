/**
 * The card shown when pointing at a highlighted concept: what it is, the term
 * that matched, its definition, the papers that discuss it, and a button that
 * saves the sentence around it. Presentational; rendered in a shadow root by
 * utils/content/hover-card.ts, which is handed `renderHoverCard` by the entry point.
 */
import { h, render } from 'preact';
import type { HoverCardProps } from '../utils/content/hover-card';

const LANG_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', uz: 'Uzbek', kk: 'Kazakh', tr: 'Turkish' };

export function HoverCard(p: HoverCardProps) {
  return (
    <div class={`card card--${p.category}`} role="dialog" aria-label={`DiploLens: ${p.label}`}>
      <div class="card__head">
        <span class="card__category">{p.categoryLabel}</span>
        <button type="button" class="card__close" aria-label="Close" onClick={p.onClose}>
          ×
        </button>
      </div>
      <h2 class="card__title">{p.label}</h2>
      <p class="card__term">
        Matched <q>{p.matched}</q>
        {p.matched.toLocaleLowerCase() !== p.term.toLocaleLowerCase() && <> (term: {p.term})</>} ·{' '}
        {LANG_NAMES[p.lang] ?? p.lang}
      </p>
      <p class="card__definition">{p.definition}</p>
      {p.refs.length > 0 && (
        <div class="card__refs">
          <span class="card__refs-title">Discussed in</span>
          <ul>
            {p.refs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {p.added && <p class="card__added">Added to the lexicon: {p.added}</p>}
      <div class="card__actions">
        <button type="button" class="card__save" onClick={p.onSave} disabled={p.saveState === 'saving' || p.saveState === 'saved'}>
          {p.saveState === 'saved' ? 'Saved' : p.saveState === 'saving' ? 'Saving…' : 'Save as example'}
        </button>
        <span class="card__status" role="status">
          {p.saveMessage ?? ''}
        </span>
      </div>
    </div>
  );
}

/** Renders the card into `mount` (null empties it), synchronously: the host measures it next. */
export function renderHoverCard(props: HoverCardProps | null, mount: Element): void {
  render(props ? h(HoverCard, props) : null, mount);
}
