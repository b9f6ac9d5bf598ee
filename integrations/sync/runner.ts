// The provider-neutral sync loop for one account: asks the planners what to send, spends quota units through
// the persisted ledger, keeps at most `concurrencyPerUser` requests in flight, and hands each result to the
// store, which applies it and moves the cursor in one transaction. It never sleeps long: a wait beyond
// `maxInProcessWaitMs` (a backoff, an exhausted quota window) ends the run and an alarm resumes it. Nothing
// it holds in memory matters after the worker dies: every decision is taken again from stored state.
import type { SyncAccountId } from '../../core/sync/account';
import { backoffDelay, restartDelay, type Failure } from '../../core/sync/failure';
import { SYNC_LIMITS } from '../../core/sync/limits';
import type { PlanContext, SyncOp } from '../../core/sync/planner';
import { pacedRoom, pacedWait } from '../../core/sync/quota';
import { Pipeline, type Outcome } from './pipeline';
import type {
  AnyPlanner,
  Clock,
  ExecResult,
  SyncProvider,
  SyncSettings,
  SyncStore,
  Tokens,
  Wake,
} from './types';

/** How a run ended: caught up (next poll scheduled), waiting on an alarm, stopped (paused, reconnect, gone). */
export type RunEnd = 'idle' | 'waiting' | 'stopped';

/** While a request is out, an alarm this soon resumes the account if the worker dies meanwhile (Chrome's minimum). */
const WATCHDOG_MS = SYNC_LIMITS.alarms.minDelayMs;

export interface RunnerDeps {
  provider: SyncProvider;
  store: SyncStore;
  tokens: Tokens;
  clock: Clock;
  wake: Wake;
  settings: () => Promise<SyncSettings>;
}

class Killed extends Error {
  constructor() {
    super('The sync runner was stopped.');
  }
}

/**
 * One op on its way: `sending` while its request is out (what the provider's in-flight cap counts), then
 * `storing` while its answer waits for, or is in, the store's transaction.
 */
interface Flight {
  op: SyncOp;
  phase: 'sending' | 'storing';
  done: Promise<void>;
}

/** What came back for a sent op: an answer to store, or how the op ended without one. */
type Sent = { kind: 'answer'; res: Extract<ExecResult, { ok: true }> } | { kind: 'failed' | 'stop' };

/** An op the planners chose, with the cursor it was planned from. */
interface Chosen {
  op: SyncOp;
  planner: AnyPlanner;
  ctx: PlanContext;
  cursor: unknown;
}

export class SyncRunner {
  private readonly controller = new AbortController();
  /**
   * Waits learned from answers, kept in memory the moment they arrive: the persisted backoff follows a few
   * awaits later, and no request may leave in between.
   */
  private readonly holds = new Map<SyncAccountId, number>();

  constructor(private readonly deps: RunnerDeps) {}

  /** Abandons every run of this runner at its next step (the worker's death, simulated; or a disconnect). */
  kill(): void {
    this.controller.abort();
  }

  private alive(): void {
    if (this.controller.signal.aborted) throw new Killed();
  }

  /** Runs the account until it is caught up, must wait, or is stopped. `poll`: check for new items too. */
  async run(id: SyncAccountId, poll = true): Promise<RunEnd> {
    try {
      return await this.loop(id, poll);
    } catch (error) {
      if (error instanceof Killed) return 'stopped';
      throw error;
    }
  }

  private async loop(id: SyncAccountId, poll: boolean): Promise<RunEnd> {
    const pipe = new Pipeline();
    try {
      return await this.steps(id, poll, pipe);
    } finally {
      // A run that ends (or is stopped) lets the store turns still queued go on (or find it stopped).
      pipe.passed();
    }
  }

