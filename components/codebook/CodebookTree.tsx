/**
 * Categories and their concepts as a tree of buttons (nested lists): Tab reaches it, the
 * arrow keys move between its items, Home and End go to the first and last, Enter or Space
 * opens one. The selected item is marked aria-current.
 */
import { useI18n } from '../i18n';
import type { Codebook } from '../../utils/codebook/model';
import { conceptColour } from '../../utils/codebook/model';
import type { Issue } from '../../utils/codebook/validate';
import { categoryTree, orphanConcepts, type CategoryNode } from '../../utils/codebook/edit';

export type Selection = { kind: 'codebook' } | { kind: 'category'; id: string } | { kind: 'concept'; id: string };

export interface CodebookTreeProps {
  codebook: Codebook;
  selection: Selection;
  issues: readonly Issue[];
  readOnly: boolean;
  onSelect(s: Selection): void;
  onAddCategory(): void;
  onAddConcept(): void;
}

function moveFocus(e: KeyboardEvent) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const tree = (e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.cb-node');
  const items = [...tree];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  e.preventDefault();
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
  items[next]?.focus();
}

export function CodebookTree({ codebook: cb, selection, issues, readOnly, onSelect, onAddCategory, onAddConcept }: CodebookTreeProps) {
  const { t } = useI18n();
  const errorsAt = new Set<string>();
  for (const i of issues) {
    if (i.level !== 'error') continue;
    if (i.where.kind === 'concept') errorsAt.add(`concept:${i.where.id}`);
    if (i.where.kind === 'term') errorsAt.add(`concept:${i.where.conceptId}`);
    if (i.where.kind === 'category') errorsAt.add(`category:${i.where.id}`);
    if (i.where.kind === 'codebook') errorsAt.add('codebook');
  }
  const current = (kind: string, id?: string) => selection.kind === kind && (!id || ('id' in selection && selection.id === id));
  const flag = (key: string) => (errorsAt.has(key) ? <span class="cb-node__error">{t('cb.tree.hasErrors')}</span> : null);

  const node = (n: CategoryNode) => (
    <li key={n.category.id}>
      <button
        type="button"
        class="cb-node cb-node--category"
        aria-current={current('category', n.category.id) ? 'true' : undefined}
        onClick={() => onSelect({ kind: 'category', id: n.category.id })}
      >
        <span class="cb-dot" style={{ background: n.category.colour }} aria-hidden="true" />
        <span class="cb-node__label">{n.category.label || n.category.id}</span>
        <span class="count">{n.concepts.length}</span>
        {flag(`category:${n.category.id}`)}
      </button>
      {(n.concepts.length > 0 || n.children.length > 0) && (
        <ul>
          {n.children.map(node)}
          {n.concepts.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="cb-node cb-node--concept"
                aria-current={current('concept', c.id) ? 'true' : undefined}
                onClick={() => onSelect({ kind: 'concept', id: c.id })}
              >
                <span class="cb-dot" style={{ background: conceptColour(cb, c) }} aria-hidden="true" />
                <span class="cb-node__label">{c.label || c.id}</span>
                {flag(`concept:${c.id}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  const orphans = orphanConcepts(cb);
  return (
    <nav class="cb-tree" aria-label={t('cb.tree.label')}>
      <div class="cb-tree__scroll" onKeyDown={moveFocus}>
        <ul class="cb-tree__root">
          <li>
            <button type="button" class="cb-node cb-node--codebook" aria-current={current('codebook') ? 'true' : undefined} onClick={() => onSelect({ kind: 'codebook' })}>
              <span class="cb-node__label">{t('cb.tree.about')}</span>
              {flag('codebook')}
            </button>
          </li>
          {categoryTree(cb).map(node)}
          {orphans.map((c) => (
            <li key={c.id}>
              <button type="button" class="cb-node cb-node--concept" aria-current={current('concept', c.id) ? 'true' : undefined} onClick={() => onSelect({ kind: 'concept', id: c.id })}>
                <span class="cb-node__label">{c.label || c.id}</span>
                {flag(`concept:${c.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {!readOnly && (
        <div class="cb-tree__actions">
          <button type="button" class="button" onClick={onAddConcept}>
            {t('cb.tree.addConcept')}
          </button>
          <button type="button" class="button" onClick={onAddCategory}>
            {t('cb.tree.addCategory')}
          </button>
        </div>
      )}
    </nav>
  );
}
