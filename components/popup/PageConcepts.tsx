/**
 * The concepts highlighted on the page, counted per category; choosing one
 * scrolls the page to its next occurrence. Presentational.
 */
import type { PageStatus } from '../../utils/messages/protocol';
import { categoryLabel } from '../../utils/content/lexicon-adapter';

export interface PageConceptsProps {
  status: PageStatus;
  conceptLabel(id: string): string;
  onToggle(): void;
  onNext(conceptId: string): void;
}

export function PageConcepts({ status, conceptLabel, onToggle, onNext }: PageConceptsProps) {
  const byCategory = new Map<string, PageStatus['concepts']>();
  for (const c of status.concepts) {
    const list = byCategory.get(c.category) ?? [];
    list.push(c);
    byCategory.set(c.category, list);
  }
  return (
    <section class="page-concepts" aria-label="Concepts on this page">
      <div class="page-concepts__head">
        <h2 class="section-title">Concepts on this page</h2>
        <label class="switch">
          <input type="checkbox" checked={status.highlighting} onChange={onToggle} />
          <span>Highlight</span>
        </label>
      </div>
      {status.highlightReason && <p class="muted small">{status.highlightReason}</p>}
      {status.highlighting && status.concepts.length === 0 && <p class="muted small">None found.</p>}
      <div class="page-concepts__groups">
      {[...byCategory].map(([cat, list]) => (
        <div key={cat} class={`concept-group hl-cat--${cat}`}>
          <h3 class="concept-group__title">
            {categoryLabel(cat)}{' '}
            <span class="count">{list.reduce((n, c) => n + c.count, 0)}</span>
          </h3>
          <ul class="chips">
            {list.map((c) => (
              <li key={c.conceptId}>
                <button type="button" class="chip chip--button" onClick={() => onNext(c.conceptId)} title="Scroll to the next one">
                  {conceptLabel(c.conceptId)} <span class="count">{c.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      </div>
    </section>
  );
}