  private async steps(id: SyncAccountId, poll: boolean, pipe: Pipeline): Promise<RunEnd> {
    const { provider, store, clock, wake } = this.deps;
    const settings = await this.deps.settings();
    const budgets = provider.budgets(settings);
    const budgetOf = (op: SyncOp) => {
      const budget = budgets[op.quota];
      if (!budget) throw new Error(`The ${provider.id} provider has no "${op.quota}" quota.`);
      return budget;
    };
    const { maxInProcessWaitMs } = SYNC_LIMITS.scheduler;
    const concurrencyPerUser = provider.concurrency ?? SYNC_LIMITS.scheduler.concurrencyPerUser;
    const flights = new Map<string, Flight>();
    // Streams whose check for new items this run has opened: a check finished that an earlier run opened
    // does not count, so every run looks for what arrived since it started.
    const opened = new Set<string>();
    let stopped = false;
    let turn = 0;
    // The watchdog alarm is moved only when it would fire within half its delay (an alarm per request is an
    // extension API call per request).
    let watchdogUntil = 0;
    const sending = () => [...flights.values()].filter((f) => f.phase === 'sending').length;
    // Wakes on a flight ending, and on an answer arriving (a pipelined stream may plan its next request then).
    const settle = () => {
      pipe.passed();
      return Promise.race([pipe.arrival(), ...[...flights.values()].map((f) => f.done)]);
    };
    // Every flight lands before the run ends. A pipelined answer arriving meanwhile queues a store turn that
    // waits for the loop's next planning, which will not come: release each one as it arrives (before, such a
    // turn was never released, the run never ended and no alarm was set: the sync stalled until a restart).
    const drain = async () => {
      while (flights.size > 0) {
        pipe.passed();
        await Promise.race([pipe.arrival(), ...[...flights.values()].map((f) => f.done)]);
      }
      pipe.passed();
    };

    for (;;) {
      this.alive();
      const account = await store.load(id);
      this.alive();
      if (!account || account.paused || account.auth === 'reconnect' || stopped) {
        await drain();
        return 'stopped';
      }
      const now = clock.now();
      const until = Math.max(account.backoff?.until ?? 0, this.holds.get(id) ?? 0);
      if (until > now) {
        // Requests already out may still land; none leaves before the wait is over.
        if (flights.size > 0) {
          await settle();
          continue;
        }
        if (until - now <= maxInProcessWaitMs && !account.backoff) {
          await clock.sleep(until - now, this.controller.signal);
          continue;
        }
        await wake.at(id, until);
        return 'waiting';
      }
      const options = provider.options(settings, now);
      const planners = provider.streamsFor(account);
      let chosen: Chosen | null = null;
      for (let k = 0; k < planners.length && !chosen; k++) {
        const planner = planners[(turn + k) % planners.length];
        const stream = planner ? account.streams[planner.stream] : undefined;
        if (!planner || !stream) continue;
        const mine = [...flights.values()].filter((f) => f.op.stream === planner.stream);
        // A pipelined stream plans from the cursor its latest answer will leave, with one answer at most
        // waiting to be stored; otherwise from the stored cursor, with everything unstored still in flight.
        const ahead = pipe.cursor(planner.stream, mine.filter((f) => f.phase === 'storing').length);
        const cursor = ahead ? ahead.cursor : stream.cursor;
        const inFlight = (ahead ? mine.filter((f) => f.phase === 'sending') : mine).map((f) => f.op);
        const room = (quota: string) => {
          const budget = budgets[quota];
          return budget ? pacedRoom(account.ledgers[quota] ?? [], budget, now) : Infinity;
        };
        const ctx: PlanContext = { now, poll: poll && !opened.has(planner.stream), inFlight, options, room };
        const op = planner.next(cursor, ctx);
        if (op) chosen = { op, planner, ctx, cursor };
      }
      if (!chosen) {
        if (flights.size > 0) {
          await settle();
          continue;
        }
        await wake.at(id, now + settings.pollMinutes * 60_000);
        return 'idle';
      }
      // The cap counts requests out; answers being stored are no load on the provider.
      if (sending() >= concurrencyPerUser) {
        await settle();
        continue;
      }
      const budget = budgetOf(chosen.op);
      // Spent in even steps (paceOf): a wait for the next step stays in process; only a spent window ends the run.
      const wait = pacedWait(account.ledgers[chosen.op.quota] ?? [], chosen.op.cost, budget, now);
      if (wait > maxInProcessWaitMs) {
        await drain();
        await wake.at(id, now + wait);
        return 'waiting';
      }
      if (wait > 0) {
        // Requests out land first, then the wait is measured again: a short step's wait never runs beside a
        // request (the provider counts a request when it arrives; the ledger dates it when it left).
        if (flights.size > 0) await settle();
        else await clock.sleep(wait, this.controller.signal);
        continue;
      }
      const spent = await store.recordSpend(id, chosen.op.quota, chosen.op.cost, budget, now);
      this.alive();
      // Someone else spent since the ledger was read (a renewed request, the card's thread read): plan again.
      if (!spent) continue;
      if (watchdogUntil - now < WATCHDOG_MS / 2) {
        watchdogUntil = now + WATCHDOG_MS;
        await wake.at(id, watchdogUntil);
      }
      turn++;
      const flight = chosen;
      const { op } = flight;
      if (op.check) opened.add(op.stream);
      const entry: Flight = { op, phase: 'sending', done: Promise.resolve() };
      entry.done = this.fly(id, flight, pipe, () => (entry.phase = 'storing'))
        .then((outcome) => {
          if (outcome === 'stop') stopped = true;
          // A check that never got its answer is opened again.
          if (outcome === 'failed' && op.check) opened.delete(op.stream);
        })
        .catch((error: unknown) => (error instanceof Killed ? undefined : this.localFailure(id, error)))
        .finally(() => {
          flights.delete(op.key);
          if (![...flights.values()].some((f) => f.op.stream === op.stream)) pipe.forget(op.stream);
        });
      flights.set(op.key, entry);
      pipe.passed();
    }
  }

