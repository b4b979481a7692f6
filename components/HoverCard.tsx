/**
 * The card shown when pointing at a highlighted concept (or reaching it from the
 * keyboard): what it is, the term that matched, its definition, the papers that
 * discuss it, and a button that saves the sentence around it. Presentational;
 * rendered in a shadow root. Its own words follow the interface language (`t`); the
 * concept's name, definition and references are the lexicon's, in English, and marked so.
 */
import { h, render } from 'preact';
import type { HoverCardProps } from '../utils/content/hover-card';
import { contentTranslator } from '../utils/i18n/content/index';

export function HoverCard(p: HoverCardProps) {
  const tr = p.t ?? contentTranslator('en');
  const { t } = tr;
  const english = tr.locale === 'en' ? undefined : 'en';
  return (
    // tabIndex -1: the keyboard shortcut puts the focus on the card itself (keyboard-card.ts); Tab then reaches its buttons.
    <div class={`card card--${p.category}`} style={p.colour ? { '--cat': p.colour } : undefined} role="dialog" aria-label={t('card.label', { label: p.label })} lang={tr.tag} tabIndex={-1}>
      <div class="card__head">
        <span class="card__category">{p.categoryLabel}</span>
        <button type="button" class="card__close" aria-label={t('card.close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      <h2 class="card__title" lang={english}>
        {p.label}
      </h2>
      <p class="card__term">
        {tr.parts('card.matched', { matched: <q lang={p.lang}>{p.matched}</q> })}
        {p.matched.toLocaleLowerCase() !== p.term.toLocaleLowerCase() && <> {t('card.term', { term: p.term })}</>} ·{' '}
        {tr.language(p.lang) ?? p.lang}
      </p>
      <p class="card__definition" lang={english}>
        {p.definition}
      </p>
      {p.refs.length > 0 && (
        <div class="card__refs">
          <span class="card__refs-title">{t('card.discussed')}</span>
          <ul lang={english}>
            {p.refs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {p.added && <p class="card__added">{t('card.added', { source: p.added })}</p>}
      {p.position && <p class="card__position">{p.position}</p>}
      <div class="card__actions">
        <button type="button" class="card__save" onClick={p.onSave} disabled={p.saveState === 'saving' || p.saveState === 'saved'}>
          {p.saveState === 'saved' ? t('card.saved') : p.saveState === 'saving' ? t('card.saving') : t('card.save')}
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
