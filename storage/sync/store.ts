// The sync's persisted state in Dexie. `apply` is the one place a cursor moves: in the same transaction that
// logs what the step fetched (through the logging path pages and imports use) and marks the items it settled.
import { canonicalEmail } from '../../core/email';
import type { InteractionId, PersonId } from '../../core/ids';
import type { InteractionSource, Settings } from '../../core/model';
import type {
  StreamState,
  SyncAccount,
  SyncAccountId,
  SyncAccountRow,
  SyncPacing,
} from '../../core/sync/account';
import { recentRestarts, type Failure } from '../../core/sync/failure';
import type { QuotaBudget } from '../../core/sync/limits';
import type {
  PlanContext,
  StepOutcome,
  StreamPlanner,
  SyncedMessage,
  SyncOp,
  SyncOptions,
} from '../../core/sync/planner';
import { refund, spend, waitToSpend } from '../../core/sync/quota';
import { SYNC_LIMITS } from '../../core/sync/limits';
import type { KartkaDB, SyncItemRow } from '../db';
import { logChunk, type MessageOutcome } from '../log';
import { primaryKeysByKeys } from '../lookup';
import { loadAccount } from './accounts';
import { mergeContacts, stampAndSweep } from './contacts';
import { settleListedStreams } from './folders';

/** Any planner, as the store sees it (see integrations/sync/types.ts). */
type Planner = StreamPlanner<unknown, SyncOp, unknown>;

/** Where a planner's messages are logged from, and how an item is keyed among the interactions. */
export interface StreamBinding {
  source: InteractionSource;
  /** The interaction's provider key for an item (`gmail:<id>`), so a page reading of it counts as known. */
  providerKey: (item: string) => string;
  /**
   * The stream's items are contacts: merged by identity, never logged as interactions, so only their sync items
   * are looked up (two index reads of the interactions a page, for keys no interaction has, were dropped).
   */
  contacts?: boolean;
}

/**
 * A stream's binding: its own entry, else the longest entry ending in `*` whose prefix it starts with (one entry
 * binds every stream of a kind whose names are made at run time: `graph:folder:*` for each Outlook folder).
 */
export function bindingOf(
  bindings: Readonly<Record<string, StreamBinding>>,
  stream: string,
): StreamBinding | undefined {
  const own = bindings[stream];
  if (own) return own;
  let best: { length: number; binding: StreamBinding } | null = null;
  for (const [key, binding] of Object.entries(bindings)) {
    if (!key.endsWith('*')) continue;
    const prefix = key.slice(0, -1);
    if (stream.startsWith(prefix) && (!best || prefix.length > best.length))
      best = { length: prefix.length, binding };
  }
  return best?.binding;
}

export const itemKey = (account: SyncAccountId, item: string): string => `${account}|${item}`;

/** Samples kept for the rate: one per `SAMPLE_EVERY_MS` at most, within the rate window. */
const SAMPLE_EVERY_MS = 5_000;

function withSample(samples: readonly [number, number][], done: number, now: number): [number, number][] {
  const { rateWindowMs, maxSamples } = SYNC_LIMITS.status;
  const last = samples[samples.length - 1];
  const kept = samples.filter(([at]) => at >= now - rateWindowMs);
  if (last && now - last[0] < SAMPLE_EVERY_MS && last[1] <= done) kept.pop();
  return [...kept, [now, done] as [number, number]].slice(-maxSamples);
}

/** A request sent at `sentAt` succeeded: it clears a failure (and a backoff that is over) recorded before it left. */
function succeeded(p: SyncPacing, sentAt: number, now: number): void {
  // Only a request sent after the failure proves it healed (one sent before may answer after it).
  if (p.lastFailure && p.lastFailure.at < sentAt) {
    p.lastFailure = null;
    if (p.backoff && p.backoff.until <= now) p.backoff = null;
  }
}

