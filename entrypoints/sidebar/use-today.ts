// The inbox view's "due today", asked of the background (the only reader of the base for the sidebar) when the
// view opens, every minute after, and after a task is marked done here.
import { useCallback, useEffect, useState } from 'react';
import { personId } from '../../core/ids';
import type { TodayItem, TodayView } from '../../core/today';
import { send } from '../../integrations/messaging/client';

/** Today as the user's clock has it: from local midnight to the last millisecond before the next one. */
function todayBounds(now: number): { startOfDay: number; until: number } {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  return { startOfDay: start, until: next - 1 };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useToday(enabled: boolean, now: number) {
  const [view, setView] = useState<TodayView | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Bumped after a change made here, to ask again. */
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    send('sidebar.today', todayBounds(now)).then(
      (v) => {
        if (!current) return;
        setView(v);
        setError(null);
      },
      (e: unknown) => current && setError(message(e)),
    );
    return () => {
      current = false;
    };
  }, [enabled, now, asked]);
  const done = useCallback((item: TodayItem) => {
    send('sidebar.completeTask', { taskId: item.id }).then(
      () => setAsked((n) => n + 1),
      (e: unknown) => setError(message(e)),
    );
  }, []);
  const open = useCallback((item: TodayItem) => {
    if (item.client?.kind !== 'person') return;
    send('sidebar.openCard', { personId: personId(item.client.id) }).catch((e: unknown) =>
      setError(message(e)),
    );
  }, []);
  return { view, error, done, open };
}
