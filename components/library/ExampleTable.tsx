/**
 * The examples as a virtualised table: checkbox, quote, source, concepts,
 * tags, function, date. Presentational; the caller owns selection and order.
 */
import type { Example } from '../../utils/model/example';
import { useVirtualRows } from './useVirtualRows';
import { useI18n } from '../i18n';
import { chipStyle } from '../../utils/library/code-colours';

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
  /** A concept's colour as this example was coded (utils/library/code-colours.ts); none: the page's own colours. */
  conceptColour?(example: Example, conceptId: string): string | undefined;
  functionLabel(id: string): string;
  countryLabel(code: string | null): string | undefined;
}

/** Chips shown in a row's line before the rest is counted as '+N' (each chip shrinks with an ellipsis to fit). */
export const CHIPS_PER_LINE = 3;

/**
 * One line of chips (concepts, or tags): the first few, each cut with an ellipsis if the
 * column is narrow and named in full in its title, then '+N' naming the rest, so nothing
 * is ever cut off without a sign.
 */
function ChipLine({ items, kind, colours }: { items: string[]; kind: 'concept' | 'tag'; colours?: Array<string | undefined> }) {
  const { t, list } = useI18n();
  if (!items.length) return null;
  const shown = items.slice(0, CHIPS_PER_LINE);
  const rest = items.slice(CHIPS_PER_LINE);
  return (
    <span class="row__chipline">
      {shown.map((label, i) => {
        const colour = colours?.[i];
        return (
          <span key={label} class={`chip chip--${kind}${colour ? ' chip--coded' : ''}`} title={label} style={colour ? chipStyle(colour) : undefined}>
            {label}
          </span>
        );
      })}
      {rest.length > 0 && (
        <span class="chip chip--more" title={t('table.moreTitle', { list: list(rest) })} aria-label={t('table.moreTitle', { list: list(rest) })}>
          {t('table.more', { count: rest.length })}
        </span>
      )}
    </span>
  );
}

export function ExampleTable(p: ExampleTableProps) {
  const { t, date, time } = useI18n();
  const { scrollRef, items, total } = useVirtualRows(p.rows.length, ROW_HEIGHT);
  const allSelected = p.rows.length > 0 && p.rows.every((r) => p.selected.has(r.id));
  return (
    <div class="table" role="table" aria-label={t('table.label')} aria-rowcount={p.rows.length + 1}>
      <div class="table__head" role="row" aria-rowindex={1}>
        <span role="columnheader" class="col-check">
          <input type="checkbox" aria-label={t('table.selectAll')} checked={allSelected} onChange={p.onToggleAll} />
        </span>
        <span role="columnheader" class="col-quote">{t('table.quote')}</span>
        <span role="columnheader" class="col-source">{t('table.source')}</span>
        <span role="columnheader" class="col-codes">{t('table.codes')}</span>
        <span role="columnheader" class="col-date">{t('table.saved')}</span>
      </div>
      <div class="table__body" ref={scrollRef} role="rowgroup">
        <div role="none" style={{ height: `${total}px`, position: 'relative' }}>
          {items.map((item) => {
            const e = p.rows[item.index]!;
            const kind = e.detection.kind === 'none' ? '' : t(`source.short.${e.detection.kind}`);
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
                    aria-label={t('table.select', { quote: e.quote.slice(0, 60) })}
                    checked={p.selected.has(e.id)}
                    onClick={(ev) => p.onToggle(e.id, ev.shiftKey)}
                  />
                </span>
                <span role="cell" class="col-quote">
                  <button type="button" class="quote-button" onClick={() => p.onActivate(e.id)} title={t('table.edit')}>
                    {e.quote}
                  </button>
                  {e.note && <span class="row__note">{e.note}</span>}
                </span>
                <span role="cell" class="col-source">
                  <span class="row__site">
                    {kind && (
                      <span class={`kind kind--${e.detection.kind}`} title={t(`source.kind.${e.detection.kind as 'mfa' | 'government'}`)}>
                        {kind}
                      </span>
                    )}{' '}
                    {e.site}
                    {e.author && <span class="muted"> · @{e.author}</span>}
                  </span>
                  <span class="row__country">{p.countryLabel(e.detection.country) ?? ''}</span>
                  <span class="row__links">
                    <button type="button" class="button--link" onClick={() => p.onOpen(e.id)}>
                      {t('table.open')}
                    </button>
                    {e.notFoundAt && (
                      <span class="missing" title={t('table.checked', { date: date(Date.parse(e.notFoundAt)) })}>
                        {t('table.notFound')}
                      </span>
                    )}
                  </span>
                </span>
                <span role="cell" class="col-codes">
                  <ChipLine
                    items={e.concepts.map((c) => p.conceptLabel(c))}
                    kind="concept"
                    colours={p.conceptColour ? e.concepts.slice(0, CHIPS_PER_LINE).map((c) => p.conceptColour!(e, c)) : undefined}
                  />
                  <ChipLine items={e.tags.map((t) => `#${t}`)} kind="tag" />
                  {e.functionId && <span class="row__function">{p.functionLabel(e.functionId)}</span>}
                </span>
                <span role="cell" class="col-date">
                  <time dateTime={new Date(e.createdAt).toISOString()}>
                    <span class="row__date">{date(e.createdAt)}</span>
                    <span class="row__time">{time(e.createdAt)}</span>
                  </time>
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {p.rows.length === 0 && <p class="empty muted">{t('table.noMatch')}</p>}
    </div>
  );
}
