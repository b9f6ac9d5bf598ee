// The funnel page's numbers, computed in core from one live read of the base.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  activityByManager,
  dealsByMonth,
  funnel,
  lastMonths,
  newVsLost,
  stagesOverTime,
} from '../../core/analytics';
import type { Settings } from '../../core/model';
import { loadAnalyticsInput } from '../../storage/app-queries';
import { db } from '../../storage/db';

export function useAnalytics(
  settings: Settings,
  kind: 'people' | 'companies',
  monthCount: number,
  now: number,
) {
  const months = useMemo(() => lastMonths(now, monthCount), [now, monthCount]);
  const from = useMemo(() => {
    const [y, m] = (months[0] ?? '1970-01').split('-').map(Number);
    return new Date(y ?? 1970, (m ?? 1) - 1, 1).getTime();
  }, [months]);
  const input = useLiveQuery(() => loadAnalyticsInput(db, kind, from), [kind, from]);
  return useMemo(() => {
    if (!input) return undefined;
    const currency = settings.stageRules?.amountCurrency ?? 'UAH';
    return {
      currency,
      overTime: stagesOverTime(input.clients, input.snapshots, months, now),
      funnel: funnel(input.clients, settings.pipeline),
      newLost: newVsLost(input.clients, settings.pipeline, months),
      deals: dealsByMonth(input.deals, months, currency),
      managers: activityByManager(input.people, input.interactions, input.deals, input.tasks, from),
    };
  }, [input, months, now, from, settings]);
}

export type Analytics = NonNullable<ReturnType<typeof useAnalytics>>;
