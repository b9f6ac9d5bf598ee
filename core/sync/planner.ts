// The contract between a provider's pure planner (core/sync/<provider>/) and the provider-neutral runner
// (integrations/sync/) and store (storage/sync/). A planner decides what to ask next and what a result means;
// it never fetches, never stores, never reads the clock.
import type { LoggableMessage } from '../logging-policy';
import type { ContactPass, SyncContact } from './contact';

/** One request (or one batch) a planner wants sent. Provider payload fields sit beside these. */
export interface SyncOp {
  stream: string;
  /** Unique among the ops in flight, so the planner never plans the same work twice. */
  key: string;
  /** The quota it spends (a provider may have several: Gmail's and the People API's) and what it costs there. */
  quota: string;
  /** The method it is charged as (a batch is charged per inner call: `cost` says the total). */
  method: string;
  cost: number;
  /** This op opens a check for new items (planned only when `poll` is set); a run opens at most one per stream. */
  check?: boolean;
}

export interface PlanContext {
  now: number;
  /** True when a check for new items is due (alarm, "sync now", a focused mail tab) and none was opened yet. */
  poll: boolean;
  /** Ops of this stream sent and not yet applied. */
  inFlight: readonly SyncOp[];
  /** Settings the planner reads (backfill window, …), already resolved. */
  options: SyncOptions;
  /**
   * Units of a quota that can be spent now without waiting (the runner's ledger); absent means no limit known.
   * A planner may size a batch to fit, so the budget is spent evenly rather than in whole-batch steps.
   */
  room?: (quota: string) => number;
}

export interface SyncOptions {
  /** Only mail newer than this is fetched in a full sync; null: everything. */
  backfillFrom: number | null;
  /** The price list of the provider's quota (method → units). */
  costs: Readonly<Record<string, number>>;
}

/** A message a step wants logged, with the provider's item id it came from. */
export interface SyncedMessage {
  item: string;
  message: LoggableMessage;
}

/** Why an item was settled without a message being logged by this step. */
export type SeenReason = 'known' | 'outside-window' | 'skipped-label' | 'gone' | 'unreadable';

/** The effect of one result: the cursor after it and what to store with it, in one transaction. */
export interface StepOutcome<C> {
  cursor: C;
  messages: SyncedMessage[];
  /** Contacts to merge (contact streams). */
  contacts: SyncContact[];
  /** Contact streams in a full pass: the pass these contacts are listed in, and whether it ends here with a sweep. */
  pass?: ContactPass;
  /**
   * A finished listing of the provider's folders (Outlook contact folders): the account's streams whose names
   * start with `prefix` become exactly the keys of `want` (a missing one starts at the cursor given, one not
   * listed ends: its contacts are marked deleted at the provider, then its stream is dropped), in this result's
   * transaction. `keep`: a listing cut short starts what it found and ends nothing.
   */
  streams?: { prefix: string; want: Readonly<Record<string, unknown>>; keep?: boolean };
  /** Items settled without a message logged here (so a resync never fetches them again). */
  seen: { item: string; reason: SeenReason }[];
  /** The cursor moved past stored work. */
  advanced: boolean;
  /** Nothing is pending after a successful check. */
  caughtUp: boolean;
}

export type StreamPhase = 'starting' | 'full' | 'partial' | 'idle';

export interface StreamProgress {
  phase: StreamPhase;
  /** Items settled in the current pass (a full sync or a resync). */
  done: number;
  /** What the pass is expected to settle; null when unknown. */
  estimate: number | null;
  /** True while a full pass runs again because the provider forgot our cursor. */
  resync: boolean;
}

/** A provider's planner for one stream: a pure state machine over its cursor. */
export interface StreamPlanner<C, O extends SyncOp, R> {
  stream: string;
  /** The cursor of a stream that has never run. */
  initial(options: SyncOptions): C;
  /** The next op to send, or null when nothing can start now (waiting on ops in flight, or no work). */
  next(cursor: C, ctx: PlanContext): O | null;
  /** Item ids in a result whose presence in the base the store must look up before `reduce`. */
  lookups(op: O, result: R): string[];
  /** The cursor after a result, and what to store with it. `known`: the looked-up ids already in the base. */
  reduce(cursor: C, op: O, result: R, known: ReadonlySet<string>, ctx: PlanContext): StepOutcome<C>;
  /**
   * Optional, for a stream whose next request is named by each answer (a Graph delta's next link): the cursor
   * this answer will leave, as far as planning goes, before it is stored; null: plan from the stored cursor.
   * The runner then sends the next request while this answer is stored, and stores answers in order; `reduce`
   * must settle an answer that does not follow from the cursor it is given (one stored after a failure or a
   * restart) without moving the cursor.
   */
  ahead?(cursor: C, op: O, result: R): C | null;
  /** The provider no longer knows the cursor (history 404, expired sync token, 410): start a pass again. */
  restart(cursor: C, options: SyncOptions): C;
  /** Work is pending (a pass unfinished, items listed and not stored). */
  hasWork(cursor: C): boolean;
  progress(cursor: C): StreamProgress;
}

/**
 * Any stream planner: its cursor, op and result types are the provider's business. (Planner methods are
 * declared as methods, so a `StreamPlanner<GmailCursor, GmailOp, GmailResult>` is one of these.)
 */
export type AnyStreamPlanner = StreamPlanner<unknown, SyncOp, unknown>;

/** An outcome that stores nothing and moves nothing (e.g. a result that only repeats what is known). */
export function emptyOutcome<C>(cursor: C): StepOutcome<C> {
  return { cursor, messages: [], contacts: [], seen: [], advanced: false, caughtUp: false };
}
