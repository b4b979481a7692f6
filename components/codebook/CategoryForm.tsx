/** One category: label, description, colour (its concepts' unless they have their own), and where it sits. */
import { useI18n } from '../i18n';
import type { Codebook, CodebookCategory } from '../../utils/codebook/model';
import type { Issue } from '../../utils/codebook/validate';
import { relabelCategory, updateCategory } from '../../utils/codebook/edit';
import { ColourField } from './ColourField';
import { IssueLines } from './IssueLines';

export interface CategoryFormProps {
  codebook: Codebook;
  category: CodebookCategory;
  isNew: boolean;
  issues: readonly Issue[];
  readOnly: boolean;
  onChange(cb: Codebook, selectId?: string): void;
  onAddConcept(): void;
  onDelete(): void;
}

/** Categories that may hold `id`: not itself, nor one inside it. */
function possibleParents(cb: Codebook, id: string): CodebookCategory[] {
  const inside = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of cb.categories) if (c.parent && inside.has(c.parent) && !inside.has(c.id)) inside.add(c.id), (grew = true);
  }
  return cb.categories.filter((c) => !inside.has(c.id));
}

export function CategoryForm({ codebook: cb, category: cat, isNew, issues, readOnly, onChange, onAddConcept, onDelete }: CategoryFormProps) {
  const { t } = useI18n();
  const on = (field: string) => issues.filter((i) => i.where.kind === 'category' && i.where.id === cat.id && i.where.field === field);
  const count = cb.concepts.filter((c) => c.category === cat.id).length;
  return (
    <section class="cb-form" aria-labelledby="cb-form-title">
      <h2 id="cb-form-title" class="cb-form__title">
        <span class="cb-dot" style={{ background: cat.colour }} aria-hidden="true" /> {cat.label || t('cb.category.untitled')}
      </h2>
      <p class="small muted">{t('cb.category.count', { count })}</p>
      <label class="field">
        <span class="field__label">{t('cb.category.label')}</span>
        <input
          type="text"
          id="cb-category-label"
          value={cat.label}
          readOnly={readOnly}
          onInput={(e) => {
            const r = relabelCategory(cb, cat.id, e.currentTarget.value, isNew);
            onChange(r.codebook, r.id);
          }}
        />
        <IssueLines issues={on('label')} />
      </label>
      <p class="small muted cb-form__id">{t('cb.concept.id', { id: cat.id })}</p>
      <IssueLines issues={on('id')} />
      <label class="field">
        <span class="field__label">{t('cb.category.description')}</span>
        <textarea rows={2} value={cat.description} readOnly={readOnly} onInput={(e) => onChange(updateCategory(cb, cat.id, { description: e.currentTarget.value }))} />
      </label>
      <ColourField label={t('cb.category.colour')} value={cat.colour} disabled={readOnly} onChange={(colour) => onChange(updateCategory(cb, cat.id, { colour }))} />
      <IssueLines issues={on('colour')} />
      <label class="field">
        <span class="field__label">{t('cb.category.parent')}</span>
        <select
          value={cat.parent ?? ''}
          disabled={readOnly}
          onChange={(e) => onChange(updateCategory(cb, cat.id, { parent: e.currentTarget.value || undefined }))}
        >
          <option value="">{t('cb.category.top')}</option>
          {possibleParents(cb, cat.id).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label || p.id}
            </option>
          ))}
        </select>
        <IssueLines issues={on('parent')} />
      </label>
      {!readOnly && (
        <div class="cb-form__actions">
          <button type="button" class="button" onClick={onAddConcept}>
            {t('cb.tree.addConceptHere')}
          </button>
          <button type="button" class="button button--danger" onClick={onDelete}>
            {t('cb.category.delete')}
          </button>
        </div>
      )}
    </section>
  );
}
