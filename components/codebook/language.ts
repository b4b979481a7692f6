/** A term language's name in the interface language ('ru' → 'Russian', 'русский', …; 'und' → 'Any language'). */
import { useI18n } from '../i18n';
import { UNDETERMINED } from '../../utils/codebook/model';

export function useLanguageName(): (code: string) => string {
  const tr = useI18n();
  return (code) => (code === UNDETERMINED ? tr.t('cb.lang.und') : (tr.language(code) ?? code));
}
