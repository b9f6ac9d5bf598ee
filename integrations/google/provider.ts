// Google as a sync provider: the Gmail planner and the two People API planners (My contacts, Other contacts),
// each with its own quota (Gmail's units, People's read requests), and the thin executor that turns each planned
// op into one request (a batch for message gets).
import { newStream, type StreamState, type SyncAccount } from '../../core/sync/account';
import { GMAIL_QUOTA, GMAIL_STREAM, gmailPlanner, type GmailOp } from '../../core/sync/google/gmail-plan';
import {
  PEOPLE_PLANNERS,
  PEOPLE_QUOTA,
  PEOPLE_STREAMS,
  type PeopleOp,
} from '../../core/sync/google/people-plan';
import { gmailCostModel, spendableBudget, SYNC_LIMITS } from '../../core/sync/limits';
import type { SyncOp, SyncOptions } from '../../core/sync/planner';
import type { StreamBinding } from '../../storage/sync/store';
import type { AnyPlanner, ExecResult, SyncProvider, SyncSettings } from '../sync/types';
import { getMessages, getProfile, listHistory, listMessages, type Call, type Fetch } from './gmail-api';
import { listPeople } from './people-api';
import { GOOGLE_SCOPES } from './scopes';

const DAY = 86_400_000;

/** The backfill window's start: `months` calendar-average months before `now`; null means everything. */
export function backfillFrom(months: number | null, now: number): number | null {
  return months === null ? null : now - Math.round(months * 30.44 * DAY);
}

function done<T>(call: Call<T>, wrap: (value: T) => unknown): ExecResult {
  return call.ok ? { ok: true, result: wrap(call.value) } : { ok: false, failure: call.failure };
}

/** Which scope lets each Google stream run. */
const STREAM_SCOPES: Readonly<Record<string, string>> = {
  [GMAIL_STREAM]: GOOGLE_SCOPES.gmail,
  [PEOPLE_STREAMS.connections]: GOOGLE_SCOPES.contacts,
  [PEOPLE_STREAMS.otherContacts]: GOOGLE_SCOPES.otherContacts,
};

const GOOGLE_PLANNERS: readonly AnyPlanner[] = [gmailPlanner, ...PEOPLE_PLANNERS];

/** The Google streams a grant of `scopes` allows. */
export const googlePlannersFor = (scopes: readonly string[]): AnyPlanner[] =>
  GOOGLE_PLANNERS.filter((p) => scopes.includes(STREAM_SCOPES[p.stream] ?? ''));

/**
 * How the store keys Google's streams: Gmail message ids meet page readings under `gmail:<id>`. Contacts are
 * merged by identity, never logged as interactions (`contacts`: nothing is looked up among the interactions; the
 * key matches none).
 */
const contactsBinding: StreamBinding = {
  source: 'gmail-api',
  providerKey: (id: string) => `google-contact:${id}`,
  contacts: true,
};
export const GOOGLE_BINDINGS = {
  [GMAIL_STREAM]: { source: 'gmail-api', providerKey: (id: string) => `gmail:${id}` },
  [PEOPLE_STREAMS.connections]: contactsBinding,
  [PEOPLE_STREAMS.otherContacts]: contactsBinding,
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
  return Object.fromEntries(
    googlePlannersFor(scopes).map((p) => [p.stream, newStream(p.initial(options), now)]),
  );
}

/** Google's quotas as the scheduler spends them: Gmail's units (per cost model) and People's read requests. */
export function googleBudgets(settings: Pick<SyncSettings, 'gmailCostModel'>) {
  return {
    [GMAIL_QUOTA]: spendableBudget(gmailCostModel(settings.gmailCostModel).perUser),
    [PEOPLE_QUOTA]: spendableBudget(SYNC_LIMITS.people.perUser),
  };
}

export interface GoogleDeps {
  fetch: Fetch;
  now: () => number;
  /** A fresh multipart boundary per batch. */
  boundary: () => string;
}

export function googleProvider(deps: GoogleDeps): SyncProvider {
  const api = { fetch: deps.fetch, now: deps.now };
  return {
    id: 'google',
    planners: GOOGLE_PLANNERS,
    streamsFor(account: SyncAccount) {
      // A stream runs when its scope was granted and the account has its state (a reconnect adds new ones).
      return googlePlannersFor(account.scopes).filter((p) => account.streams[p.stream] !== undefined);
    },
    budgets: googleBudgets,
    options: googleOptions,
    async execute(op: SyncOp, token: string, signal: AbortSignal): Promise<ExecResult> {
      const g = op as GmailOp | PeopleOp;
      switch (g.kind) {
        case 'connections':
        case 'otherContacts':
          return done(await listPeople(api, token, g.kind, g.pageToken, g.syncToken, signal), (page) => page);
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
