// One connected mailbox as stored (table `syncAccounts`): provider-neutral. Each provider's streams (Gmail mail,
// Google contacts, a Graph folder…) keep their cursor in `streams`, opaque to all but their planner.
import type { Failure } from './failure';
import type { Ledger } from './quota';

export type SyncProviderId = 'google' | 'microsoft';

/** `google:ivan@firm.ua`: one per provider and mailbox address (reconnecting the same mailbox finds its row). */
export type SyncAccountId = string;

export const syncAccountId = (provider: SyncProviderId, address: string): SyncAccountId =>
  `${provider}:${address.trim().toLowerCase()}`;

/** How a provider-side field source is written on people and companies (FieldStamp.source). */
export const syncSource = (accountId: SyncAccountId): string => accountId;

export interface Backoff {
  /** No request for this account before this time. */
  until: number;
  /** Consecutive failed attempts (1 after the first failure); reset by a success. */
  attempt: number;
  failure: Failure;
}

/** One stream of an account: its cursor and what the panel needs to say about it. */
export interface StreamState<C = unknown> {
  cursor: C;
  /** When the cursor last advanced past stored work (the "stuck" detector reads this). */
  advancedAt: number;
  /** When the stream was last caught up: nothing pending after a successful check. */
  caughtUpAt: number | null;
  /** Progress samples `[at, done]` for the rate and ETA (bounded, recent only). */
  samples: [number, number][];
  /** When the provider last forgot this stream's cursor (recent ones only): a loop of them is a fault. */
  restarts: number[];
}

export interface SyncAccount {
  id: SyncAccountId;
  provider: SyncProviderId;
  /** The mailbox address, lower-cased. */
  address: string;
  connectedAt: number;
  paused: boolean;
  /** 'reconnect' once silent renewal failed: sync waits for the user, and the panel and badge say so. */
  auth: 'ok' | 'reconnect';
  /** Scopes the user granted (a declined scope turns its stream off, with the reason shown). */
  scopes: string[];
  /** Written only in the transaction that stores what the cursor covers (storage/sync/store.ts `apply`). */
  streams: Record<string, StreamState>;
  backoff: Backoff | null;
  /** The last failure not yet followed by a success: the panel's "why". */
  lastFailure: { failure: Failure; at: number } | null;
  /**
   * Quota units spent recently, per quota (persisted so a restarted worker keeps within the window). This, the
   * backoff and the last failure are stored in `syncPacing` (see `SyncPacing`).
   */
  ledgers: Record<string, Ledger>;
  /** The last request that succeeded. */
  lastSuccessAt: number | null;
}

/**
 * The scheduler's state of one account, stored apart from the account row (table `syncPacing`, schema v13): the
 * quota ledgers, the backoff and the failure the panel explains. A spend is written before every request; kept on
 * the account row, it was one more readwrite transaction on the object store every page's `apply` writes, so a
 * stream's next request queued behind another stream's page being stored (IndexedDB orders readwrite
 * transactions per object store, not per row). Apart, spends never wait for stores, nor stores for spends.
 */
export interface SyncPacing {
  id: SyncAccountId;
  backoff: Backoff | null;
  lastFailure: SyncAccount['lastFailure'];
  ledgers: Record<string, Ledger>;
}

/** The fields of `SyncAccount` kept in `syncPacing`. */
export type PacingField = 'backoff' | 'lastFailure' | 'ledgers';

/** An account row as stored in `syncAccounts` (v13 on): the account without its pacing. */
export type SyncAccountRow = Omit<SyncAccount, PacingField>;

/** The pacing of an account that has none stored yet: nothing spent, nothing to wait for. */
export const newPacing = (id: SyncAccountId): SyncPacing => ({
  id,
  backoff: null,
  lastFailure: null,
  ledgers: {},
});

/** The account as the runner, the panel and the card fallbacks read it: its row and its pacing together. */
export function joinAccount(row: SyncAccountRow, pacing: SyncPacing | undefined): SyncAccount {
  const p = pacing ?? newPacing(row.id);
  return { ...row, backoff: p.backoff, lastFailure: p.lastFailure, ledgers: p.ledgers };
}

/** Splits an account into its row and its pacing (connect writes both). */
export function splitAccount(account: SyncAccount): { row: SyncAccountRow; pacing: SyncPacing } {
  const { backoff, lastFailure, ledgers, ...row } = account;
  return { row, pacing: { id: account.id, backoff, lastFailure, ledgers } };
}

/** A fresh account row, before the first request. */
export function newAccount(
  provider: SyncProviderId,
  address: string,
  scopes: readonly string[],
  streams: Record<string, StreamState>,
  now: number,
): SyncAccount {
  return {
    id: syncAccountId(provider, address),
    provider,
    address: address.trim().toLowerCase(),
    connectedAt: now,
    paused: false,
    auth: 'ok',
    scopes: [...scopes],
    streams,
    backoff: null,
    lastFailure: null,
    ledgers: {},
    lastSuccessAt: null,
  };
}

/** A stream's state at its start. */
export function newStream<C>(cursor: C, now: number): StreamState<C> {
  return { cursor, advancedAt: now, caughtUpAt: null, samples: [], restarts: [] };
}
