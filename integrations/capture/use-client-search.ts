// Live client search for the popup and the capture window's client picker.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import type { ClientRow } from '../../components/popup/ClientList';
import { db } from '../../storage/db';
import { searchPeople } from '../../storage/search';
import { usePipeline } from '../ui/use-settings';

/** People matching the query (names in either script, transliterations, phones in any format); undefined while loading. */
export function useClientSearch(query: string, limit = 8): ClientRow[] | undefined {
  const pipeline = usePipeline();
  const deferred = useDeferredValue(query.trim());
  return useLiveQuery(async () => {
    if (deferred === '') return [];
    const hits = await searchPeople(db, deferred, limit);
    return hits.map((hit): ClientRow => {
      const stage = pipeline.find((s) => s.id === hit.stage);
      const row: ClientRow = { id: hit.person.id, name: hit.person.displayName };
      if (hit.companyName !== undefined) row.company = hit.companyName;
      if (hit.person.emails[0] !== undefined) row.email = hit.person.emails[0];
      if (hit.stage !== undefined)
        row.stage = { label: stage?.label ?? hit.stage, color: stage?.color ?? '#5f6368' };
      if (hit.lastContactAt !== undefined) row.lastContactAt = hit.lastContactAt;
      return row;
    });
  }, [deferred, pipeline, limit]);
}
