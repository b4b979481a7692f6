/**
 * A Preact hook over @tanstack/virtual-core: only the rows in view (plus a few)
 * are rendered, so the table stays smooth at 100,000 examples.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';

/** Rows above and below the viewport kept rendered: enough for fast wheel scrolling. */
const OVERSCAN = 12;

export function useVirtualRows(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => rowHeight,
        overscan: OVERSCAN,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: () => rerender(0),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._willUpdate());
  useEffect(() => virtualizer._didMount(), [virtualizer]);
  return { scrollRef, virtualizer, items: virtualizer.getVirtualItems(), total: virtualizer.getTotalSize() };
}
