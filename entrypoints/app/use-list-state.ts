// The list's working state (filter, search text, sort, selection, applied segment), kept while the app is open,
// so going to a card and back finds the list as it was.
import { useCallback, useEffect, useState } from 'react';
import { emptyFilter, type ListFilter, type SavedSegment, type SortSpec } from '../../core/segments';

export interface ListState {
  filter: ListFilter;
  setFilter: (filter: ListFilter) => void;
  /** The search box's text; `filter.query` follows it after a short pause. */
  query: string;
  setQuery: (query: string) => void;
  sort: SortSpec;
  setSort: (sort: SortSpec) => void;
  selected: ReadonlySet<string>;
  select: (ids: string[], on: boolean) => void;
  clearSelection: () => void;
  segmentId: string | null;
  applySegment: (segment: SavedSegment) => void;
  /** The row whose card was opened: back on the list, focus returns to it (then it is cleared). */
  returnTo: string | null;
  setReturnTo: (id: string | null) => void;
}

const SEARCH_PAUSE_MS = 200;

export function useListState(): ListState {
  const [filter, setFilterState] = useState<ListFilter>(() => emptyFilter());
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortSpec>({ column: 'lastContact', dir: 'desc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(
      () => setFilterState((f) => (f.query === query ? f : { ...f, query })),
      SEARCH_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [query]);

  const setFilter = useCallback((next: ListFilter) => {
    setFilterState((prev) => {
      if (prev.kind !== next.kind) setSelected(new Set());
      return next;
    });
    setSegmentId(null);
  }, []);

  const select = useCallback((ids: string[], on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const applySegment = useCallback((segment: SavedSegment) => {
    setFilterState(segment.filter);
    setQuery(segment.filter.query);
    setSort(segment.sort);
    setSegmentId(segment.id);
    setSelected(new Set());
  }, []);

  return {
    filter,
    setFilter,
    query,
    setQuery,
    sort,
    setSort,
    selected,
    select,
    clearSelection: useCallback(() => setSelected(new Set()), []),
    segmentId,
    applySegment,
    returnTo,
    setReturnTo,
  };
}
