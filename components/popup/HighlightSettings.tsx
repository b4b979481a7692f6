/**
 * Where highlights appear: this site always, never, or automatically (official
 * sources only), and a global switch for every page. Presentational.
 */
export type SiteChoice = 'auto' | 'on' | 'off';

export interface HighlightSettingsProps {
  site: string;
  siteChoice: SiteChoice;
  everywhere: boolean;
  onSite(choice: SiteChoice): void;
  onEverywhere(on: boolean): void;
}

export function HighlightSettings(p: HighlightSettingsProps) {
  return (
    <details class="highlight-settings">
      <summary>Highlight settings</summary>
      <label class="field">
        <span class="field__label">On {p.site || 'this site'}</span>
        <select value={p.siteChoice} onChange={(e) => p.onSite(e.currentTarget.value as SiteChoice)} disabled={!p.site}>
          <option value="auto">Automatic (official sources only)</option>
          <option value="on">Always highlight</option>
          <option value="off">Never highlight</option>
        </select>
      </label>
      <label class="switch">
        <input type="checkbox" checked={p.everywhere} onChange={(e) => p.onEverywhere(e.currentTarget.checked)} />
        <span>Highlight on every page</span>
      </label>
    </details>
  );
}
