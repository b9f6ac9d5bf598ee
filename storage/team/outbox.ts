// Reading the outbox for a push and acknowledging what reached a replica: an entry goes only if no write came
// after it was read, so an edit made while its record was being pushed is pushed next time.
import { clientOf, type RecordData, type SyncedTable } from '../../core/team/documents';
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

/** Reads records of several tables, in the order asked, with one bulkGet per table. */
async function readAll(
  db: KartkaDB,
  refs: readonly { table: SyncedTable; id: string }[],
): Promise<(RecordData | undefined)[]> {
  const out: (RecordData | undefined)[] = new Array<RecordData | undefined>(refs.length);
  const byTable = new Map<SyncedTable, number[]>();
  refs.forEach((r, i) => byTable.set(r.table, [...(byTable.get(r.table) ?? []), i]));
  for (const [table, at] of byTable) {
    const found = (await db.table(table).bulkGet(at.map((i) => refs[i]?.id ?? ''))) as (
      RecordData | undefined
    )[];
    at.forEach((i, k) => (out[i] = found[k]));
  }
  return out;
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
      // One bulkGet per table, and no native async function between Dexie calls: Chrome commits an IndexedDB
      // transaction as soon as a task ends with no request pending, so awaiting a chain of native promises here
      // ended it early (PrematureCommitError in the extension; fake-indexeddb in Node commits later and hid it).
      const rows = await readAll(
        db,
        entries.map((e) => ({ table: e.table, id: e.id })),
      );
      const refs = entries.map((e, i) => {
        const row = rows[i];
        const ref = row ? clientOf(e.table, row) : null;
        return ref && !(ref.table === e.table && ref.id === e.id) ? ref : null;
      });
      const others = await readAll(
        db,
        refs.flatMap((r) => (r ? [r] : [])),
      );
      let next = 0;
      const clients = entries.map((e, i) => {
        const row = rows[i];
        if (!row || !clientOf(e.table, row)) return undefined;
        return refs[i] ? others[next++] : row;
      });
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
