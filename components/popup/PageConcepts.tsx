/**
 * The concepts highlighted on the page, counted per category; choosing one
 * scrolls the page to its next occurrence. Presentational.
 */
import type { PageStatus } from '../../utils/messages/protocol';
import { siteOf } from '../../utils/model/example';
import { useI18n } from '../i18n';
import type { CategoryId } from '../../utils/lexicon/types';
import { chipStyle } from '../../utils/library/code-colours';

export interface PageConceptsProps {
  status: PageStatus;
  conceptLabel(id: string): string;
  onToggle(): void;
  onNext(conceptId: string): void;
  /** How many categories the settings hide (their concepts are not counted here). */
  hiddenCategories?: number;
  /** A concept's colour in the active codebook (utils/library/code-colours.ts), undefined: the page's own chip. */
  conceptColour?(id: string): string | undefined;
}

export function PageConcepts({ status, conceptLabel, onToggle, onNext, hiddenCategories = 0, conceptColour }: PageConceptsProps) {
  const { t, number } = useI18n();
  const byCategory = new Map<CategoryId, PageStatus['concepts']>();
  for (const c of status.concepts) {
    const list = byCategory.get(c.category) ?? [];
    list.push(c);
    byCategory.set(c.category, list);
  }
  // The reason in the popup's language; the content script's English sentence if it sent no code (an older tab).
  const reason = status.highlightReasonCode ? t(`reason.${status.highlightReasonCode}`, { site: siteOf(status.url) }) : status.highlightReason;
  return (
    <section class="page-concepts" aria-label={t('concepts.region')}>
      <div class="page-concepts__head">
        <h2 class="section-title">{t('concepts.region')}</h2>
        <label class="switch">
          <input type="checkbox" checked={status.highlighting} onChange={onToggle} />
          <span>{t('concepts.highlight')}</span>
        </label>
      </div>
      {reason && <p class="muted small">{reason}</p>}
      {status.highlighting && status.concepts.length === 0 && <p class="muted small">{t('concepts.none')}</p>}
      {hiddenCategories > 0 && <p class="muted small">{t('concepts.hidden', { count: hiddenCategories })}</p>}
      <div class="page-concepts__groups">
        {[...byCategory].map(([cat, list]) => (
          <div key={cat} class={`concept-group hl-cat--${cat}`}>
            <h3 class="concept-group__title">
              {t(`category.${cat}`)} <span class="count">{number(list.reduce((n, c) => n + c.count, 0))}</span>
            </h3>
            <ul class="chips">
              {list.map((c) => {
                // The code's colour, shaded for the popup's light and dark themes (chipStyle: text 4.5:1, edge 3:1).
                const colour = conceptColour?.(c.conceptId);
                return (
                  <li key={c.conceptId}>
                    <button
                      type="button"
                      class={`chip chip--button${colour ? ' chip--coded' : ''}`}
                      style={colour ? chipStyle(colour) : undefined}
                      onClick={() => onNext(c.conceptId)}
                      title={t('concepts.next')}
                    >
                      {conceptLabel(c.conceptId)} <span class="count">{number(c.count)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