const troubled = (p: SyncPacing) => p.lastFailure !== null || p.backoff !== null;

export class DexieSyncStore {
  /**
   * Accounts whose pacing may hold a failure or a backoff (seen by `load`, or recorded here): only for those does a
   * stored answer write `syncPacing` too, to clear them. Every run loads its account before it stores anything.
   */
  private readonly troubled = new Set<SyncAccountId>();

  constructor(
    private readonly db: KartkaDB,
    private readonly settings: () => Promise<Settings>,
    private readonly bindings: Readonly<Record<string, StreamBinding>>,
  ) {}

  async load(id: SyncAccountId): Promise<SyncAccount | undefined> {
    const account = await loadAccount(this.db, id);
    if (account && troubled(account)) this.troubled.add(id);
    return account;
  }

  /**
   * Spends `units` if the budget has room for them at `now`, checked and written in one transaction: another
   * spender (a request renewed after a 401, the card's threads.get) may have spent since the caller read the
   * ledger, and a request sent on that stale view would go beyond the quota. False: nothing spent, plan again.
   */
  async recordSpend(
    id: SyncAccountId,
    quota: string,
    units: number,
    budget: QuotaBudget,
    now: number,
  ): Promise<boolean> {
    let spent = false;
    // An account disconnected meanwhile has no pacing row: nothing is written, nothing may be sent.
    await this.db.syncPacing
      .where('id')
      .equals(id)
      .modify((p) => {
        const ledger = p.ledgers[quota] ?? [];
        if (waitToSpend(ledger, units, budget, now) > 0) return;
        p.ledgers = { ...p.ledgers, [quota]: spend(ledger, units, budget, now) };
        spent = true;
      });
    return spent;
  }

  /** Gives back `units` spent at `spentAt` for a request that never left (one transaction, like the spend). */
  async refundSpend(
    id: SyncAccountId,
    quota: string,
    units: number,
    budget: QuotaBudget,
    spentAt: number,
  ): Promise<void> {
    await this.db.syncPacing
      .where('id')
      .equals(id)
      .modify((p) => {
        const ledger = p.ledgers[quota];
        if (ledger) p.ledgers = { ...p.ledgers, [quota]: refund(ledger, units, budget, spentAt) };
      });
  }

  async recordFailure(
    id: SyncAccountId,
    failure: Failure,
    delay: ((attempt: number) => number) | null,
    now: number,
  ): Promise<void> {
    this.troubled.add(id);
    await this.db.syncPacing
      .where('id')
      .equals(id)
      .modify((p) => {
        p.lastFailure = { failure, at: now };
        if (!delay) return;
        const attempt = (p.backoff?.attempt ?? 0) + 1;
        // A later wait never shortens one already promised to the provider.
        const until = Math.max(now + delay(attempt), p.backoff?.until ?? 0);
        p.backoff = { until, attempt, failure };
      });
  }

  /** A request sent at `sentAt` succeeded: the failure (and a backoff that is over) recorded before it is cleared. */
  private async recordSuccess(id: SyncAccountId, sentAt: number, now: number): Promise<void> {
    let still = false;
    await this.db.syncPacing
      .where('id')
      .equals(id)
      .modify((p) => {
        succeeded(p, sentAt, now);
        still = troubled(p);
      });
    if (!still) this.troubled.delete(id);
  }

  async setAuth(id: SyncAccountId, auth: SyncAccount['auth']): Promise<void> {
    await this.db.syncAccounts.update(id, { auth });
  }

  async restart(id: SyncAccountId, planner: Planner, options: SyncOptions, now: number): Promise<number> {
    return this.db.transaction('rw', this.db.syncAccounts, async () => {
      const account = await this.db.syncAccounts.get(id);
      const stream = account?.streams[planner.stream];
      if (!account || !stream) return 0;
      // A restart is not progress: `advancedAt` stays; the restarts are counted so a loop of them shows.
      const restarts = [...recentRestarts(stream.restarts ?? [], now), now];
      const next: StreamState = { ...stream, cursor: planner.restart(stream.cursor, options), restarts };
      await this.db.syncAccounts.update(id, (a) => {
        a.streams[planner.stream] = next;
      });
      return restarts.length;
    });
  }

