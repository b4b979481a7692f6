/**
 * The fields of a correction that says "official": what kind of source, which, of what
 * country, and the user's own name for it. Used by the popup and the settings page.
 */
import { useState } from 'preact/hooks';
import { COUNTRIES, countryName } from '../seeds/countries';
import type { SourceSubkind } from '../utils/detect/types';
import { useI18n } from './i18n';

export interface OfficialMark {
  kind: 'mfa' | 'government';
  subkind: SourceSubkind;
  country: string | null;
  label: string;
}

/** Which subkinds each kind offers, the usual first (utils/model/source.ts: an embassy's site is the foreign service's). */
const SUBKINDS: Record<OfficialMark['kind'], SourceSubkind[]> = {
  mfa: ['ministry', 'embassy', 'consulate', 'mission', 'minister'],
  government: ['government', 'ministry', 'head-of-state', 'parliament', 'igo'],
};

export function CorrectionForm({ title, initial, onSave, onCancel, busy }: { title: string; initial: OfficialMark; onSave(m: OfficialMark): void; onCancel(): void; busy?: boolean }) {
  const { t, region } = useI18n();
  const [mark, setMark] = useState<OfficialMark>({ ...initial, subkind: SUBKINDS[initial.kind].includes(initial.subkind) ? initial.subkind : SUBKINDS[initial.kind][0]! });
  const countries = Object.keys(COUNTRIES)
    .map((code) => ({ code, name: region(code) ?? countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form
      class="correction-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(mark);
      }}
    >
      <p class="correction-form__title">{title}</p>
      <label class="field">
        <span class="field__label">{t('correct.kind')}</span>
        <select
          name="kind"
          value={mark.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as OfficialMark['kind'];
            setMark({ ...mark, kind, subkind: SUBKINDS[kind].includes(mark.subkind) ? mark.subkind : SUBKINDS[kind][0]! });
          }}
        >
          <option value="mfa">{t('correct.kind.mfa')}</option>
          <option value="government">{t('correct.kind.government')}</option>
        </select>
      </label>
      <label class="field">
        <span class="field__label">{t('correct.subkind')}</span>
        <select name="subkind" value={mark.subkind} onChange={(e) => setMark({ ...mark, subkind: e.currentTarget.value as SourceSubkind })}>
          {SUBKINDS[mark.kind].map((s) => (
            <option key={s} value={s}>
              {t(`subkind.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field__label">{t('correct.country')}</span>
        <select name="country" value={mark.country ?? ''} onChange={(e) => setMark({ ...mark, country: e.currentTarget.value || null })}>
          <option value="">{t('correct.noCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field__label">{t('correct.label')}</span>
        <input name="label" type="text" maxLength={200} value={mark.label} onInput={(e) => setMark({ ...mark, label: e.currentTarget.value })} />
      </label>
      <div class="correction-form__actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('correct.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('correct.cancel')}
        </button>
      </div>
    </form>
  );
}
