// What the provider-neutral runner needs from the rest of the extension. The background wires real ones
// (Dexie, fetch, chrome.alarms, session-stored tokens); the fault suite wires the same store over
// fake-indexeddb with a fake clock and the fake Google, and abandons runners mid-flight.
import type { SyncAccount, SyncAccountId, SyncProviderId } from '../../core/sync/account';
import type { Failure } from '../../core/sync/failure';
import type { QuotaBudget } from '../../core/sync/limits';
import type {
  AnyStreamPlanner,
  PlanContext,
  StepOutcome,
  SyncOp,
  SyncOptions,
} from '../../core/sync/planner';

/** Any stream planner (core/sync/planner.ts). */
export type AnyPlanner = AnyStreamPlanner;

/** A sent op's answer: a result to apply (possibly with a failure for part of a batch), or a failure. */
export type ExecResult =
  { ok: true; result: unknown; partialFailure?: Failure } | { ok: false; failure: Failure };

/** The provider plugged into the runner: its planners, its quota and its thin executor. */
export interface SyncProvider {
  id: SyncProviderId;
  /** Requests in flight per account; absent: the scheduler's default (Graph allows 4 per mailbox). */
  concurrency?: number;
  planners: readonly AnyPlanner[];
  /** Streams this account may run (a declined scope turns one off). */
  streamsFor(account: SyncAccount): readonly AnyPlanner[];
  /** Each quota the scheduler spends against, by name (already with the safety margin); the first is the main one. */
  budgets(settings: SyncSettings): Readonly<Record<string, QuotaBudget>>;
  options(settings: SyncSettings, now: number): SyncOptions;
  /**
   * Sends one op for `account`. Never throws: network failures come back as `{ ok: false, failure }`. The account
   * keys what the provider shares with the account's other callers (Graph's in-flight gate).
   */
  execute(op: SyncOp, token: string, signal: AbortSignal, account: SyncAccountId): Promise<ExecResult>;
}

/** The settings the runner reads (resolved from the user's settings by the caller). */
export interface SyncSettings {
  gmailCostModel: string;
  /** Months of mail a full sync fetches; null: everything. */
  backfillMonths: number | null;
  pollMinutes: number;
}

/** Persisted state. Every method is one transaction; `apply` stores results and cursor together. */
export interface SyncStore {
  load(id: SyncAccountId): Promise<SyncAccount | undefined>;
  /**
   * Records units about to be spent, before the request leaves (a restarted worker must see them), if the budget
   * still has room for them (checked in the same transaction); false: nothing spent, the request must not leave.
   */
  recordSpend(
    id: SyncAccountId,
    quota: string,
    units: number,
    budget: QuotaBudget,
    now: number,
  ): Promise<boolean>;
  /**
   * Gives back units recorded by `recordSpend` at `spentAt` for a request that never left (the answer was `busy`),
   * in one transaction.
   */
  refundSpend(
    id: SyncAccountId,
    quota: string,
    units: number,
    budget: QuotaBudget,
    spentAt: number,
  ): Promise<void>;
  /**
   * Records a failure and, with `delay`, the backoff it calls for: `delay(attempt)` with attempt the count of
   * consecutive failures including this one, read and written in one transaction (nothing to race).
   */
  recordFailure(
    id: SyncAccountId,
    failure: Failure,
    delay: ((attempt: number) => number) | null,
    now: number,
  ): Promise<void>;
  setAuth(id: SyncAccountId, auth: SyncAccount['auth']): Promise<void>;
  /**
   * Applies a result in one transaction: items logged, seen marks, the stream's cursor and progress, and the
   * success of the request sent at `sentAt` (it clears a failure or backoff recorded before it was sent).
   */
  apply(
    id: SyncAccountId,
    planner: AnyPlanner,
    op: SyncOp,
    result: unknown,
    ctx: PlanContext,
    sentAt: number,
  ): Promise<StepOutcome<unknown> | null>;
  /**
   * The provider forgot a stream's cursor: start its pass again (keeping what is stored). Returns how many
   * times that happened within the restart window, this one included.
   */
  restart(id: SyncAccountId, planner: AnyPlanner, options: SyncOptions, now: number): Promise<number>;
}

export interface Tokens {
  /** A valid access token, renewing silently when it is about to expire; null when that failed. */
  get(id: SyncAccountId): Promise<string | null>;
  /**
   * Renews silently after a 401 (interactive: false); null when the user must reconnect. `refused` is the token
   * the provider refused: a provider whose refresh tokens rotate returns a newer one already stored instead.
   */
  renew(id: SyncAccountId, refused?: string | null): Promise<string | null>;
}

export interface Clock {
  now(): number;
  /** A short in-process wait (never longer than the scheduler's `maxInProcessWaitMs`). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** In [0, 1): backoff jitter. */
  random(): number;
}

/** Resumption: an alarm for one account at a time (Chrome rounds anything under 30 s up to 30 s). */
export interface Wake {
  at(id: SyncAccountId, when: number): Promise<void>;
}
