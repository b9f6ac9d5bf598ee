// The page's in-memory clients (storage/live-clients.ts) as React state: loads them on first use and re-renders
// on every applied change.
import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../../storage/db';
import { liveClients, type LiveClients } from '../../storage/live-clients';

/** The live clients and a version that changes with them; `ready` is false until the first load is done. */
export function useLiveClients(): { live: LiveClients; version: number; ready: boolean } {
  const live = liveClients(db);
  const version = useSyncExternalStore(
    (fn) => live.subscribe(fn),
    () => live.version,
  );
  useEffect(() => {
    void live.ready();
  }, [live]);
  return { live, version, ready: live.isReady };
}
