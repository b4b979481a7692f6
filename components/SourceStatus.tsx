/** How the page's source was judged: kind, country, confidence and the reasons. Presentational. */
import type { Detection } from '../utils/detect/types';

const KIND_LABEL: Record<Detection['kind'], string> = {
  mfa: 'Foreign ministry source',
  government: 'Government source',
  none: 'Not an official source',
};

/** What each tier means, in the words the popup shows (utils/detect/types.ts, Tier). */
const TIER_LABEL: Record<NonNullable<Detection['tier']>, [string, string]> = {
  certain: ['Certain', 'A registry of official sources names this site or account.'],
  high: ['High', "The platform's government mark or verification and the account's name or website agree."],
  probable: ['Probable', 'Its own website is official and its name says what it is, or its handle follows a foreign service pattern.'],
  possible: ['Possible', 'Only its name or profile suggests it: not counted as an official source.'],
};

export interface SourceStatusProps {
  detection: Detection;
  /** Country name and flag, looked up by the caller. */
  countryLabel?: string;
  /** The region's accessible name: 'Source' for the page, 'Post source' for a post. */
  label?: string;
  /** A line above the judgement, e.g. who wrote the post (page text: rendered as text only). */
  byline?: string;
}

export function SourceStatus({ detection, countryLabel, label = 'Source', byline }: SourceStatusProps) {
  const pct = Math.round(detection.confidence * 100);
  return (
    <section class={`source source--${detection.kind}`} aria-label={label}>
      {byline && <p class="source__byline">{byline}</p>}
      <div class="source__head">
        <span class="source__kind">{KIND_LABEL[detection.kind]}</span>
        {detection.kind !== 'none' && detection.subkind !== 'none' && (
          <span class="chip">{detection.subkind.replace(/-/g, ' ')}</span>
        )}
        {detection.tier && (
          <span class={`chip chip--tier chip--${detection.tier}`} title={TIER_LABEL[detection.tier][1]}>
            {TIER_LABEL[detection.tier][0]}
          </span>
        )}
      </div>
      {(countryLabel || detection.kind !== 'none') && (
        <div class="source__meta">
          {countryLabel && <span class="source__country">{countryLabel}</span>}
          {detection.kind !== 'none' && (
            <span class="source__confidence" title="How sure DiploLens is">
              {pct}% sure
            </span>
          )}
        </div>
      )}
      {detection.reasons.length > 0 && (
        <ul class="source__reasons">
          {detection.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
