// Reading the outbox for a push and acknowledging what reached a replica: an entry goes only if no write came
// after it was read, so an edit made while its record was being pushed is pushed next time.
import { clientOf, type RecordData } from '../../core/team/documents';
import type { KartkaDB } from '../db';
import type { OutboxRow } from './rows';

/** One record waiting to be pushed, with the client it belongs to (whose owner and sharing decide where it goes). */
export interface Pending {
  entry: OutboxRow;
  /** The record as it is here now; undefined when it was deleted here. */
  row: RecordData | undefined;
  /** The record's client (itself for a client), when it is in the base. */
  client: RecordData | undefined;
}

/** Up to `limit` waiting records (or those of `keys` that wait). */
export async function pendingBatch(
  db: KartkaDB,
  limit: number,
  keys?: readonly string[],
): Promise<Pending[]> {
  return db.transaction(
    'r',
    [db.teamOutbox, db.people, db.companies, db.interactions, db.deals, db.tasks, db.documents],
    async () => {
      const entries = keys
        ? (await db.teamOutbox.bulkGet([...keys])).filter((e) => e !== undefined)
        : await db.teamOutbox.limit(limit).toArray();
      const rows = await Promise.all(
        entries.map((e) => db.table(e.table).get(e.id) as Promise<RecordData | undefined>),
      );
      const clients = await Promise.all(
        entries.map(async (e, i) => {
          const row = rows[i];
          const ref = row ? clientOf(e.table, row) : null;
          if (!ref) return undefined;
          if (ref.table === e.table && ref.id === e.id) return row;
          return db.table(ref.table).get(ref.id) as Promise<RecordData | undefined>;
        }),
      );
      return entries.map((entry, i) => ({ entry, row: rows[i], client: clients[i] }));
    },
  );
}

/** Removes the entries that reached a replica, unless their record was written again since they were read. */
export async function acknowledge(db: KartkaDB, entries: readonly OutboxRow[]): Promise<number> {
  if (entries.length === 0) return 0;
  return db.transaction('rw', db.teamOutbox, async () => {
    const now = await db.teamOutbox.bulkGet(entries.map((e) => e.key));
    const done = entries.filter((e, i) => now[i]?.at === e.at).map((e) => e.key);
    await db.teamOutbox.bulkDelete(done);
    return done.length;
  });
}

/** How many records wait to be pushed. */
export const waitingCount = (db: KartkaDB): Promise<number> => db.teamOutbox.count();

/** Puts every record of the shared tables in the outbox: joining a firm uploads the whole base. */
export async function enqueueAll(db: KartkaDB, now: number): Promise<number> {
  let total = 0;
  for (const table of ['companies', 'people', 'interactions', 'deals', 'tasks', 'documents'] as const) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let i = 0; i < keys.length; i += 1000) {
      const rows: OutboxRow[] = keys
        .slice(i, i + 1000)
        .map((id) => ({ key: `${table}:${id}`, table, id, at: now, base: {} }));
      await db.teamOutbox.bulkPut(rows);
      total += rows.length;
    }
  }
  return total;
}
