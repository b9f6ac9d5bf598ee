// Live client search for the popup and the capture window's client picker: the page's in-memory index, so each
// keystroke is answered without a database read, and a client saved meanwhile shows up at once.
import { useMemo, useDeferredValue } from 'react';
import type { ClientRow } from '../../components/popup/ClientList';
import type { Translate } from '../../core/i18n';
import { queryTokens } from '../../core/search';
import { useLiveClients } from '../ui/use-live-clients';
import { usePipeline } from '../ui/use-settings';

/** People matching the query (names in either script, transliterations, phones in any format); undefined while loading. */
export function useClientSearch(query: string, t: Translate, limit = 8): ClientRow[] | undefined {
  const pipeline = usePipeline(t);
  const deferred = useDeferredValue(query.trim());
  const { live, version, ready } = useLiveClients();
  return useMemo(() => {
    if (deferred === '') return [];
    if (!ready) return undefined;
    return live.people.search(queryTokens(deferred), limit).map(({ data }): ClientRow => {
      const stage = pipeline.find((s) => s.id === data.stage);
      const row: ClientRow = { id: data.id, name: data.name };
      if (data.companyName !== undefined) row.company = data.companyName;
      if (data.email !== undefined) row.email = data.email;
      if (data.stage !== undefined)
        row.stage = { label: stage?.label ?? data.stage, color: stage?.color ?? '#5f6368' };
      if (data.lastContactAt !== undefined) row.lastContactAt = data.lastContactAt;
      return row;
    });
    // `version` changes with the index's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deferred, pipeline, limit, live, version, ready]);
}
