// What the sync panel says about one account, decided from stored state alone: the state in words (as a code),
// progress, rate, ETA, quota and the last success, and whether it is stuck. Never "up to date" while work is
// pending or while the last successful check is old: a sync that is stuck says so, and why.
import type { SyncAccount, StreamState } from './account';
import { recentRestarts, type Failure } from './failure';
import { SYNC_LIMITS, type QuotaBudget } from './limits';
import type { StreamProgress } from './planner';
import { quotaShare, unitsInWindow } from './quota';

export type SyncStateCode =
  | 'connecting'
  | 'full-sync'
  | 'catching-up'
  | 'up-to-date'
  | 'backing-off'
  | 'needs-reconnect'
  | 'error'
  | 'paused';

/** Why an account is stuck: failures keep coming, requests succeed but nothing moves, or nothing runs at all. */
export type StuckWhy = 'failing' | 'no-progress' | 'not-running' | 'resync-loop';

export interface StreamView {
  stream: string;
  progress: StreamProgress;
  hasWork: boolean;
  state: StreamState;
  /** A contacts stream: counted on its own line, not among the messages (nor in their rate and ETA). */
  contacts?: boolean;
}

export interface SyncView {
  id: string;
  provider: SyncAccount['provider'];
  address: string;
  state: SyncStateCode;
  /** When the state is backing-off: no request before this time. */
  backoffUntil: number | null;
  /** Set when no cursor moved for `stuckAfterMs` with work pending, or no check ran for too long. */
  stuck: { since: number; why: StuckWhy } | null;
  failure: Failure | null;
  /** Messages synced and the estimate (mail streams only). */
  synced: number;
  estimate: number | null;
  /**
   * Contacts settled in the pass in progress (or the last one), when the account syncs contacts; `streams`: how
   * many contact streams (Outlook: one per contact folder).
   */
  contacts: { synced: number; estimate: number | null; streams: number } | null;
  /** The account could sync contacts but was not granted them (connected before, or declined): reconnect. */
  contactsOff: boolean;
  resync: boolean;
  /** Items per minute over the recent samples; null until two samples exist. */
  ratePerMinute: number | null;
  etaMs: number | null;
  quota: { used: number; limit: number; share: number };
  lastSuccessAt: number | null;
  paused: boolean;
}

/** A rate from `[at, done]` samples: the samples after the last restart within the window. */
export function rateFrom(samples: readonly (readonly [number, number])[], now: number): number | null {
  const recent = samples.filter(([at]) => at >= now - SYNC_LIMITS.status.rateWindowMs);
  let start = 0;
  for (let i = 1; i < recent.length; i++) if ((recent[i]?.[1] ?? 0) < (recent[i - 1]?.[1] ?? 0)) start = i;
  const run = recent.slice(start);
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || last[0] - first[0] < 1000) return null;
  return ((last[1] - first[1]) * 60_000) / (last[0] - first[0]);
}

/** Items done across streams, and the sum of their estimates (null when one is unknown). */
function tally(streams: readonly StreamView[]): { synced: number; estimate: number | null } {
  const synced = streams.reduce((n, s) => n + s.progress.done, 0);
  const estimates = streams.map((s) => s.progress.estimate);
  const estimate = estimates.some((e) => e === null)
    ? null
    : estimates.reduce((a: number, e) => a + (e ?? 0), 0);
  return { synced, estimate };
}

/** The panel's view of one account. `pollMs`: the partial-sync interval in force. */
export function describeSync(
  account: SyncAccount,
  streams: readonly StreamView[],
  quota: { name: string; budget: QuotaBudget },
  pollMs: number,
  now: number,
  contactsOff = false,
): SyncView {
  const { stuckAfterMs, freshPolls } = SYNC_LIMITS.status;
  const working = streams.filter((s) => s.hasWork);
  const mail = streams.filter((s) => !s.contacts);
  const contactStreams = streams.filter((s) => s.contacts);
  const { synced, estimate } = tally(mail);
  const rates = mail.map((s) => (s.hasWork ? rateFrom(s.state.samples, now) : null));
  const ratePerMinute = rates.some((r) => r !== null)
    ? rates.reduce((a: number, r) => a + (r ?? 0), 0)
    : null;
  const remaining = estimate === null ? null : Math.max(0, estimate - synced);
  const etaMs =
    remaining !== null && ratePerMinute !== null && ratePerMinute > 0 && mail.some((s) => s.hasWork)
      ? (remaining / ratePerMinute) * 60_000
      : null;

  const lastAdvance = Math.max(account.connectedAt, ...streams.map((s) => s.state.advancedAt));
  const failure = account.lastFailure?.failure ?? null;
  let stuck: SyncView['stuck'] = null;
  const looping = streams.find(
    (s) => recentRestarts(s.state.restarts ?? [], now).length >= SYNC_LIMITS.backoff.restartLoop,
  );
  if (looping) stuck = { since: recentRestarts(looping.state.restarts, now)[0] ?? now, why: 'resync-loop' };
  else if (working.length > 0 && now - lastAdvance > stuckAfterMs) {
    const since = lastAdvance;
    const ranRecently = account.lastSuccessAt !== null && account.lastSuccessAt > lastAdvance;
    stuck = { since, why: failure ? 'failing' : ranRecently ? 'no-progress' : 'not-running' };
  } else if (working.length === 0 && streams.length > 0) {
    const oldestCheck = Math.min(...streams.map((s) => s.state.caughtUpAt ?? account.connectedAt));
    if (now - oldestCheck > freshPolls * pollMs + SYNC_LIMITS.alarms.minDelayMs)
      stuck = { since: oldestCheck, why: failure ? 'failing' : 'not-running' };
  }

  const backingOff = account.backoff !== null && account.backoff.until > now;
  let state: SyncStateCode;
  if (account.auth === 'reconnect') state = 'needs-reconnect';
  else if (account.paused) state = 'paused';
  else if (backingOff && account.backoff?.failure.kind === 'denied') state = 'error';
  else if (backingOff) state = 'backing-off';
  else if (streams.some((s) => s.progress.phase === 'starting')) state = 'connecting';
  else if (working.some((s) => s.progress.phase === 'full')) state = 'full-sync';
  else if (working.length > 0) state = 'catching-up';
  else if (stuck) state = failure ? 'error' : 'catching-up';
  else state = 'up-to-date';

  return {
    id: account.id,
    provider: account.provider,
    address: account.address,
    state,
    backoffUntil: backingOff ? (account.backoff?.until ?? null) : null,
    stuck: account.paused || account.auth === 'reconnect' ? null : stuck,
    failure,
    synced,
    estimate,
    contacts: contactStreams.length > 0 ? { ...tally(contactStreams), streams: contactStreams.length } : null,
    contactsOff,
    resync: streams.some((s) => s.progress.resync),
    ratePerMinute,
    etaMs,
    quota: {
      used: unitsInWindow(account.ledgers[quota.name] ?? [], quota.budget, now),
      limit: quota.budget.limit,
      share: quotaShare(account.ledgers[quota.name] ?? [], quota.budget, now),
    },
    lastSuccessAt: account.lastSuccessAt,
    paused: account.paused,
  };
}

/** Whether the toolbar badge should flag this account: it needs the user, failed for good, or is stuck. */
export function needsAttention(view: SyncView): boolean {
  return view.state === 'needs-reconnect' || view.state === 'error' || view.stuck !== null;
}
