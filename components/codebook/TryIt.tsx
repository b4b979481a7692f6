/**
 * The 'Try it' box: a sample text, and what the codebook being edited finds in it, with
 * each found word in its concept's colour and the concepts and terms listed below. The text
 * is rendered as text nodes (utils/codebook/try-it.ts cuts it), never as HTML. Terms with
 * errors are left out of the trial, as they would be refused on saving.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Codebook } from '../../utils/codebook/model';
import { compileCodebook } from '../../utils/codebook/compile';
import { tryIt, TRY_MAX_CHARS } from '../../utils/codebook/try-it';
import { usableTerms } from '../../utils/codebook/edit';
import { useLanguageName } from './language';

/** Compiling waits for a pause in typing: a codebook of 1,000 concepts takes ~100 ms (README, Measurements). */
const COMPILE_DELAY_MS = 250;

export function TryIt({ codebook, sample, onSample }: { codebook: Codebook; sample: string; onSample(s: string): void }) {
  const { t } = useI18n();
  const langName = useLanguageName();
  const [settled, setSettled] = useState(codebook);
  useEffect(() => {
    const id = setTimeout(() => setSettled(codebook), COMPILE_DELAY_MS);
    return () => clearTimeout(id);
  }, [codebook]);
  const compiled = useMemo(() => compileCodebook(usableTerms(settled)), [settled]);
  const segments = useMemo(() => tryIt(compiled, sample), [compiled, sample]);
  const found = new Map<string, { label: string; colour: string; terms: Set<string>; count: number }>();
  for (const s of segments)
    for (const m of s.matches ?? []) {
      const f = found.get(m.conceptId) ?? { label: m.label, colour: m.colour, terms: new Set<string>(), count: 0 };
      f.count++;
      f.terms.add(`${m.term} (${langName(m.lang)})`);
      found.set(m.conceptId, f);
    }
  return (
    <section class="cb-try" aria-labelledby="cb-try-title">
      <h2 id="cb-try-title" class="section-title">
        {t('cb.try.title')}
      </h2>
      <label class="field">
        <span class="field__label">{t('cb.try.label')}</span>
        <textarea rows={4} value={sample} maxLength={TRY_MAX_CHARS} placeholder={t('cb.try.placeholder')} onInput={(e) => onSample(e.currentTarget.value)} />
      </label>
      <div class="cb-try__out" role="status" aria-label={t('cb.try.result')}>
        {sample.trim() === '' ? (
          <p class="muted small">{t('cb.try.empty')}</p>
        ) : (
          <>
            <p class="cb-try__text">
              {segments.map((s, i) =>
                s.matches ? (
                  <mark key={i} class="cb-hit" style={{ '--hl': s.matches[0]!.colour }} title={s.matches.map((m) => m.label).join(', ')}>
                    {s.text}
                  </mark>
                ) : (
                  s.text
                ),
              )}
            </p>
            {found.size === 0 ? (
              <p class="small muted">{t('cb.try.nothing')}</p>
            ) : (
              <ul class="cb-try__found">
                {[...found].map(([id, f]) => (
                  <li key={id}>
                    <span class="cb-dot" style={{ background: f.colour }} aria-hidden="true" /> <strong>{f.label}</strong>{' '}
                    <span class="count">×{f.count}</span> <span class="small muted">{[...f.terms].join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
