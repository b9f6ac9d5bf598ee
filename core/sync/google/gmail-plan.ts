// Gmail's mail stream as a pure state machine (Google's "Synchronizing clients" guide): a full pass walks
// messages.list pages and fetches, with format=metadata, only the ids the base does not have; a partial pass
// reads history.list from the stored historyId. Listed ids wait in `pending`, stored with the page token that
// listed them, so the list cursor never passes an id that is neither stored nor waiting. A history 404
// restarts the full pass, which costs list pages only because every stored id is known.
import { SYNC_LIMITS } from '../limits';
import {
  emptyOutcome,
  type PlanContext,
  type SeenReason,
  type StepOutcome,
  type StreamPlanner,
  type StreamProgress,
  type SyncOp,
  type SyncOptions,
} from '../planner';
import { gmailDate, hasSkippedLabel, loggableFromGmail } from './gmail-message';
import type { GmailHistoryPage, GmailListPage, GmailMessageMeta, GmailProfile } from './gmail-types';

export const GMAIL_STREAM = 'mail';
/** The quota Gmail calls spend (the People API has its own). */
export const GMAIL_QUOTA = 'gmail';

export interface GmailCursor {
  /** starting: getProfile next; full: listing and fetching; partial: history from `historyId`. */
  phase: 'starting' | 'full' | 'partial';
  /** This full pass runs because Gmail forgot our historyId (404). */
  resync: boolean;
  /** When the current full pass started, and the historyId the mailbox had then (partial sync starts there). */
  passStartedAt: number | null;
  startHistoryId: string | null;
  /** The backfill window's start, fixed when the pass starts; null: everything. */
  backfillFrom: number | null;
  list: { pageToken: string | null; pages: number; done: boolean };
  /** Messages settled (stored, known or skipped) since the pass started. */
  done: number;
  /** From getProfile (the whole mailbox), then narrowed to the window as dates come in. */
  estimate: number | null;
  /** The oldest message date seen in this pass (for the window's estimate). */
  oldestAt: number | null;
  /** Partial sync: history read up to here. */
  historyId: string | null;
  /** A history pass in progress: its next page, and the historyId its last page reported. */
  history: { startHistoryId: string; pageToken: string | null; endHistoryId: string | null } | null;
  /** Listed ids neither stored nor known: fetched next. Stored with the cursor that listed them. */
  pending: string[];
}

export type GmailOp = SyncOp &
  (
    | { kind: 'profile' }
    | { kind: 'list'; pageToken: string | null }
    | { kind: 'get'; ids: string[] }
    | { kind: 'history'; startHistoryId: string; pageToken: string | null }
  );

export type GmailResult =
  | { kind: 'profile'; profile: GmailProfile }
  | { kind: 'list'; page: GmailListPage }
  /** Ids that failed transiently are in neither list: they stay pending. */
  | { kind: 'get'; messages: GmailMessageMeta[]; gone: string[] }
  | { kind: 'history'; page: GmailHistoryPage };

const cost = (options: SyncOptions, method: string, n = 1): number => (options.costs[method] ?? 1) * n;

function startPass(c: GmailCursor, options: SyncOptions, resync: boolean): GmailCursor {
  return {
    ...c,
    phase: 'starting',
    resync,
    passStartedAt: null,
    startHistoryId: null,
    backfillFrom: options.backfillFrom,
    list: { pageToken: null, pages: 0, done: false },
    done: 0,
    oldestAt: null,
    history: null,
  };
}

/** The full pass is over when the list is exhausted and nothing listed waits: partial sync takes over. */
function settleFull(c: GmailCursor): GmailCursor {
  if (c.phase !== 'full' || !c.list.done || c.pending.length > 0) return c;
  return { ...c, phase: 'partial', resync: false, historyId: c.startHistoryId, estimate: c.done };
}

/** The history pass is over when its last page is read and nothing it listed waits. */
function settlePartial(c: GmailCursor): { cursor: GmailCursor; caughtUp: boolean } {
  const h = c.history;
  if (c.phase !== 'partial' || !h || h.pageToken !== null || h.endHistoryId === null || c.pending.length > 0)
    return { cursor: c, caughtUp: false };
  return { cursor: { ...c, historyId: h.endHistoryId, history: null }, caughtUp: true };
}