  /**
   * Item ids of `items` already settled for this account (`settled`) or already in the base under their
   * provider key (a page reading, an import): together, what the planner may skip fetching.
   */
  private async known(account: SyncAccountId, binding: StreamBinding, items: readonly string[]) {
    const known = new Set<string>();
    const settled = new Set<string>();
    /** The sync items read, by key (a contacts page's merge reads its links from here, not again). */
    const read = new Map<string, SyncItemRow | undefined>();
    if (items.length === 0) return { known, settled, read };
    const keys = binding.contacts ? [] : items.map(binding.providerKey);
    // A record holds the key itself, or as an alias (a page stand-in rekeyed to it, another mailbox's copy).
    const [rows, byKey, byAlias] = await Promise.all([
      this.db.syncItems.bulkGet(items.map((i) => itemKey(account, i))),
      keys.length ? primaryKeysByKeys(this.db.interactions, 'providerKey', keys) : new Set<string>(),
      keys.length ? primaryKeysByKeys(this.db.interactions, 'aliasKeys', keys) : new Set<string>(),
    ]);
    items.forEach((item, i) => {
      read.set(itemKey(account, item), rows[i]);
      const key = binding.contacts ? '' : binding.providerKey(item);
      if (rows[i]) settled.add(item);
      if (rows[i] || byKey.has(key) || byAlias.has(key)) known.add(item);
    });
    return { known, settled, read };
  }

  /**
   * Logs an account's messages through the one logging path, inside the caller's transaction, and returns the
   * item rows that tie each message (and each person it created) to the account.
   */
  private async logMessages(
    account: SyncAccountRow,
    stream: string,
    binding: StreamBinding,
    messages: readonly SyncedMessage[],
    settings: Settings,
    now: number,
  ): Promise<{ rows: SyncItemRow[]; outcomes: MessageOutcome[] }> {
    const id = account.id;
    const own = [...settings.ownAddresses, canonicalEmail(account.address)];
    const chunk = await logChunk(
      this.db,
      messages.map((m) => m.message),
      settings,
      own,
      now,
      binding.source,
    );
    const rows: SyncItemRow[] = messages.map((m, i) => {
      const o = chunk.outcomes[i];
      const row: SyncItemRow = {
        key: itemKey(id, m.item),
        account: id,
        stream,
        item: m.item,
        state: o?.logged ? 'logged' : 'not-logged',
        created: Boolean(o?.logged && !o.duplicate),
        at: now,
      };
      if (o?.interactionId) row.interactionId = o.interactionId as InteractionId;
      return row;
    });
    for (const p of chunk.created)
      rows.push({
        key: itemKey(id, `person:${p.id}`),
        account: id,
        stream,
        item: `person:${p.id}`,
        state: 'logged',
        personId: p.id as PersonId,
        created: true,
        at: now,
      });
    return { rows, outcomes: chunk.outcomes };
  }

  /**
   * Logs messages an account read outside its streams' passes (the card without the page: Gmail threads.get),
   * tied to the account like synced ones, in one transaction; the stream's cursor does not move (it covers
   * only what its own passes listed). Items already settled keep their rows.
   */
  async logOutsidePass(
    id: SyncAccountId,
    stream: string,
    messages: readonly SyncedMessage[],
    now: number,
  ): Promise<MessageOutcome[]> {
    const binding = bindingOf(this.bindings, stream);
    if (!binding) throw new Error(`No storage binding for the "${stream}" sync stream.`);
    const settings = await this.settings();
    const db = this.db;
    const tables = [db.people, db.companies, db.interactions, db.lastContact, db.syncAccounts, db.syncItems];
    return db.transaction('rw', tables, async () => {
      const account = await db.syncAccounts.get(id);
      if (!account) return [];
      const { rows, outcomes } = await this.logMessages(account, stream, binding, messages, settings, now);
      const settled = await db.syncItems.bulkGet(rows.map((r) => r.key));
      await db.syncItems.bulkPut(rows.filter((_, i) => !settled[i]));
      return outcomes;
    });
  }

