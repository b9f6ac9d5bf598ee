// Live replication while an extension page is open (TEAM.md: a stopped service worker abandons a long poll, so
// live runs only then): long-poll `_changes` requests on the databases the member reads; any change there asks
// for a sync (the same one-shot pull-then-push, so PouchDB's checkpoints stay the only cursor on the data). The
// `since` here only says where to wait from, never what has been applied.
import type { Fetch } from './pouch-types';

/** How long the server holds a long poll open when nothing changes (CouchDB's default `timeout` is 60 s). */
const HOLD_MS = 25_000;
/** The shortest hold of a database that shares its slot with others (see SLOTS). */
const SHARED_HOLD_MS = 5_000;
/**
 * A poll the server has not answered this long after its hold is given up and made again (a half-open connection
 * or a server that never answers would otherwise end the watch, and an off-boarding would wait for the alarm).
 */
const LIMIT_AFTER_HOLD_MS = 15_000;
/** After a failed poll (offline, server down), the pause before the next one. */
const RETRY_MS = 5_000;
/**
 * Long polls held at once. Chrome opens at most 6 HTTP/1.1 connections to one host (CouchDB speaks HTTP/1.1) and
 * a held poll keeps one: with 6 held, every request of a sync waits for a poll to end (measured in Chromium 156:
 * 3 quick requests behind 6 held ones took 7699 ms, behind 5 held ones 30 ms; notes/21.md session 5). An admin
 * reads every member's database, so one poll per database starved the admin's syncs in a firm of four. Beyond
 * this many, databases share a slot and are polled in turn.
 */
export const SLOTS = 4;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

async function getJson(f: Fetch, href: string, signal: AbortSignal, limitMs: number): Promise<unknown> {
  const res = await f(href, {
    headers: { Accept: 'application/json' },
    signal: AbortSignal.any([signal, AbortSignal.timeout(limitMs)]),
  });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.json();
}

/** Watches the databases of one slot: one held poll at a time, each database in turn (alone: held all along). */
async function watchSlot(
  f: Fetch,
  url: string,
  databases: readonly string[],
  signal: AbortSignal,
  onChange: (database: string) => void,
  onError: (error: unknown) => void,
) {
  const alone = databases.length === 1;
  const hold = alone ? HOLD_MS : Math.max(SHARED_HOLD_MS, Math.round(HOLD_MS / databases.length));
  const since = new Map<string, string>();
  for (let turn = 0; !signal.aborted; turn++) {
    const database = databases[turn % databases.length] ?? '';
    try {
      // Sharing a slot, each database waits from where it was last seen, the first time from its end when the
      // watch began (its update_seq), so a change while another one is held is seen at its turn, never lost.
      // One not readable now (gone, refused) waits from its turn on; the others keep theirs.
      if (!alone)
        for (const d of databases.filter((x) => !since.has(x))) {
          const info = await getJson(f, `${url}/${d}`, signal, LIMIT_AFTER_HOLD_MS).catch((e: unknown) => {
            if (!signal.aborted) onError(e);
            return {};
          });
          since.set(d, String((info as { update_seq?: unknown }).update_seq ?? 'now'));
        }
      const from = encodeURIComponent(since.get(database) ?? 'now');
      const body = (await getJson(
        f,
        `${url}/${database}/_changes?feed=longpoll&timeout=${hold}&since=${from}`,
        signal,
        hold + LIMIT_AFTER_HOLD_MS,
      )) as { results?: unknown[]; last_seq?: string | number };
      if (body.last_seq !== undefined) since.set(database, String(body.last_seq));
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
 * gets a failed poll (the caller's sync reports the state; the watch keeps trying). The first database keeps a
 * slot of its own (the background's directory: an off-boarding reaches the member at once); the others share the
 * remaining SLOTS - 1 when there are more of them.
 */
export function watchFirm(
  f: Fetch,
  url: string,
  databases: readonly string[],
  signal: AbortSignal,
  onChange: (database: string) => void,
  onError: (error: unknown) => void = () => undefined,
): Promise<void> {
  const [first, ...rest] = databases;
  const shared = Array.from({ length: Math.min(SLOTS - 1, rest.length) }, (_, i) =>
    rest.filter((_, k) => k % (SLOTS - 1) === i),
  );
  const slots = first === undefined ? [] : [[first], ...shared];
  return Promise.all(slots.map((dbs) => watchSlot(f, url, dbs, signal, onChange, onError))).then(
    () => undefined,
  );
}