function addPending(c: GmailCursor, ids: readonly string[], known: ReadonlySet<string>) {
  const waiting = new Set(c.pending);
  const fresh: string[] = [];
  const seen: { item: string; reason: SeenReason }[] = [];
  for (const id of new Set(ids)) {
    if (waiting.has(id)) continue;
    if (known.has(id)) seen.push({ item: id, reason: 'known' });
    else fresh.push(id);
  }
  return { pending: [...c.pending, ...fresh], seen };
}

/** The window's share of the mailbox, extrapolated from how far back the pass has read (capped by the total). */
function windowEstimate(c: GmailCursor, total: number | null): number | null {
  if (c.backfillFrom === null || c.oldestAt === null || c.passStartedAt === null) return total;
  if (c.oldestAt <= c.backfillFrom || c.list.done) return c.done + c.pending.length;
  const span = c.passStartedAt - c.oldestAt;
  if (span <= 0) return total;
  const guess = Math.round(((c.done + c.pending.length) * (c.passStartedAt - c.backfillFrom)) / span);
  return total === null ? guess : Math.min(total, guess);
}

function reduceGet(
  c: GmailCursor,
  op: Extract<GmailOp, { kind: 'get' }>,
  r: Extract<GmailResult, { kind: 'get' }>,
): StepOutcome<GmailCursor> {
  const out = emptyOutcome(c);
  const settled = new Set<string>();
  let oldestAt = c.oldestAt;
  let listDone = c.list.done;
  const asked = new Set(op.ids);
  for (const m of r.messages) {
    if (!asked.has(m.id) || settled.has(m.id)) continue;
    settled.add(m.id);
    const at = gmailDate(m);
    if (at !== null && c.phase === 'full') oldestAt = oldestAt === null ? at : Math.min(oldestAt, at);
    if (hasSkippedLabel(m.labelIds)) out.seen.push({ item: m.id, reason: 'skipped-label' });
    else if (c.phase === 'full' && c.backfillFrom !== null && at !== null && at < c.backfillFrom) {
      // messages.list returns the newest first: once a message is older than the window, so are later pages.
      out.seen.push({ item: m.id, reason: 'outside-window' });
      listDone = true;
    } else out.messages.push({ item: m.id, message: loggableFromGmail(m) });
  }
  for (const id of r.gone) {
    if (!asked.has(id) || settled.has(id)) continue;
    settled.add(id);
    out.seen.push({ item: id, reason: 'gone' });
  }
  if (settled.size === 0) return out;
  let cursor: GmailCursor = {
    ...c,
    pending: c.pending.filter((id) => !settled.has(id)),
    done: c.done + settled.size,
    oldestAt,
    list: { ...c.list, done: listDone },
  };
  if (cursor.phase === 'full') cursor = { ...cursor, estimate: windowEstimate(cursor, c.estimate) };
  cursor = settleFull(cursor);
  const partial = settlePartial(cursor);
  return { ...out, cursor: partial.cursor, advanced: true, caughtUp: partial.caughtUp };
}

