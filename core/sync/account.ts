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
  /** Written only in the transaction that stores what the cursor covers (storage/sync/apply.ts). */
  streams: Record<string, StreamState>;
  backoff: Backoff | null;
  /** The last failure not yet followed by a success: the panel's "why". */
  lastFailure: { failure: Failure; at: number } | null;
  /** Quota units spent recently, per quota (persisted so a restarted worker keeps within the window). */
  ledgers: Record<string, Ledger>;
  /** The last request that succeeded. */
  lastSuccessAt: number | null;
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