  /**
   * Sends one op and stores its answer: 'applied', 'failed' (not sent, answered with a failure (recorded; a
   * `busy` one is not, and its units are given back), or an answer dropped because the one before it could not
   * be stored), or 'stop' (the user has to reconnect).
   * A pipelined stream's answers are stored in the order they were sent, each after the one before succeeded.
   */
  private async fly(
    id: SyncAccountId,
    { op, planner, ctx, cursor }: Chosen,
    pipe: Pipeline,
    answered: () => void,
  ): Promise<Outcome> {
    const sent = await this.send(id, op, planner, ctx, pipe);
    answered();
    pipe.arrived();
    if (sent.kind !== 'answer') {
      pipe.broken(op.stream);
      return sent.kind;
    }
    const after = planner.ahead?.(cursor, op, sent.res.result) ?? null;
    if (after === null) return this.store(id, op, planner, ctx, sent.res);
    return pipe.queue(op.stream, after, () => this.store(id, op, planner, ctx, sent.res));
  }

  /** Sends one op (renewing the token once on a 401); failures are recorded here. */
  private async send(
    id: SyncAccountId,
    op: SyncOp,
    planner: AnyPlanner,
    ctx: PlanContext,
    pipe: Pipeline,
  ): Promise<Sent> {
    const { provider, store, tokens, clock } = this.deps;
    const signal = this.controller.signal;
    let token = await tokens.get(id);
    // When the units this op is sending on were spent (by the loop, at the time it planned the op).
    let spentAt = ctx.now;
    this.alive();
    // A wait may have been asked for while the token was read: then this op does not leave (it is planned again).
    if (clock.now() < (this.holds.get(id) ?? 0)) return { kind: 'failed' };
    let res: ExecResult = token
      ? await provider.execute(op, token, signal, id)
      : { ok: false, failure: { kind: 'auth', status: 401, reason: 'no-token' } };
    this.hold(id, res);
    await this.keepWait(id, res);
    if (!res.ok && res.failure.kind === 'auth') {
      this.alive();
      // A 401 earns one silent renewal; a second one means the user must reconnect. The refused token goes
      // along: with several requests out, another one's renewal may already have replaced it.
      token = await tokens.renew(id, token);
      this.alive();
      if (token) {
        const budget = provider.budgets(await this.deps.settings())[op.quota];
        spentAt = clock.now();
        const spent = !budget || (await store.recordSpend(id, op.quota, op.cost, budget, spentAt));
        this.alive();
        // No room for the retry now: the op is planned again (with the renewed token) when there is.
        if (!spent || clock.now() < (this.holds.get(id) ?? 0)) return { kind: 'failed' };
        res = await provider.execute(op, token, signal, id);
        this.hold(id, res);
        await this.keepWait(id, res);
      }
      if (!token || (!res.ok && res.failure.kind === 'auth')) {
        this.alive();
        await store.setAuth(id, 'reconnect');
        await store.recordFailure(
          id,
          res.ok ? { kind: 'auth', status: 401 } : res.failure,
          null,
          clock.now(),
        );
        return { kind: 'stop' };
      }
    }
    if (!res.ok && res.failure.kind === 'busy') {
      // Kartka's own callers (cards, Teams, the folder picker) held the account's request slots for the whole
      // bounded wait: nothing left, so nothing is owed and nothing is recorded (no failure, no backoff: the
      // provider asked for nothing). The op is planned again once the short hold noted above (`hold`) is over.
      const budget = provider.budgets(await this.deps.settings())[op.quota];
      if (budget) await store.refundSpend(id, op.quota, op.cost, budget, spentAt);
      this.alive();
      return { kind: 'failed' };
    }
    if (!res.ok) {
      // A pipelined stream's pages answered before this one are stored first: a restart must not drop them (a
      // page of changes carries deletions a full pass never lists again).
      if (res.failure.kind === 'cursor-gone') await pipe.stored(op.stream);
      // Written before anything else: a wait the provider asked for must outlive this worker.
      await this.fail(id, planner, res.failure, ctx);
      this.alive();
      return { kind: 'failed' };
    }
    return { kind: 'answer', res };
  }

