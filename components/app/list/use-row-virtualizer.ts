// A vertical virtualizer for the client list, on TanStack Virtual's core: it re-renders only when the range of
// rows in view changes, so scrolling 100,000 rows touches a few dozen DOM nodes per frame.
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from '@tanstack/react-virtual';
import { useLayoutEffect, useReducer, useState } from 'react';

export interface RowVirtualizerOptions {
  count: number;
  getScrollElement: () => HTMLDivElement | null;
  rowHeight: number;
  overscan: number;
  getItemKey: (index: number) => string | number;
}

export function useRowVirtualizer(options: RowVirtualizerOptions): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, Element>({
        count: options.count,
        getScrollElement: options.getScrollElement,
        estimateSize: () => options.rowHeight,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
      }),
  );
  // As TanStack's own React adapter does: the options are current for this render, before it reads the rows.
  virtualizer.setOptions({
    count: options.count,
    getScrollElement: options.getScrollElement,
    estimateSize: () => options.rowHeight,
    overscan: options.overscan,
    getItemKey: options.getItemKey,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: rerender,
  });
  useLayoutEffect(() => virtualizer._willUpdate());
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  return virtualizer;
}
