// The whole base as list rows, live; sorted once per column and filtered in memory (100,000 rows: one read).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Locale } from '../../core/i18n';
import type { StageDef } from '../../core/model';
import { filterRows, sortRows, type ListFilter, type ListRow, type SortSpec } from '../../core/segments';
import { loadListRows, searchClientIds } from '../../storage/app-queries';
import { db } from '../../storage/db';

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
  const rows = useLiveQuery(() => loadListRows(db), []);
  const hits = useLiveQuery(
    async () => ({ query: filter.query, ids: await searchClientIds(db, filter.kind, filter.query) }),
    [filter.kind, filter.query],
  );
  const all = rows ? (filter.kind === 'people' ? rows.people : rows.companies) : undefined;
  const sorted = useMemo(
    () => (all ? sortRows(all, sort, { locale, pipeline, now }) : []),
    [all, sort, locale, pipeline, now],
  );
  const stageKinds = useMemo(() => new Map(pipeline.map((s) => [s.id, s.kind])), [pipeline]);
  const searching = filter.query.trim() !== '' && hits?.query !== filter.query;
  const visible = useMemo(() => {
    const ctx = hits?.ids ? { now, stageKinds, searchHits: hits.ids } : { now, stageKinds };
    return filterRows(sorted, filter, ctx);
  }, [sorted, filter, now, stageKinds, hits]);
  return { all, visible, loading: rows === undefined || searching };
}
