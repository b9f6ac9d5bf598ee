// Every limit the sync obeys, in one object: providers' quotas and page sizes, the scheduler's margins, backoff,
// polling and the "stuck" threshold. Code paths read from here; nothing below is repeated elsewhere.
// Sources (checked 2026-10): Gmail https://developers.google.com/workspace/gmail/api/reference/quota (both
// tables: projects that used the API before 1 May 2026 keep the first), batching guide
// https://developers.google.com/workspace/gmail/api/guides/batch ("limited to 100 calls"; "more than 50 ...
// not recommended"; "n requests batched count as n"), messages.list / history.list `maxResults` ≤ 500;
// People API connections.list / otherContacts.list (pageSize 1–1000, sync tokens expire after 7 days);
// Microsoft Graph throttling https://learn.microsoft.com/graph/throttling-limits (Outlook: 10,000 requests per
// 10 minutes per app and mailbox, 4 concurrent; JSON batching ≤ 20).

import { GRAPH_LIMITS } from './microsoft/limits';

/** A quota as the provider counts it: `limit` units within any `windowMs`. */
export interface QuotaBudget {
  windowMs: number;
  limit: number;
}

/** What each method costs, in the provider's units, under one cost model. */
export interface CostModel {
  /** Shown in settings and the panel. */
  label: string;
  perUser: QuotaBudget;
  costs: Readonly<Record<string, number>>;
}

/** Gmail's two cost models: the Cloud project behind the client id decides which one applies. */
export type GmailCostModelId = 'before-2026-05' | 'since-2026-05';

const MINUTE = 60_000;

