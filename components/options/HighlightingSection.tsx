/** Where and what is highlighted: the global switch, every page, site rules, categories shown. Presentational. */
import { useI18n } from '../i18n';
import type { CategoryId } from '../../utils/lexicon/types';
import type { Settings } from '../../utils/settings';
import { SiteRules } from './SiteRules';

export function HighlightingSection(p: { settings: Settings; categories: readonly CategoryId[]; onChange(patch: Partial<Settings>): void }) {
  const { t } = useI18n();
  const s = p.settings;
  const hidden = new Set(s.hiddenCategories);
  return (
    <>
      <section class="options__section" id="highlighting" aria-labelledby="highlighting-title">
        <h2 id="highlighting-title">{t('options.highlighting')}</h2>
        <label class="switch switch--large">
          <input type="checkbox" checked={s.highlightOn} onChange={(e) => p.onChange({ highlightOn: e.currentTarget.checked })} />
          <span>{t('options.master')}</span>
        </label>
        <p class="muted small options__help">{t('options.masterHelp')}</p>
        <label class="switch switch--large">
          <input
            type="checkbox"
            checked={s.highlightEverywhere}
            disabled={!s.highlightOn}
            onChange={(e) => p.onChange({ highlightEverywhere: e.currentTarget.checked })}
          />
          <span>{t('options.everywhere')}</span>
        </label>
      </section>
      <section class="options__section" id="sites" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('options.sites')}</h2>
        <p class="muted small">{t('options.sitesHelp')}</p>
        <SiteRules rules={s.sites} onChange={(sites) => p.onChange({ sites })} />
      </section>
      <section class="options__section" id="categories" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('options.categories')}</h2>
        <p class="muted small">{t('options.categoriesHelp')}</p>
        <ul class="category-list">
          {p.categories.map((id) => (
            <li key={id} class={`concept-group hl-cat--${id}`}>
              <label class="switch switch--large">
                <input
                  type="checkbox"
                  checked={!hidden.has(id)}
                  aria-describedby={`category-${id}-about`}
                  onChange={(e) =>
                    p.onChange({
                      hiddenCategories: e.currentTarget.checked ? s.hiddenCategories.filter((c) => c !== id) : [...s.hiddenCategories, id],
                    })
                  }
                />
                <span>{t(`category.${id}`)}</span>
              </label>
              <p id={`category-${id}-about`} class="muted small category-list__about">
                {t(`category.${id}.about`)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
