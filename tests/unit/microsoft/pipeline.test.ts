// The runner's pipelining of Graph delta streams: each folder's next page is asked for while the page before it
// is being stored (the next link comes with the page), answers are stored in the order they were sent, and when
// a page cannot be stored (the base refused the transaction) the page fetched after it is dropped rather than
// stored out of order; the folder asks again from its stored cursor. End state: every message once, every
// folder's deltaLink current, never more than 4 requests out.
import { describe, expect, it } from 'vitest';
import { syncAccountId, type SyncAccountId } from '../../../core/sync/account';
import type { DeltaCursor } from '../../../core/sync/microsoft/delta-cursor';
import type { PlanContext, SyncOp } from '../../../core/sync/planner';
import { accessToken, renewSilently, signIn } from '../../../integrations/microsoft/auth';
import {
  MICROSOFT_BINDINGS,
  microsoftProvider,
  microsoftStreams,
} from '../../../integrations/microsoft/provider';
import { SyncRunner } from '../../../integrations/sync/runner';
import { SYNC_LIMITS, spendableBudget } from '../../../core/sync/limits';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';
import { GRAPH_QUOTA } from '../../../core/sync/microsoft/planners';
import { paceOf } from '../../../core/sync/quota';
import type { AnyPlanner, SyncSettings } from '../../../integrations/sync/types';
import { connectAccount } from '../../../storage/sync/accounts';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb, testSettings } from '../storage/helpers';
import { VirtualClock } from '../sync/world';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const PER_FOLDER = 60;

/** A store whose transactions take a while (a loaded machine), and which refuses one page once. */
class SlowStore extends DexieSyncStore {
  /** The next links named by the pages stored so far. */
  stored = new Set<string>();
  /** Requests for a next page (a nextLink) that left before the page naming it was stored. */
  overlaps = 0;
  nextRequests = 0;
  applied: { stream: string; key: string; moved: boolean }[] = [];
  refused = 0;
  private inboxPages = 0;

  override async apply(
    id: SyncAccountId,
    planner: AnyPlanner,
    op: SyncOp,
    result: unknown,
    ctx: PlanContext,
    sentAt: number,
  ): ReturnType<DexieSyncStore['apply']> {
    const next =
      typeof result === 'object' && result !== null && 'nextLink' in result ? result.nextLink : null;
    const inbox = op.stream === 'graph:folder:inbox' ? ++this.inboxPages : 0;
    await new Promise((r) => setTimeout(r, 3));
    if (inbox === 4) {
      this.refused++;
      throw new Error('QuotaExceededError: the disk is full');
    }
    const out = await super.apply(id, planner, op, result, ctx, sentAt);
    if (typeof next === 'string') this.stored.add(decodeURIComponent(next));
    this.applied.push({ stream: op.stream, key: op.key, moved: out?.advanced === true });
    return out;
  }
}

/** The fake mailbox (two folders of PER_FOLDER), the base and the signed-in account; `hold` may delay an answer. */
async function pipelineWorld(hold: (url: string) => Promise<void> = () => Promise.resolve()) {
  const clock = new VirtualClock(Date.parse('2026-06-01T00:00:00Z'));
  const fake = createMicrosoftFake({ clock: clock.now, messagePageCap: 10 });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser(ME, 'Olena Kovalenko');
  for (const folder of ['inbox', 'sentitems'])
    for (let i = 0; i < PER_FOLDER; i++) {
      const client = { name: `Client ${i % 20}`, address: `client${i % 20}@buyer.example` };
      const me = { name: 'Olena Kovalenko', address: ME };
      const at = new Date(clock.t - (i + 1) * 600_000).toISOString();
      box.addMessage(folder, {
        conversationId: `AAQk${folder}${i % 30}`,
        internetMessageId: `${folder}-${i}@mail.example`,
        subject: `Order ${i}`,
        from: folder === 'sentitems' ? me : client,
        to: [folder === 'sentitems' ? client : me],
        cc: [],
        receivedDateTime: at,
        sentDateTime: at,
        hasAttachments: false,
      });
    }
  const wire = routeFetch(fake.routes);
  const auth = inProcessAuth(wire, REDIRECT, clock.now);
  const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };
  const db = freshDb();
  const base = testSettings({ ownAddresses: [ME] });
  const settings = { ...base, logging: { ...base.logging, mode: 'create-all' as const } };
  const store = new SlowStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
  const provider = microsoftProvider({
    fetch: (input, init) => {
      const url = decodeURIComponent(input instanceof Request ? input.url : String(input));
      if (url.includes('$skiptoken=')) {
        store.nextRequests++;
        if (!store.stored.has(url)) store.overlaps++;
      }
      return hold(url).then(() => wire(input, init));
    },
    now: clock.now,
  });
  const signed = await signIn(config, auth, true);
  if (!signed.ok) throw new Error(signed.description);
  const id = syncAccountId('microsoft', ME);
  auth.vault.tokens.set(id, signed.tokens);
  const scopes = signed.tokens.scopes.filter((s) => s !== 'contacts.read');
  await connectAccount(db, 'microsoft', ME, scopes, microsoftStreams(scopes, clock.now()), clock.now());
  const syncSettings: SyncSettings = {
    gmailCostModel: 'since-2026-05',
    backfillMonths: null,
    pollMinutes: 2,
  };
  return { clock, fake, db, store, provider, config, auth, id, syncSettings };
}

