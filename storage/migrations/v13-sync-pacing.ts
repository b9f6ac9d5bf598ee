// Version 13: each connected account's quota ledgers, backoff and last failure move from its `syncAccounts` row to
// its own `syncPacing` row (core/sync/account.ts `SyncPacing`): a spend written before every request then no longer
// queues behind the page being stored, whose transaction holds `syncAccounts` (IndexedDB orders readwrite
// transactions per object store). Nothing is lost: a backoff a provider asked for still holds after the upgrade,
// and the quota already spent in the window still counts.
import type { Transaction } from 'dexie';

/** The pacing fields of a v12 account row (absent fields: nothing spent, nothing to wait for). */
interface V12Row {
  id: string;
  backoff?: unknown;
  lastFailure?: unknown;
  ledgers?: Record<string, unknown>;
}

export async function movePacingOutOfAccounts(tx: Transaction): Promise<void> {
  const rows = (await tx.table('syncAccounts').toArray()) as V12Row[];
  if (rows.length === 0) return;
  await tx.table('syncPacing').bulkPut(
    rows.map((r) => ({
      id: r.id,
      backoff: r.backoff ?? null,
      lastFailure: r.lastFailure ?? null,
      ledgers: r.ledgers ?? {},
    })),
  );
  await tx
    .table('syncAccounts')
    .toCollection()
    .modify((r: V12Row) => {
      delete r.backoff;
      delete r.lastFailure;
      delete r.ledgers;
    });
}
