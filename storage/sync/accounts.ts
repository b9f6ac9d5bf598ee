// Connected accounts: connect (or reconnect) a mailbox, pause and resume it. Cursors are not touched here;
// only storage/sync/store.ts moves them, with what they cover.
import {
  joinAccount,
  newAccount,
  splitAccount,
  syncAccountId,
  type StreamState,
  type SyncAccount,
  type SyncAccountId,
  type SyncProviderId,
} from '../../core/sync/account';
import type { KartkaDB } from '../db';

/**
 * Connects a mailbox, or reconnects one already known (same provider and address): the account keeps its
 * cursors and what it synced; auth is good again, backoff and failure are cleared; streams the new scopes
 * allow and the row lacks are added with `fresh`.
 */
export async function connectAccount(
  db: KartkaDB,
  provider: SyncProviderId,
  address: string,
  scopes: readonly string[],
  fresh: Record<string, StreamState>,
  now: number,
): Promise<SyncAccount> {
  const id = syncAccountId(provider, address);
  return db.transaction('rw', [db.syncAccounts, db.syncPacing], async () => {
    const [existing, pacing] = await Promise.all([db.syncAccounts.get(id), db.syncPacing.get(id)]);
    const account: SyncAccount = existing
      ? {
          ...joinAccount(existing, pacing),
          auth: 'ok',
          paused: false,
          scopes: [...scopes],
          backoff: null,
          lastFailure: null,
          streams: { ...fresh, ...existing.streams },
        }
      : newAccount(provider, address, scopes, fresh, now);
    const { row, pacing: next } = splitAccount(account);
    await Promise.all([db.syncAccounts.put(row), db.syncPacing.put(next)]);
    return account;
  });
}

/** One account with its pacing (ledgers, backoff, last failure), as the runner and the panel read it. */
export async function loadAccount(db: KartkaDB, id: SyncAccountId): Promise<SyncAccount | undefined> {
  const [row, pacing] = await Promise.all([db.syncAccounts.get(id), db.syncPacing.get(id)]);
  return row && joinAccount(row, pacing);
}

export async function setPaused(db: KartkaDB, id: string, paused: boolean): Promise<boolean> {
  return (await db.syncAccounts.update(id, { paused })) === 1;
}

/**
 * "Sync now": a wait the user can cut short (a network error, a server error, a refusal they may have fixed)
 * is cleared; a wait the provider asked for (quota) stays, so the panel keeps saying until when.
 */
export async function clearBackoff(db: KartkaDB, id: string): Promise<void> {
  await db.syncPacing
    .where('id')
    .equals(id)
    .modify((a) => {
      if (a.backoff && a.backoff.failure.kind !== 'rate') a.backoff = null;
    });
}

/** Every connected account, in the order they were connected. */
export async function listAccounts(db: KartkaDB): Promise<SyncAccount[]> {
  const [rows, pacing] = await Promise.all([db.syncAccounts.toArray(), db.syncPacing.toArray()]);
  const byId = new Map(pacing.map((p) => [p.id, p]));
  return rows.map((r) => joinAccount(r, byId.get(r.id))).sort((a, b) => a.connectedAt - b.connectedAt);
}
