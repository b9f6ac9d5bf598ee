// Live replication while an extension page is open (TEAM.md: a stopped service worker abandons a long poll, so
// live runs only then): one long-poll `_changes` request per database the member reads; any change there asks
// for a sync (the same one-shot pull-then-push, so PouchDB's checkpoints stay the only cursor on the data). The
// `since` here only says where to wait from, never what has been applied.
import type { Fetch } from './pouch-types';

/** How long the server holds a long poll open when nothing changes (CouchDB's default `timeout` is 60 s). */
const HOLD_MS = 25_000;
/**
 * A poll the server has not answered this long after its hold is given up and made again (a half-open connection
 * or a server that never answers would otherwise end the watch, and an off-boarding would wait for the alarm).
 */
const POLL_LIMIT_MS = HOLD_MS + 15_000;
/** After a failed poll (offline, server down), the pause before the next one. */
const RETRY_MS = 5_000;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

async function watchOne(
  f: Fetch,
  url: string,
  database: string,
  signal: AbortSignal,
  onChange: (database: string) => void,
  onError: (error: unknown) => void,
) {
  let since = 'now';
  while (!signal.aborted) {
    try {
      const res = await f(
        `${url}/${database}/_changes?feed=longpoll&timeout=${HOLD_MS}&since=${encodeURIComponent(since)}`,
        {
          headers: { Accept: 'application/json' },
          signal: AbortSignal.any([signal, AbortSignal.timeout(POLL_LIMIT_MS)]),
        },
      );
      if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
      const body = (await res.json()) as { results?: unknown[]; last_seq?: string | number };
      if (body.last_seq !== undefined) since = String(body.last_seq);
      if ((body.results?.length ?? 0) > 0) onChange(database);
    } catch (e) {
      if (signal.aborted) return;
      onError(e);
      await pause(RETRY_MS, signal);
    }
  }
}

/**
 * Watches the databases until `signal` aborts; `onChange` names a database that changed on the server, `onError`
 * gets a failed poll (the caller's sync reports the state; the watch keeps trying).
 */
export function watchFirm(
  f: Fetch,
  url: string,
  databases: readonly string[],
  signal: AbortSignal,
  onChange: (database: string) => void,
  onError: (error: unknown) => void = () => undefined,
): Promise<void> {
  return Promise.all(databases.map((d) => watchOne(f, url, d, signal, onChange, onError))).then(
    () => undefined,
  );
}