export const SYNC_LIMITS = {
  gmail: {
    costModels: {
      'before-2026-05': {
        label: 'Projects that used the Gmail API before May 2026',
        perUser: { windowMs: MINUTE, limit: 15_000 },
        costs: {
          'users.getProfile': 1,
          'messages.list': 5,
          'history.list': 2,
          'messages.get': 5,
          'threads.get': 10,
        },
      },
      'since-2026-05': {
        label: 'Projects created since 1 May 2026',
        perUser: { windowMs: MINUTE, limit: 6_000 },
        costs: {
          'users.getProfile': 1,
          'messages.list': 5,
          'history.list': 2,
          'messages.get': 20,
          'threads.get': 40,
        },
      },
    } satisfies Record<GmailCostModelId, CostModel>,
    /** A fresh Cloud project gets the new, smaller quota: assume it until the user says otherwise. */
    defaultCostModel: 'since-2026-05' as GmailCostModelId,
    perProject: { windowMs: MINUTE, limit: 1_200_000 },
    listPageSize: 500,
    historyPageSize: 500,
    /** Hard limit of one batch request. */
    batchMax: 100,
    /** What we send: larger batches "are likely to trigger rate limiting". */
    batchSize: 50,
    /**
     * The headers fetched (format=metadata): what Kartka stores, plus the two the logging rules read to skip
     * bulk mail (List-Unsubscribe, Precedence), so API mail meets the same rules as page readings and imports.
     */
    metadataHeaders: [
      'From',
      'To',
      'Cc',
      'Date',
      'Subject',
      'Message-ID',
      'In-Reply-To',
      'References',
      'List-Unsubscribe',
      'Precedence',
    ],
    /** Labels whose messages are never logged: a draft is not correspondence, spam is not wanted. */
    skipLabels: ['DRAFT', 'SPAM'],
    /** A thread read by threads.get for the card without the page is reused this long (it costs 10 or 40 units). */
    threadCacheMs: 10 * MINUTE,
  },
  people: {
    pageSize: 1000,
    syncTokenLifetimeMs: 7 * 24 * 60 * MINUTE,
    /**
     * The Cloud console's default "Read requests per minute per user" for the People API (90). Not on the
     * public reference pages; a firm with another quota changes it here.
     */
    perUser: { windowMs: MINUTE, limit: 90 },
    costs: { 'people.connections.list': 1, 'otherContacts.list': 1 },
  },
  /** Microsoft Graph and Teams: kept beside their sources in core/sync/microsoft/limits.ts. */
  graph: GRAPH_LIMITS,
  scheduler: {
    /** Spend at most this share of a quota: the provider's window and ours are measured at different ends. */
    safetyFraction: 0.95,
    /** Our window is this much longer than the provider's for the same reason (a request's travel time). */
    windowSlackMs: 1_000,
    /** Requests in flight for one account. Gmail limits concurrent requests per user across all apps. */
    concurrencyPerUser: 2,
    /** A wait longer than this ends the run and an alarm resumes it: a worker idle for 30 s is stopped. */
    maxInProcessWaitMs: 15_000,
    /**
     * The sync spends a budget in this many even steps: at most limit/paceParts units within any
     * windowMs/paceParts (core/sync/quota.ts `paceOf`). Without it the runner spent a whole minute's Gmail
     * budget in a burst of half a second, then waited ~60 s on an alarm (bench trace, 2026-12-07): the rate
     * over a minute was the quota's, but mail came in steps of a minute and every window hung on an alarm. A
     * step (12.2 s of Gmail's 61 s) keeps every wait in process and still fits a full batch of metadata gets
     * under both cost models (1,140 units since 2026-05).
     */
    paceParts: 5,
  },
  backoff: {
    baseMs: 2_000,
    maxMs: 30 * MINUTE,
    /** A Retry-After beyond this is clamped (a misbehaving header must not silence sync for a day). */
    maxRetryAfterMs: 60 * MINUTE,
    /** Failures of a kind that cannot heal by waiting (a 403 that is not about quota) retry this rarely. */
    deniedRetryMs: 60 * MINUTE,
    /**
     * A provider that forgets a cursor again soon after a restart (Gmail history 404 right after a resync:
     * lieer #301, Wino Mail #581) is not restarted at once: the n-th restart within `restartWindowMs` waits
     * `restartBaseMs · 2^(n-2)` first, and from `restartLoop` restarts on the panel says it is stuck.
     */
    restartWindowMs: 60 * MINUTE,
    restartBaseMs: MINUTE,
    restartLoop: 3,
  },
  poll: {
    /** Partial sync while the browser runs: every 1–5 minutes; the user picks within the range. */
    defaultMinutes: 2,
    minMinutes: 1,
    maxMinutes: 5,
    /** A focused mail tab asks for a partial sync at most this often. */
    focusMinIntervalMs: 30_000,
  },
  alarms: {
    /** Chrome fires alarms at most every 30 s (Chrome 120+); earlier wishes are rounded up. */
    minDelayMs: 30_000,
  },
  status: {
    /** No cursor advanced for this long while work is pending: the panel says "stuck" and why. */
    stuckAfterMs: 15 * MINUTE,
    /** "Up to date" needs a successful check within this many poll intervals. */
    freshPolls: 3,
    /** Progress samples kept for the rate and the ETA. */
    rateWindowMs: 10 * MINUTE,
    maxSamples: 30,
  },
} as const;

/** The Gmail cost model of an id, falling back to the default for anything unknown. */
export function gmailCostModel(id: string | undefined): CostModel {
  const models: Record<string, CostModel> = SYNC_LIMITS.gmail.costModels;
  return models[id ?? ''] ?? SYNC_LIMITS.gmail.costModels[SYNC_LIMITS.gmail.defaultCostModel];
}

/** The budget the scheduler spends against: a safety share of the quota over a slightly longer window. */
export function spendableBudget(quota: QuotaBudget): QuotaBudget {
  const { safetyFraction, windowSlackMs } = SYNC_LIMITS.scheduler;
  return { windowMs: quota.windowMs + windowSlackMs, limit: Math.floor(quota.limit * safetyFraction) };
}
