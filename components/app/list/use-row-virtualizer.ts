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
}

export function useRowVirtualizer(options: RowVirtualizerOptions): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const { rowHeight } = options;
  // Every row has the same height, so positions need no keys; a new key or size function per render would make
  // TanStack re-measure all rows on every scroll frame (100,000 items: tens of ms a frame).
  const [estimateSize] = useState(() => () => rowHeight);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, Element>({
        count: options.count,
        getScrollElement: options.getScrollElement,
        estimateSize,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
      }),
  );
  // As TanStack's own React adapter does: the options are current for this render, before it reads the rows.
  virtualizer.setOptions({
    count: options.count,
    getScrollElement: options.getScrollElement,
    estimateSize,
    overscan: options.overscan,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: rerender,
  });
  useLayoutEffect(() => virtualizer._willUpdate());
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  return virtualizer;
}
