/**
 * The per-site rules as an editable list: each site Always or Never highlighted,
 * changed or removed in place, new ones added by address. Presentational.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { siteRuleHost, type SiteRule } from '../../utils/settings';

export function SiteRules(p: { rules: Record<string, SiteRule>; onChange(next: Record<string, SiteRule>): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [rule, setRule] = useState<SiteRule>('on');
  const [problem, setProblem] = useState<string | null>(null);
  const sites = Object.keys(p.rules).sort((a, b) => a.localeCompare(b));
  const set = (site: string, next: SiteRule | null) => {
    const rules = { ...p.rules };
    if (next) rules[site] = next;
    else delete rules[site];
    p.onChange(rules);
  };
  const add = () => {
    const host = siteRuleHost(text);
    if (!host) {
      setProblem(t('options.siteInvalid', { value: text.trim() }));
      return;
    }
    setProblem(null);
    setText('');
    set(host, rule);
  };
  const ruleSelect = (value: SiteRule, onChange: (r: SiteRule) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as SiteRule)}>
      <option value="on">{t('hl.always')}</option>
      <option value="off">{t('hl.never')}</option>
    </select>
  );
  return (
    <div class="site-rules">
      {sites.length === 0 ? (
        <p class="muted small">{t('options.sitesEmpty')}</p>
      ) : (
        <table class="site-rules__table">
          <thead>
            <tr>
              <th scope="col">{t('options.site')}</th>
              <th scope="col">{t('options.rule')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site}>
                <th scope="row" class="site-rules__site">
                  {site}
                </th>
                <td>{ruleSelect(p.rules[site]!, (r) => set(site, r), `${t('options.rule')}: ${site}`)}</td>
                <td>
                  <button type="button" class="button" aria-label={t('options.removeSite', { site })} onClick={() => set(site, null)}>
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        class="site-rules__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label class="field">
          <span class="field__label">{t('options.site')}</span>
          <input
            value={text}
            placeholder={t('options.sitePlaceholder')}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'site-problem' : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setProblem(null);
            }}
          />
        </label>
        <label class="field">
          <span class="field__label">{t('options.rule')}</span>
          {ruleSelect(rule, setRule, t('options.rule'))}
        </label>
        <button type="submit" class="button button--primary" disabled={!text.trim()}>
          {t('options.addSite')}
        </button>
      </form>
      {problem && (
        <p id="site-problem" class="message message--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