export const gmailPlanner: StreamPlanner<GmailCursor, GmailOp, GmailResult> = {
  stream: GMAIL_STREAM,

  initial(options) {
    return startPass(
      {
        phase: 'starting',
        resync: false,
        passStartedAt: null,
        startHistoryId: null,
        backfillFrom: options.backfillFrom,
        list: { pageToken: null, pages: 0, done: false },
        done: 0,
        estimate: null,
        oldestAt: null,
        historyId: null,
        history: null,
        pending: [],
      },
      options,
      false,
    );
  },

  next(c, ctx: PlanContext) {
    const flying = ctx.inFlight as readonly GmailOp[];
    const busy = new Set(flying.flatMap((op) => (op.kind === 'get' ? op.ids : [])));
    const has = (kind: GmailOp['kind']) => flying.some((op) => op.kind === kind);
    const stream = GMAIL_STREAM;
    const quota = GMAIL_QUOTA;
    if (c.phase === 'starting')
      return has('profile')
        ? null
        : {
            stream,
            quota,
            key: 'profile',
            kind: 'profile',
            method: 'users.getProfile',
            cost: cost(ctx.options, 'users.getProfile'),
          };
    // A batch the quota can take now; when less than a tenth of a full one fits, that tenth, which the runner waits
    // for and then plans again with the room it finds (waiting for a full batch skipped the small spends about to
    // leave the window: 9 % of the rate in the paced ledger's simulation, quota-pace.test.ts).
    const getCost = cost(ctx.options, 'messages.get');
    const fits = Math.floor((ctx.room?.(quota) ?? Infinity) / getCost);
    const { batchSize } = SYNC_LIMITS.gmail;
    const least = Math.ceil(batchSize / 10);
    const size = fits >= least ? Math.min(batchSize, fits) : least;
    const free = c.pending.filter((id) => !busy.has(id)).slice(0, size);
    if (free.length > 0)
      return {
        stream,
        quota,
        key: `get:${free[0] ?? ''}`,
        kind: 'get',
        ids: free,
        method: 'messages.get',
        cost: cost(ctx.options, 'messages.get', free.length),
      };
    if (c.phase === 'full') {
      if (c.list.done || has('list') || c.pending.length >= SYNC_LIMITS.gmail.listPageSize) return null;
      return {
        stream,
        quota,
        key: `list:${c.list.pages}`,
        kind: 'list',
        pageToken: c.list.pageToken,
        method: 'messages.list',
        cost: cost(ctx.options, 'messages.list'),
      };
    }
    if (has('history')) return null;
    const h = c.history;
    const historyOp = (startHistoryId: string, pageToken: string | null): GmailOp => ({
      stream,
      quota,
      ...(pageToken === null ? { check: true } : {}),
      key: `history:${startHistoryId}:${pageToken ?? ''}`,
      kind: 'history',
      startHistoryId,
      pageToken,
      method: 'history.list',
      cost: cost(ctx.options, 'history.list'),
    });
    if (h) return h.pageToken !== null ? historyOp(h.startHistoryId, h.pageToken) : null;
    if (ctx.poll && flying.length === 0 && c.historyId !== null) return historyOp(c.historyId, null);
    return null;
  },

  lookups(op, result) {
    if (op.kind === 'list' && result.kind === 'list') return result.page.ids;
    if (op.kind === 'history' && result.kind === 'history') return result.page.added.map((a) => a.id);
    return [];
  },

  reduce(c, op, result, known, ctx) {
    if (op.kind === 'profile' && result.kind === 'profile') {
      const p = result.profile;
      if (c.phase !== 'starting') return emptyOutcome(c);
      const cursor: GmailCursor = {
        ...c,
        phase: 'full',
        passStartedAt: ctx.now,
        startHistoryId: p.historyId,
        estimate: p.messagesTotal,
      };
      return { ...emptyOutcome(cursor), advanced: true };
    }
    if (op.kind === 'list' && result.kind === 'list') {
      if (c.phase !== 'full' || c.list.pageToken !== op.pageToken) return emptyOutcome(c);
      const { pending, seen } = addPending(c, result.page.ids, known);
      const cursor = settleFull({
        ...c,
        pending,
        done: c.done + seen.length,
        list: {
          pageToken: result.page.nextPageToken,
          pages: c.list.pages + 1,
          done: !result.page.nextPageToken,
        },
      });
      return { ...emptyOutcome(cursor), seen, advanced: true };
    }
    if (op.kind === 'get' && result.kind === 'get') return reduceGet(c, op, result);
    if (op.kind === 'history' && result.kind === 'history') {
      const h = c.history;
      const current = h
        ? h.startHistoryId === op.startHistoryId && h.pageToken === op.pageToken
        : op.pageToken === null;
      if (c.phase !== 'partial' || !current) return emptyOutcome(c);
      const wanted = result.page.added.filter((a) => !hasSkippedLabel(a.labelIds)).map((a) => a.id);
      const skipped = result.page.added.filter((a) => hasSkippedLabel(a.labelIds) && !known.has(a.id));
      const { pending, seen } = addPending(c, wanted, known);
      const next = result.page.nextPageToken;
      const history = {
        startHistoryId: op.startHistoryId,
        pageToken: next,
        endHistoryId: next ? null : result.page.historyId,
      };
      const settled = settlePartial({ ...c, pending, history, estimate: c.done + pending.length });
      return {
        ...emptyOutcome(settled.cursor),
        seen: [...seen, ...skipped.map((a) => ({ item: a.id, reason: 'skipped-label' as const }))],
        advanced: true,
        caughtUp: settled.caughtUp,
      };
    }
    return emptyOutcome(c);
  },

  restart(c, options) {
    return startPass(c, options, true);
  },

  hasWork(c) {
    return c.phase !== 'partial' || c.pending.length > 0 || c.history !== null;
  },

  progress(c): StreamProgress {
    const phase = c.phase === 'partial' ? (c.pending.length > 0 || c.history ? 'partial' : 'idle') : c.phase;
    return { phase, done: c.done, estimate: c.estimate, resync: c.resync };
  },
};
