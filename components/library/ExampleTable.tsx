/**
 * The examples as a virtualised table: checkbox, quote, source, concepts,
 * tags, function, date. Presentational; the caller owns selection and order.
 */
import type { Example } from '../../utils/model/example';
import { useVirtualRows } from './useVirtualRows';

/** Fixed row height: two lines of quote plus the meta line. Fixed sizes keep scrolling cheap. */
export const ROW_HEIGHT = 76;

export interface ExampleTableProps {
  rows: readonly Example[];
  selected: ReadonlySet<string>;
  activeId: string | null;
  onToggle(id: string, shiftKey: boolean): void;
  onToggleAll(): void;
  onOpen(id: string): void;
  onActivate(id: string): void;
  conceptLabel(id: string): string;
  functionLabel(id: string): string;
  countryLabel(code: string | null): string | undefined;
}

const KIND_SHORT = { mfa: 'MFA', government: 'GOV', none: '' } as const;
const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function ExampleTable(p: ExampleTableProps) {
  const { scrollRef, items, total } = useVirtualRows(p.rows.length, ROW_HEIGHT);
  const allSelected = p.rows.length > 0 && p.rows.every((r) => p.selected.has(r.id));
  return (
    <div class="table" role="table" aria-label="Saved examples" aria-rowcount={p.rows.length + 1}>
      <div class="table__head" role="row" aria-rowindex={1}>
        <span role="columnheader" class="col-check">
          <input type="checkbox" aria-label="Select all examples in view" checked={allSelected} onChange={p.onToggleAll} />
        </span>
        <span role="columnheader" class="col-quote">Quote</span>
        <span role="columnheader" class="col-source">Source</span>
        <span role="columnheader" class="col-codes">Concepts, tags, function</span>
        <span role="columnheader" class="col-date">Saved</span>
      </div>
      <div class="table__body" ref={scrollRef} role="rowgroup">
        <div role="none" style={{ height: `${total}px`, position: 'relative' }}>
          {items.map((item) => {
            const e = p.rows[item.index]!;
            const kind = KIND_SHORT[e.detection.kind];
            return (
              <div
                key={e.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={p.activeId === e.id}
                class={`row ${p.activeId === e.id ? 'row--active' : ''} ${e.notFoundAt ? 'row--missing' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
                onClick={(ev) => {
                  if (!(ev.target as HTMLElement).closest('input,button,a')) p.onActivate(e.id);
                }}
              >
                <span role="cell" class="col-check">
                  <input
                    type="checkbox"
                    aria-label={`Select example: ${e.quote.slice(0, 60)}`}
                    checked={p.selected.has(e.id)}
                    onClick={(ev) => p.onToggle(e.id, ev.shiftKey)}
                  />
                </span>
                <span role="cell" class="col-quote">
                  <button type="button" class="quote-button" onClick={() => p.onActivate(e.id)} title="Edit this example">
                    {e.quote}
                  </button>
                  {e.note && <span class="row__note">{e.note}</span>}
                </span>
                <span role="cell" class="col-source">
                  <span class="row__site">
                    {kind && <span class={`kind kind--${e.detection.kind}`}>{kind}</span>} {e.site}
                    {e.author && <span class="muted"> · @{e.author}</span>}
                  </span>
                  <span class="row__country">{p.countryLabel(e.detection.country) ?? ''}</span>
                  <span class="row__links">
                    <button type="button" class="button--link" onClick={() => p.onOpen(e.id)}>
                      Open
                    </button>
                    {e.notFoundAt && <span class="missing" title={`Checked ${e.notFoundAt}`}>not found on the page</span>}
                  </span>
                </span>
                <span role="cell" class="col-codes">
                  <span class="row__chips">
                    {e.concepts.slice(0, 4).map((c) => (
                      <span key={c} class="chip chip--concept">
                        {p.conceptLabel(c)}
                      </span>
                    ))}
                    {e.concepts.length > 4 && <span class="chip">+{e.concepts.length - 4}</span>}
                    {e.tags.map((t) => (
                      <span key={t} class="chip chip--tag">
                        #{t}
                      </span>
                    ))}
                  </span>
                  {e.functionId && <span class="row__function">{p.functionLabel(e.functionId)}</span>}
                </span>
                <span role="cell" class="col-date">
                  {dateFmt.format(e.createdAt)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {p.rows.length === 0 && <p class="empty muted">No example matches.</p>}
    </div>
  );
}
