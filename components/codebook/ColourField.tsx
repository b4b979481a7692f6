/**
 * A colour for a category or concept, with how its highlight reads on a light and on a
 * dark page (utils/codebook/colour.ts: the fill against the page, the page's text over the
 * fill), and a readable shade of the same hue offered when one kind of page fails.
 */
import { useId } from 'preact/hooks';
import { useI18n } from '../i18n';
import {
  checkColour,
  DARK_PAGE,
  FILL_ALPHA,
  hexToRgb,
  LIGHT_PAGE,
  MIN_FILL_CONTRAST,
  MIN_TEXT_CONTRAST,
  normaliseHex,
  readableVariant,
  type PageContrast,
} from '../../utils/codebook/colour';

export interface ColourFieldProps {
  label: string;
  value: string;
  onChange(hex: string): void;
  disabled?: boolean;
}

const rgba = (hex: string, a: number) => {
  const [r, g, b] = hexToRgb(hex);
  return `rgb(${r} ${g} ${b} / ${a})`;
};

export function ColourField({ label, value, onChange, disabled }: ColourFieldProps) {
  const { t, number } = useI18n();
  const id = useId();
  const hex = normaliseHex(value);
  const check = hex ? checkColour(hex) : undefined;
  const better = hex && check && !check.ok ? readableVariant(hex) : undefined;
  // Rounded down, so a ratio just under the bar never shows as reaching it.
  const ratio = (n: number) => number(Math.floor(n * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const ratio2 = (n: number) => number(Math.floor(n * 100) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const page = (kind: 'light' | 'dark', p: PageContrast) => {
    const colours = kind === 'light' ? LIGHT_PAGE : DARK_PAGE;
    return (
      <div class={`cb-sample cb-sample--${kind}`} style={{ background: colours.background, color: colours.text }}>
        <span class="cb-sample__page">{t(kind === 'light' ? 'cb.colour.light' : 'cb.colour.dark')}</span>{' '}
        <span
          class="cb-sample__mark"
          style={hex ? { background: rgba(hex, FILL_ALPHA) } : {}}
        >
          {t('cb.colour.sample')}
        </span>
        <span class={`cb-sample__ratios${p.ok ? '' : ' cb-sample__ratios--bad'}`}>
          {t('cb.colour.ratios', { fill: ratio2(p.fill), text: ratio(p.text) })}
          {p.ok ? '' : ` · ${t('cb.colour.weak')}`}
        </span>
      </div>
    );
  };
  return (
    <fieldset class="field cb-colour" disabled={disabled}>
      <legend class="field__label">{label}</legend>
      <div class="cb-colour__inputs">
        <input type="color" id={`${id}-pick`} value={hex ?? '#000000'} aria-label={t('cb.colour.pick', { what: label })} onInput={(e) => onChange(e.currentTarget.value)} />
        <input
          type="text"
          class="cb-colour__hex"
          value={value}
          spellcheck={false}
          aria-label={t('cb.colour.hex', { what: label })}
          aria-invalid={hex ? undefined : 'true'}
          aria-describedby={`${id}-check`}
          onChange={(e) => {
            const v = e.currentTarget.value.trim();
            onChange(normaliseHex(v) ?? v);
          }}
        />
      </div>
      <div id={`${id}-check`} class="cb-colour__check">
        {check ? (
          <>
            {page('light', check.light)}
            {page('dark', check.dark)}
            <p class="small muted cb-colour__rule">{t('cb.colour.rule', { fill: MIN_FILL_CONTRAST, text: MIN_TEXT_CONTRAST })}</p>
          </>
        ) : (
          <p class="message--error small">{t('cb.colour.notColour', { value })}</p>
        )}
      </div>
      {better && better !== hex && (
        <button type="button" class="button cb-colour__fix" onClick={() => onChange(better)}>
          <span class="cb-dot" style={{ background: better }} aria-hidden="true" /> {t('cb.colour.useReadable', { hex: better })}
        </button>
      )}
    </fieldset>
  );
}