/** A runner over the world, its alarms kept in `alarms`. */
function runnerOf(w: Awaited<ReturnType<typeof pipelineWorld>>, alarms: Map<string, number>): SyncRunner {
  return new SyncRunner({
    provider: w.provider,
    store: w.store,
    tokens: {
      get: (a) => accessToken(a, w.config, w.auth),
      renew: (a) => renewSilently(a, w.config, w.auth),
    },
    clock: w.clock,
    wake: { at: async (a, when) => void alarms.set(a, when) },
    settings: () => Promise.resolve(w.syncSettings),
  });
}

describe('pipelined Graph deltas', () => {
  it('asks for the next page while one is stored, stores in order, and drops what follows a refused page', async () => {
    const world = await pipelineWorld();
    const { clock, fake, db, store, id } = world;
    const alarms = new Map<string, number>();
    const ends: string[] = [];
    for (let run = 0; run < 10; run++) {
      const runner = runnerOf(world, alarms);
      const end = await runner.run(id, run === 0);
      ends.push(end);
      if (end === 'idle') break;
      clock.t = Math.max(clock.t + 1_000, alarms.get(id) ?? 0);
    }

    const interactions = await db.interactions.toArray();
    const account = await db.syncAccounts.get(id);
    const cursors = Object.values(account?.streams ?? {}).map((s) => s.cursor as DeltaCursor);
    expect(ends.at(-1)).toBe('idle');
    // The refused page ended a run (the base's failure is shown and retried), the next run went on.
    expect(store.refused).toBe(1);
    expect(ends.length).toBeGreaterThan(1);
    console.log(
      `[pipeline] ${store.overlaps} of ${store.nextRequests} next pages asked before their page was stored`,
    );
    // Without pipelining this is 0 by construction (a next link is asked for only after its page is stored); how
    // many pages overlap depends on how the base's transactions interleave (every one writes the account row).
    expect(store.overlaps).toBeGreaterThan(0);
    // Every stored page moved its folder's cursor except the one fetched ahead of the refused page (dropped
    // before storing) — answers were never stored out of order.
    expect(store.applied.filter((a) => !a.moved)).toEqual([]);
    expect(interactions).toHaveLength(2 * PER_FOLDER);
    expect(new Set(interactions.map((i) => i.providerKey)).size).toBe(2 * PER_FOLDER);
    expect(fake.graph.throttle.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(fake.graph.throttle.stats.concurrency429).toBe(0);
    expect(cursors).toHaveLength(2);
    for (const c of cursors)
      expect(c).toMatchObject({ next: null, delta: expect.stringContaining('$deltatoken=') });
  }, 30_000); // CPU-bound (fake-indexeddb, the logging path): ~1 s alone, past vitest's 5 s on a loaded machine

  it('a run that must wait for the budget with pipelined pages still out stores them and ends waiting', async () => {
    // Every delta answer comes 30 ms late: the run decides to wait (the budget has room for two requests) while
    // the pages it sent are still out. Before, its last planning had released the store turns queued so far, so
    // the answers arriving meanwhile queued turns nobody released: the run never ended and set no alarm (the
    // Graph bench's stall after its first 1,900 requests, 2026-12-07).
    const world = await pipelineWorld(
      (url) => new Promise((resolve) => setTimeout(resolve, url.includes('/messages/delta') ? 30 : 0)),
    );
    const { clock, store, id } = world;
    const budget = spendableBudget(GRAPH_LIMITS.perMailbox);
    const pace = paceOf(budget);
    expect(await store.recordSpend(id, GRAPH_QUOTA, pace.limit - 2, budget, clock.now())).toBe(true);
    const alarms = new Map<string, number>();
    const runner = runnerOf(world, alarms);
    const end = await Promise.race([
      runner.run(id, true),
      new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 5_000)),
    ]);
    runner.kill();
    expect(end).toBe('waiting');
    expect(alarms.get(id)).toBeGreaterThan(clock.now() + SYNC_LIMITS.scheduler.maxInProcessWaitMs);
    // The two pages that left were stored, each moving its folder's cursor.
    expect(store.applied.map((a) => a.moved)).toEqual([true, true]);
  }, 30_000);
});
