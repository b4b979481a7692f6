/**
 * Where highlights appear: this site always, never, or automatically (official
 * sources only), and a global switch for every page; the rest is on the settings
 * page. Presentational.
 */
import { useI18n } from '../i18n';

export type SiteChoice = 'auto' | 'on' | 'off';

export interface HighlightSettingsProps {
  site: string;
  siteChoice: SiteChoice;
  everywhere: boolean;
  onSite(choice: SiteChoice): void;
  onEverywhere(on: boolean): void;
  /** Opens the settings page. */
  onMore?(): void;
}

export function HighlightSettings(p: HighlightSettingsProps) {
  const { t } = useI18n();
  return (
    <details class="highlight-settings">
      <summary>{t('hl.title')}</summary>
      <label class="field">
        <span class="field__label">{p.site ? t('hl.onSite', { site: p.site }) : t('hl.thisSite')}</span>
        <select value={p.siteChoice} onChange={(e) => p.onSite(e.currentTarget.value as SiteChoice)} disabled={!p.site}>
          <option value="auto">{t('hl.auto')}</option>
          <option value="on">{t('hl.always')}</option>
          <option value="off">{t('hl.never')}</option>
        </select>
      </label>
      <div class="highlight-settings__row">
        <label class="switch">
          <input type="checkbox" checked={p.everywhere} onChange={(e) => p.onEverywhere(e.currentTarget.checked)} />
          <span>{t('hl.everywhere')}</span>
        </label>
        {p.onMore && (
          <button type="button" class="button button--link small" onClick={p.onMore}>
            {t('hl.more')}
          </button>
        )}
      </div>
    </details>
  );
}
