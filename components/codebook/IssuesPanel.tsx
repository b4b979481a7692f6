/** The codebook's errors (which stop a save) and warnings, each with a button to the place it names. */
import { useI18n } from '../i18n';
import type { Issue } from '../../utils/codebook/validate';
import type { Selection } from './CodebookTree';

const placeOf = (i: Issue): Selection =>
  i.where.kind === 'concept'
    ? { kind: 'concept', id: i.where.id }
    : i.where.kind === 'term'
      ? { kind: 'concept', id: i.where.conceptId }
      : i.where.kind === 'category'
        ? { kind: 'category', id: i.where.id }
        : { kind: 'codebook' };

export function IssuesPanel({ errors, warnings, onShow }: { errors: readonly Issue[]; warnings: readonly Issue[]; onShow(s: Selection): void }) {
  const { t } = useI18n();
  if (!errors.length && !warnings.length) return <p class="small cb-checks cb-checks--ok">{t('cb.checks.ok')}</p>;
  const item = (i: Issue, k: number) => (
    <li key={k} class={i.level === 'error' ? 'message--error' : 'cb-warning'}>
      <span lang="en">{i.message}</span>{' '}
      <button type="button" class="button button--link" onClick={() => onShow(placeOf(i))}>
        {t('cb.checks.show')}
      </button>
    </li>
  );
  return (
    <details class="cb-checks" open={errors.length > 0}>
      <summary>
        {errors.length > 0 && <span class="message--error">{t('cb.checks.errors', { count: errors.length })}</span>}
        {errors.length > 0 && warnings.length > 0 && ' · '}
        {warnings.length > 0 && <span>{t('cb.checks.warnings', { count: warnings.length })}</span>}
      </summary>
      <ul class="cb-checks__list">
        {errors.slice(0, 50).map(item)}
        {warnings.slice(0, 50).map(item)}
      </ul>
    </details>
  );
}
