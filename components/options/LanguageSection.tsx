/** The interface language: follow the browser, or one of DiploLens's five. Presentational. */
import { useI18n } from '../i18n';
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, resolveLocale, type LanguageChoice } from '../../utils/i18n/locales';

export function LanguageSection(p: { value: LanguageChoice; preferred: readonly string[]; onChange(choice: LanguageChoice): void }) {
  const { t } = useI18n();
  const browserLocale = resolveLocale('auto', p.preferred);
  return (
    <section class="options__section" id="language" aria-labelledby="language-title">
      <h2 id="language-title">{t('options.language')}</h2>
      <label class="field options__narrow">
        <span class="field__label">{t('options.languageLabel')}</span>
        <select value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as LanguageChoice)}>
          <option value="auto">{t('options.languageAuto', { language: LOCALE_NAMES[browserLocale] })}</option>
          {LOCALES.map((l) => (
            // Each language named in itself, and marked so, for screen readers.
            <option key={l} value={l} lang={LOCALE_TAGS[l]}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <p class="muted small">{t('options.languageHelp')}</p>
    </section>
  );
}
