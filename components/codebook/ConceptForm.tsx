/** One concept: label, id, category, definition, colour, references and terms. */
import { useI18n } from '../i18n';
import type { Codebook, CodebookConcept } from '../../utils/codebook/model';
import { conceptColour } from '../../utils/codebook/model';
import type { Issue } from '../../utils/codebook/validate';
import { relabelConcept, updateConcept } from '../../utils/codebook/edit';
import { ColourField } from './ColourField';
import { IssueLines } from './IssueLines';
import { TermsEditor } from './TermsEditor';

export interface ConceptFormProps {
  codebook: Codebook;
  concept: CodebookConcept;
  /** Not in the saved codebook yet: its id still follows its label. */
  isNew: boolean;
  issues: readonly Issue[];
  readOnly: boolean;
  onChange(cb: Codebook, selectId?: string): void;
  onDelete(): void;
}

export function ConceptForm({ codebook: cb, concept: c, isNew, issues, readOnly, onChange, onDelete }: ConceptFormProps) {
  const { t } = useI18n();
  const mine = issues.filter((i) => i.where.kind === 'concept' && i.where.id === c.id);
  const on = (field: string) => mine.filter((i) => i.where.kind === 'concept' && i.where.field === field);
  const category = cb.categories.find((x) => x.id === c.category);
  return (
    <section class="cb-form" aria-labelledby="cb-form-title">
      <h2 id="cb-form-title" class="cb-form__title">
        <span class="cb-dot" style={{ background: conceptColour(cb, c) }} aria-hidden="true" /> {c.label || t('cb.concept.untitled')}
      </h2>
      <label class="field">
        <span class="field__label">{t('cb.concept.label')}</span>
        <input
          type="text"
          id="cb-concept-label"
          value={c.label}
          readOnly={readOnly}
          aria-invalid={on('label').length ? 'true' : undefined}
          onInput={(e) => {
            const r = relabelConcept(cb, c.id, e.currentTarget.value, isNew);
            onChange(r.codebook, r.id);
          }}
        />
        <IssueLines issues={on('label')} />
      </label>
      <p class="small muted cb-form__id">
        {t('cb.concept.id', { id: c.id })} {isNew ? t('cb.concept.idNew') : t('cb.concept.idFixed')}
      </p>
      <IssueLines issues={on('id')} />
      <label class="field">
        <span class="field__label">{t('cb.concept.category')}</span>
        <select value={c.category} disabled={readOnly} onChange={(e) => onChange(updateConcept(cb, c.id, { category: e.currentTarget.value }))}>
          {!category && <option value={c.category}>{c.category}</option>}
          {cb.categories.map((cat) => (
            <option key={cat.id} value={cat.id}>
              {cat.label || cat.id}
            </option>
          ))}
        </select>
        <IssueLines issues={on('category')} />
      </label>
      <label class="field">
        <span class="field__label">{t('cb.concept.definition')}</span>
        <textarea rows={3} value={c.definition} readOnly={readOnly} onInput={(e) => onChange(updateConcept(cb, c.id, { definition: e.currentTarget.value }))} />
      </label>
      <label class="switch cb-form__own">
        <input
          type="checkbox"
          checked={c.colour !== undefined}
          disabled={readOnly}
          onChange={(e) => onChange(updateConcept(cb, c.id, { colour: e.currentTarget.checked ? conceptColour(cb, c) : undefined }))}
        />
        {t('cb.concept.ownColour', { category: category?.label ?? c.category })}
      </label>
      {c.colour !== undefined && (
        <>
          <ColourField label={t('cb.concept.colour')} value={c.colour} disabled={readOnly} onChange={(colour) => onChange(updateConcept(cb, c.id, { colour }))} />
          <IssueLines issues={on('colour')} />
        </>
      )}
      <label class="field">
        <span class="field__label">{t('cb.concept.references')}</span>
        <textarea
          rows={2}
          value={c.references.join('\n')}
          readOnly={readOnly}
          onInput={(e) =>
            onChange(
              updateConcept(cb, c.id, {
                references: e.currentTarget.value.split('\n').map((r) => r.trim()).filter(Boolean),
              }),
            )
          }
        />
        <span class="small muted">{t('cb.concept.referencesHelp')}</span>
      </label>
      <IssueLines issues={on('terms')} />
      <TermsEditor codebook={cb} concept={c} issues={issues} readOnly={readOnly} onChange={(next) => onChange(next)} />
      {!readOnly && (
        <button type="button" class="button button--danger cb-form__delete" onClick={onDelete}>
          {t('cb.concept.delete')}
        </button>
      )}
    </section>
  );
}
