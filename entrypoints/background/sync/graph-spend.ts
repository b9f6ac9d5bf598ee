// One Graph request outside the folder sync (the card from Graph, the folder picker) is paid for like the sync's
// own: never while a wait Graph asked for holds, never beyond the mailbox's 10-minute budget, and recorded in
// the account's ledger before it leaves, so the sync sees it and stays under Graph's ceiling.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { SyncAccountId } from '../../../core/sync/account';
import { spendableBudget } from '../../../core/sync/limits';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';
import { GRAPH_QUOTA } from '../../../core/sync/microsoft/planners';
import { waitToSpend } from '../../../core/sync/quota';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import type { DexieSyncStore } from '../../../storage/sync/store';

export type GraphSpendStore = Pick<DexieSyncStore, 'load' | 'recordSpend'>;

/** Spends one request of the account's Graph budget; false (nothing spent) when none may leave now. */
export async function spendGraphRequest(
  store: GraphSpendStore,
  id: SyncAccountId,
  now: number,
): Promise<boolean> {
  const account = await store.load(id);
  if (!account) return false;
  if (account.backoff && account.backoff.until > now) return false;
  const budget = spendableBudget(GRAPH_LIMITS.perMailbox);
  if (waitToSpend(account.ledgers[GRAPH_QUOTA] ?? [], 1, budget, now) > 0) return false;
  // The store checks the budget again in the spend's own transaction: false when another spender took the room.
  return store.recordSpend(id, GRAPH_QUOTA, 1, budget, now);
}

export interface PaidGraphDeps {
  store: GraphSpendStore;
  fetch: typeof fetch;
  now(): number;
}

/**
 * A Graph client for a caller outside the sync (the card from Graph, the folder picker): each request is paid
 * for only once it holds its slot (a cached answer sends nothing; one refused as busy never left), and none
 * leaves while the mailbox must wait (the check is `spendGraphRequest`'s, so the client keeps no backoff of its own).
 */
export function paidGraphClient(deps: PaidGraphDeps, account: SyncAccountId, token: string): Client {
  return createGraphClient({
    accountId: account,
    token: async () => token,
    fetch: deps.fetch,
    now: deps.now,
    backoff: { until: async () => 0, hold: async () => undefined },
    spend: () => spendGraphRequest(deps.store, account, deps.now()),
  });
}
