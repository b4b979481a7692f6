/** The codebook itself: name, description, what it holds, and its export. */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Codebook } from '../../utils/codebook/model';
import type { Issue } from '../../utils/codebook/validate';
import type { CodebookFormat } from '../../utils/codebook/formats/index';
import { EXPORT_FORMATS } from '../../utils/codebook/file-export';
import { IssueLines } from './IssueLines';

export interface CodebookFormProps {
  codebook: Codebook;
  issues: readonly Issue[];
  readOnly: boolean;
  dirty: boolean;
  onChange(cb: Codebook): void;
  onExport(format: CodebookFormat): void;
}

export function CodebookForm({ codebook: cb, issues, readOnly, dirty, onChange, onExport }: CodebookFormProps) {
  const { t, dateTime } = useI18n();
  const [format, setFormat] = useState<CodebookFormat>('yaml');
  const on = (field: string) => issues.filter((i) => i.where.kind === 'codebook' && i.where.field === field);
  let terms = 0;
  for (const c of cb.concepts) for (const list of Object.values(c.terms)) terms += list.length;
  return (
    <section class="cb-form" aria-labelledby="cb-form-title">
      <h2 id="cb-form-title" class="cb-form__title">
        {t('cb.about.title')}
      </h2>
      <label class="field">
        <span class="field__label">{t('cb.about.name')}</span>
        <input type="text" id="cb-name" value={cb.name} readOnly={readOnly} onInput={(e) => onChange({ ...cb, name: e.currentTarget.value })} />
        <IssueLines issues={on('name')} />
      </label>
      <label class="field">
        <span class="field__label">{t('cb.about.description')}</span>
        <textarea rows={3} value={cb.description} readOnly={readOnly} onInput={(e) => onChange({ ...cb, description: e.currentTarget.value })} />
      </label>
      <p class="small">
        {t('cb.about.holds', {
          categories: t('cb.about.categories', { count: cb.categories.length }),
          concepts: t('cb.list.concepts', { count: cb.concepts.length }),
          terms: t('cb.about.terms', { count: terms }),
          functions: t('cb.about.functions', { count: cb.functions.length }),
        })}
      </p>
      <p class="small muted">
        {cb.builtIn ? t('cb.about.builtInVersion', { version: cb.version }) : t('cb.about.version', { version: cb.version, date: dateTime(cb.updatedAt) })}
      </p>
      <IssueLines issues={on('size')} />
      <fieldset class="field cb-export">
        <legend class="field__label">{t('cb.export.title')}</legend>
        <div class="cb-export__row">
          <select aria-label={t('cb.export.format')} value={format} onChange={(e) => setFormat(e.currentTarget.value as CodebookFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`cb.format.${f}`)}
              </option>
            ))}
          </select>
          <button type="button" class="button" onClick={() => onExport(format)}>
            {t('cb.export.button')}
          </button>
        </div>
        <span class="small muted">{dirty ? t('cb.export.savedOnly') : t(`cb.formatHint.${format}`)}</span>
      </fieldset>
    </section>
  );
}