  async apply(
    id: SyncAccountId,
    planner: Planner,
    op: SyncOp,
    result: unknown,
    ctx: PlanContext,
    sentAt: number,
  ): Promise<StepOutcome<unknown> | null> {
    const out = await this.store(id, planner, op, result, ctx);
    // The success is pacing, not data: its own small transaction, and only when there is something to clear.
    if (out && this.troubled.has(id)) await this.recordSuccess(id, sentAt, ctx.now);
    return out;
  }

  /** Stores a result and moves the stream's cursor, in one transaction (see `apply`). */
  private async store(
    id: SyncAccountId,
    planner: Planner,
    op: SyncOp,
    result: unknown,
    ctx: PlanContext,
  ): Promise<StepOutcome<unknown> | null> {
    const binding = bindingOf(this.bindings, planner.stream);
    if (!binding) throw new Error(`No storage binding for the "${planner.stream}" sync stream.`);
    const settings = await this.settings();
    const db = this.db;
    const tables = [
      db.people,
      db.companies,
      db.interactions,
      db.lastContact,
      db.syncAccounts,
      db.syncItems,
      db.possibleDuplicates,
    ];
    return db.transaction('rw', tables, async () => {
      const account = await db.syncAccounts.get(id);
      const stream = account?.streams[planner.stream];
      // Disconnected (or the stream turned off) while the request was out: nothing to store.
      if (!account || !stream) return null;
      const { known, settled, read } = await this.known(id, binding, planner.lookups(op, result));
      const out = planner.reduce(stream.cursor, op, result, known, ctx);
      const now = ctx.now;
      // An item settled before (a resync lists everything again) keeps its row and what it points to.
      const fresh = out.seen.filter((s) => !settled.has(s.item));
      const rows: SyncItemRow[] = fresh.map((s) => ({
        key: itemKey(id, s.item),
        account: id,
        stream: planner.stream,
        item: s.item,
        state: s.reason,
        created: false,
        at: now,
      }));
      if (out.messages.length > 0)
        rows.push(
          ...(await this.logMessages(account, planner.stream, binding, out.messages, settings, now)).rows,
        );
      // Contacts merge by the identity rules, in this same transaction as the cursor that covers them.
      if (out.contacts.length > 0)
        rows.push(...(await mergeContacts(db, account, planner.stream, out.contacts, settings, now, read)));
      // A full contacts pass: its stamp on what it listed, and the sweep when a pass after a lost cursor ends.
      const swept = out.pass
        ? await stampAndSweep(db, account, planner.stream, out.pass, rows, settings, now)
        : [];
      // A finished folder listing: new folders' streams start, unlisted ones end (storage/sync/folders.ts).
      const listed = out.streams ? await settleListedStreams(db, account, out.streams, settings, now) : null;
      if (rows.length > 0 || swept.length > 0) await db.syncItems.bulkPut([...rows, ...swept]);
      const progress = planner.progress(out.cursor);
      const next: StreamState = {
        cursor: out.cursor,
        advancedAt: out.advanced ? now : stream.advancedAt,
        caughtUpAt: out.caughtUp ? now : stream.caughtUpAt,
        samples: withSample(stream.samples, progress.done, now),
        restarts: recentRestarts(stream.restarts ?? [], now),
      };
      await db.syncAccounts.update(id, (a) => {
        if (listed) a.streams = listed;
        a.streams[planner.stream] = next;
        a.lastSuccessAt = now;
      });
      return out;
    });
  }
}
