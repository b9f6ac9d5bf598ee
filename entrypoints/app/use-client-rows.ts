// The whole base as list rows, live, from the page's in-memory clients; sorted once per column and filtered in
// memory. A change to one client re-reads that client only.
import { useMemo } from 'react';
import type { Locale } from '../../core/i18n';
import type { StageDef } from '../../core/model';
import { queryTokens } from '../../core/search';
import { filterRows, type ListFilter, type ListRow, type SortSpec } from '../../core/segments';
import { useLiveClients } from '../../integrations/ui/use-live-clients';
import { RowSorter } from './sort-rows';

/** One per page: its collation ranks outlive the list (a card and back re-sorts in integers). */
const sorter = new RowSorter();

export interface ClientRows {
  /** Every client of the filter's kind; undefined while loading. */
  all: ListRow[] | undefined;
  /** The filtered, sorted rows. */
  visible: ListRow[];
  loading: boolean;
}

export function useClientRows(
  filter: ListFilter,
  sort: SortSpec,
  pipeline: readonly StageDef[],
  locale: Locale,
  now: number,
): ClientRows {
  const { live, version, ready } = useLiveClients();
  const all = useMemo(
    () => (ready ? live.rows(filter.kind) : undefined),
    // `version` changes with the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live, ready, version, filter.kind],
  );
  const hits = useMemo(() => {
    const tokens = queryTokens(filter.query);
    if (!ready || tokens.length === 0) return undefined;
    return (filter.kind === 'people' ? live.people : live.companies).matchIds(tokens);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live, ready, version, filter.kind, filter.query]);
  const sorted = useMemo(
    () => (all ? sorter.sort(all, sort, { locale, pipeline, now }) : []),
    [all, sort, locale, pipeline, now],
  );
  const stageKinds = useMemo(() => new Map(pipeline.map((s) => [s.id, s.kind])), [pipeline]);
  const visible = useMemo(() => {
    const ctx = hits ? { now, stageKinds, searchHits: hits } : { now, stageKinds };
    return filterRows(sorted, filter, ctx);
  }, [sorted, filter, now, stageKinds, hits]);
  return { all, visible, loading: !ready };
}
