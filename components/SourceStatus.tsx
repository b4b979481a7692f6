/** How the page's source was judged: kind, country, confidence and the reasons. Presentational. */
import type { Detection } from '../utils/detect/types';
import { useI18n } from './i18n';

/** Each tier's name and what it means, in the catalogs (utils/detect/types.ts, Tier). */
const TIER_WORDS = {
  certain: ['tier.certain', 'tier.certainHelp'],
  high: ['tier.high', 'tier.highHelp'],
  probable: ['tier.probable', 'tier.probableHelp'],
  possible: ['tier.possible', 'tier.possibleHelp'],
} as const satisfies Record<NonNullable<Detection['tier']>, readonly [string, string]>;

export interface SourceStatusProps {
  detection: Detection;
  /** Country name and flag, looked up by the caller. */
  countryLabel?: string;
  /** The region's accessible name: 'Source' (the default) for the page, 'Post source' for a post. */
  label?: string;
  /** A line above the judgement, e.g. who wrote the post (page text: rendered as text only). */
  byline?: string;
}

export function SourceStatus({ detection, countryLabel, label, byline }: SourceStatusProps) {
  const { t, number, locale } = useI18n();
  const pct = number(Math.round(detection.confidence * 100) / 100, { style: 'percent' });
  return (
    <section class={`source source--${detection.kind}`} aria-label={label ?? t('source.region')}>
      {byline && <p class="source__byline">{byline}</p>}
      <div class="source__head">
        <span class="source__kind">{t(`source.kind.${detection.kind}`)}</span>
        {detection.kind !== 'none' && detection.subkind !== 'none' && <span class="chip">{t(`subkind.${detection.subkind}`)}</span>}
        {detection.tier && (
          <span
            class={`chip chip--tier chip--${detection.tier}${detection.markedBy ? ' chip--marked' : ''}`}
            title={detection.markedBy ? t('correct.markedByYou') : t(TIER_WORDS[detection.tier][1])}
          >
            {/* The user's own correction (utils/detect/apply-corrections.ts) is said as theirs: 'Certain (marked by you)'. */}
            {detection.markedBy ? t('correct.markedByYou') : t(TIER_WORDS[detection.tier][0])}
          </span>
        )}
      </div>
      {(countryLabel || detection.kind !== 'none') && (
        <div class="source__meta">
          {countryLabel && <span class="source__country">{countryLabel}</span>}
          {detection.kind !== 'none' && (
            <span class="source__confidence" title={t('source.confidenceTitle')}>
              {t('source.confidence', { percent: pct })}
            </span>
          )}
        </div>
      )}
      {detection.reasons.length > 0 && (
        // The detector's sentences are English (utils/detect), and marked so for screen readers.
        <ul class="source__reasons" lang={locale === 'en' ? undefined : 'en'}>
          {detection.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
