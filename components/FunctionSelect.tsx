/**
 * The diplomatic-function field (codebook, seeds/codebook.ts) shared by the
 * popup's save form and the library's editor: one choice or "Not coded".
 */
import type { Option } from '../utils/vocabulary';
import { useI18n } from './i18n';

export interface FunctionSelectProps {
  value: string;
  functions: Option[];
  onChange(functionId: string): void;
  /** The form field's name, where the form has one. */
  name?: string;
}

export function FunctionSelect({ value, functions, onChange, name }: FunctionSelectProps) {
  const { t } = useI18n();
  return (
    <label class="field">
      <span class="field__label">{t('form.function')}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('form.notCoded')}</option>
        {functions.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
    </label>
  );
}
