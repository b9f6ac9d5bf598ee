// Google as a sync provider: the Gmail planner (and the contacts planners) with their quotas, and the thin
// executor that turns each planned op into one request (a batch for message gets).
import { newStream, type StreamState, type SyncAccount } from '../../core/sync/account';
import { GMAIL_QUOTA, GMAIL_STREAM, gmailPlanner, type GmailOp } from '../../core/sync/google/gmail-plan';
import { gmailCostModel, spendableBudget } from '../../core/sync/limits';
import type { SyncOp, SyncOptions } from '../../core/sync/planner';
import type { StreamBinding } from '../../storage/sync/store';
import type { AnyPlanner, ExecResult, SyncProvider, SyncSettings } from '../sync/types';
import { getMessages, getProfile, listHistory, listMessages, type Call, type Fetch } from './gmail-api';
import { GOOGLE_SCOPES } from './scopes';

const DAY = 86_400_000;

/** The backfill window's start: `months` calendar-average months before `now`; null means everything. */
export function backfillFrom(months: number | null, now: number): number | null {
  return months === null ? null : now - Math.round(months * 30.44 * DAY);
}

function done<T>(call: Call<T>, wrap: (value: T) => unknown): ExecResult {
  return call.ok ? { ok: true, result: wrap(call.value) } : { ok: false, failure: call.failure };
}

/** How the store keys Google's streams: Gmail message ids meet page readings under `gmail:<id>`. */
export const GOOGLE_BINDINGS = {
  [GMAIL_STREAM]: { source: 'gmail-api', providerKey: (id: string) => `gmail:${id}` },
} as const satisfies Record<string, StreamBinding>;

/** What the Google planners read from the settings: the backfill window and the cost model's prices. */
export function googleOptions(settings: SyncSettings, now: number): SyncOptions {
  return {
    backfillFrom: backfillFrom(settings.backfillMonths, now),
    costs: gmailCostModel(settings.gmailCostModel).costs,
  };
}

/** Fresh streams for a newly connected Google account (those its scopes allow). */
export function googleStreams(
  scopes: readonly string[],
  options: SyncOptions,
  now: number,
): Record<string, StreamState> {
  return scopes.includes(GOOGLE_SCOPES.gmail)
    ? { [GMAIL_STREAM]: newStream(gmailPlanner.initial(options), now) }
    : {};
}

export interface GoogleDeps {
  fetch: Fetch;
  now: () => number;
  /** A fresh multipart boundary per batch. */
  boundary: () => string;
}

export function googleProvider(deps: GoogleDeps): SyncProvider {
  const api = { fetch: deps.fetch, now: deps.now };
  const planners: AnyPlanner[] = [gmailPlanner];
  return {
    id: 'google',
    planners,
    streamsFor(account: SyncAccount) {
      return account.scopes.includes(GOOGLE_SCOPES.gmail) ? planners : [];
    },
    budgets(settings: SyncSettings) {
      return { [GMAIL_QUOTA]: spendableBudget(gmailCostModel(settings.gmailCostModel).perUser) };
    },
    options: googleOptions,
    async execute(op: SyncOp, token: string, signal: AbortSignal): Promise<ExecResult> {
      const g = op as GmailOp;
      switch (g.kind) {
        case 'profile':
          return done(await getProfile(api, token, signal), (profile) => ({ kind: 'profile', profile }));
        case 'list':
          return done(await listMessages(api, token, g.pageToken, signal), (page) => ({
            kind: 'list',
            page,
          }));
        case 'history':
          return done(await listHistory(api, token, g.startHistoryId, g.pageToken, signal), (page) => ({
            kind: 'history',
            page,
          }));
        case 'get': {
          const r = await getMessages(api, token, g.ids, signal, deps.boundary());
          if (!r.ok) return r;
          const result = { kind: 'get', messages: r.value.messages, gone: r.value.gone };
          return r.value.failure
            ? { ok: true, result, partialFailure: r.value.failure }
            : { ok: true, result };
        }
      }
    },
  };
}