  /** Stores one answer: the store applies it and moves the cursor in one transaction. */
  private async store(
    id: SyncAccountId,
    op: SyncOp,
    planner: AnyPlanner,
    ctx: PlanContext,
    res: Extract<ExecResult, { ok: true }>,
  ): Promise<'applied' | 'stop'> {
    const { store, tokens, clock } = this.deps;
    this.alive();
    const partial = res.partialFailure;
    if (partial && partial.kind !== 'auth') await this.fail(id, planner, partial, ctx);
    this.alive();
    await store.apply(id, planner, op, res.result, { ...ctx, now: clock.now() }, ctx.now);
    if (partial?.kind === 'auth') {
      // Part of a batch refused the token: renew it now, so the calls left pending go with a good one.
      const renewed = await tokens.renew(id);
      this.alive();
      if (!renewed) {
        await store.setAuth(id, 'reconnect');
        await store.recordFailure(id, partial, null, clock.now());
        return 'stop';
      }
    }
    return 'applied';
  }

  /**
   * A batch whose worst failure is a 401 may carry another part's Retry-After: that wait is persisted too (other
   * failures persist theirs through `fail`), so a worker that dies while renewing the token still honours it.
   */
  private async keepWait(id: SyncAccountId, res: ExecResult): Promise<void> {
    const failure = res.ok ? res.partialFailure : res.failure;
    const wait = failure?.retryAfterMs;
    if (failure?.kind === 'auth' && wait)
      await this.deps.store.recordFailure(id, failure, () => wait, this.deps.clock.now());
  }

  /** Notes at once a wait an answer asked for (Retry-After, or a rate refusal without one). */
  private hold(id: SyncAccountId, res: ExecResult): void {
    const failure = res.ok ? res.partialFailure : res.failure;
    if (!failure || (failure.kind !== 'rate' && failure.retryAfterMs === undefined)) return;
    const wait = failure.retryAfterMs ?? SYNC_LIMITS.backoff.baseMs;
    this.holds.set(id, Math.max(this.holds.get(id) ?? 0, this.deps.clock.now() + wait));
  }

  /** The base could not take a result (disk full, a transaction aborted): retried later, shown meanwhile. */
  private async localFailure(id: SyncAccountId, error: unknown): Promise<void> {
    // A worker being stopped writes nothing more; its transaction rolled back and the next one redoes it.
    if (this.controller.signal.aborted) return;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error('[Kartka] sync could not store a result', error);
    const failure: Failure = { kind: 'local', status: 0, message };
    const { clock, store } = this.deps;
    await store.recordFailure(
      id,
      failure,
      (attempt) => backoffDelay(failure, attempt, clock.random()),
      clock.now(),
    );
  }

  private async fail(
    id: SyncAccountId,
    planner: AnyPlanner,
    failure: Failure,
    ctx: PlanContext,
  ): Promise<void> {
    const { store, clock } = this.deps;
    const now = clock.now();
    if (failure.kind === 'cursor-gone') {
      // Restart at once the first time; a provider that keeps forgetting is given time, never hammered.
      const restarts = await store.restart(id, planner, ctx.options, now);
      const wait = restartDelay(restarts);
      await store.recordFailure(id, failure, wait > 0 ? () => wait : null, now);
      return;
    }
    await store.recordFailure(id, failure, (attempt) => backoffDelay(failure, attempt, clock.random()), now);
  }
}
