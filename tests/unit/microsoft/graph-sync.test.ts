// The Graph planners and executor together against the fake over HTTPS, through Microsoft's client with our
// middleware: three folders, 2,100 messages, 40 seeded faults of every kind, pages thrown away before they were
// stored (a worker stopped mid-page). Every message ends up stored exactly once and every folder holds a
// current deltaLink; no request leaves while a stored backoff holds; never more than 4 in flight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initialDeltaCursor,
  nextDeltaOp,
  restartDelta,
  type DeltaCursor,
} from '../../../core/sync/microsoft/delta-cursor';
import { reduceFolderPage } from '../../../core/sync/microsoft/folder-plan';
import {
  renewSilently,
  signIn,
  type AuthDeps,
  type StoredTokens,
} from '../../../integrations/microsoft/auth';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { fetchDeltaPage, fetchDeltaPages } from '../../../integrations/microsoft/graph-executor';
import { seededRandom } from '../../fakes/microsoft/faults';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import { fetchVia } from '../../fakes/microsoft/node-fetch';
import { startFakeServer, type FakeServer } from '../../fakes/server';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const REDIRECT = `https://${EXT}.chromiumapp.org/`;
const ACCOUNT = 'microsoft:olena@contoso.example';
const PER_FOLDER = 700;

let fake: MicrosoftFake;
let server: FakeServer;
let now = Date.parse('2026-06-01T00:00:00Z');
let backoffUntil = 0;
let clientsFolder = '';
const vault = new Map<string, StoredTokens>();
let deps: AuthDeps;

beforeAll(async () => {
  fake = createMicrosoftFake({
    clock: () => now,
    messagePageCap: 25,
    latencyMs: 2,
    faults: { seed: 19, rate: 0.4, budget: 40 },
  });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser('olena@contoso.example', 'Olena Kovalenko');
  clientsFolder = box.addFolder('Clients').id;
  for (const folder of ['inbox', 'sentitems', clientsFolder])
    for (let i = 0; i < PER_FOLDER; i++)
      box.addMessage(folder, {
        conversationId: `AAQk${folder}${i % 50}`,
        internetMessageId: `${folder}-${i}@client.example`,
        subject: `Order ${i}`,
        from: { name: 'Ivan Petrenko', address: `client${i % 40}@client.example` },
        to: [{ name: 'Olena', address: 'olena@contoso.example' }],
        cc: [],
        receivedDateTime: new Date(now - i * 3_600_000).toISOString(),
        sentDateTime: new Date(now - i * 3_600_000).toISOString(),
        hasAttachments: false,
      });
  server = await startFakeServer(fake.routes, 120_000);
  const viaFake = fetchVia(server);
  deps = {
    launch: async (url) => (await viaFake(url, { redirect: 'manual' })).headers.get('location') ?? undefined,
    // The service worker sends its Origin on cross-origin requests (Microsoft requires it to redeem a SPA code).
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('origin', `chrome-extension://${EXT}`);
      return viaFake(input, { ...init, headers });
    },
    redirectUri: REDIRECT,
    now: () => now,
    vault: {
      get: async (id) => vault.get(id) ?? null,
      set: async (id, t) => void vault.set(id, t),
      remove: async (id) => void vault.delete(id),
    },
  };
});

afterAll(() => server.close());

describe('Graph folder sync against the fake, with faults', () => {
  it('stores every message exactly once and ends with a current deltaLink per folder', async () => {
    const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };
    const first = await signIn(config, deps, true);
    if (!first.ok) throw new Error(first.description);
    vault.set(ACCOUNT, first.tokens);
    const client = createGraphClient({
      accountId: ACCOUNT,
      token: async () => vault.get(ACCOUNT)?.accessToken ?? null,
      fetch: deps.fetch,
      now: () => now,
      backoff: {
        until: async () => backoffUntil,
        hold: async (until) => void (backoffUntil = Math.max(backoffUntil, until)),
      },
    });
    const cursors = new Map<string, DeltaCursor>(
      ['inbox', 'sentitems', clientsFolder].map((f) => [f, initialDeltaCursor('messages', f)]),
    );
    const stored = new Map<string, number>();
    const random = seededRandom(7);
    let dropped = 0;
    let restarts = 0;
    let local429 = 0;

    const apply = (folder: string, page: Parameters<typeof reduceFolderPage>[1]) => {
      const cursor = cursors.get(folder);
      if (!cursor) throw new Error(folder);
      // A worker stopped after the answer came and before the transaction: nothing stored, cursor unmoved.
      if (random() < 0.05) {
        dropped++;
        return;
      }
      const out = reduceFolderPage(cursor, page, new Set(stored.keys()), null);
      for (const m of out.messages) stored.set(m.item, (stored.get(m.item) ?? 0) + 1);
      cursors.set(folder, out.cursor);
    };

    for (let round = 0; round < 5_000; round++) {
      const ops = [...cursors.entries()].flatMap(([folder, c]) => {
        const op = nextDeltaOp(c, false, 0);
        return op ? [{ folder, op }] : [];
      });
      if (ops.length === 0) break;
      if (backoffUntil > now) now = backoffUntil + 1;
      // Every fourth turn the folders' pages go in one $batch, otherwise one request each, all at once.
      const results =
        round % 4 === 3
          ? await fetchDeltaPages(
              client,
              ops.map((o) => o.op),
              () => now,
            ).then(({ pages, waitMs }) => {
              if (waitMs) backoffUntil = Math.max(backoffUntil, now + waitMs);
              return ops.map((o) => ({
                ...o,
                res: pages.get(o.op.key) ?? {
                  ok: false as const,
                  failure: { kind: 'server' as const, status: 0 },
                },
              }));
            })
          : await Promise.all(
              ops.map(async (o) => ({ ...o, res: await fetchDeltaPage(client, o.op, () => now) })),
            );
      for (const { folder, res } of results) {
        if (res.ok) {
          apply(folder, res.result);
          continue;
        }
        const f = res.failure;
        if (f.reason === 'KartkaBackoff') local429++;
        if (f.kind === 'cursor-gone') {
          restarts++;
          const c = cursors.get(folder);
          if (c) cursors.set(folder, restartDelta(c));
        } else if (f.kind === 'auth') {
          const token = await renewSilently(ACCOUNT, config, deps);
          expect(token).toBeTruthy();
        } else if (f.kind === 'rate' || f.kind === 'server') {
          backoffUntil = Math.max(backoffUntil, now + (f.retryAfterMs ?? 1000));
        } else if (f.kind !== 'network')
          throw new Error(`unexpected ${f.kind} ${f.status} ${f.reason ?? ''} ${f.message ?? ''}`);
      }
      now += 50;
    }

    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    const stats = fake.graph.stats;
    const figures = {
      messages: PER_FOLDER * 3,
      stored: stored.size,
      duplicated,
      faults: fake.graph.faults?.total,
      byKind: Object.fromEntries(fake.graph.faults?.injected ?? []),
      droppedPages: dropped,
      restarts,
      heldLocally: local429,
      requests: fake.graph.throttle.stats.requests,
      maxInFlight: fake.graph.throttle.stats.maxInFlight,
      beforeRetryAfter: fake.graph.throttle.stats.beforeRetryAfter,
      withoutImmutableId: stats.withoutImmutableId,
    };
    console.log('[graph-sync]', JSON.stringify(figures));
    expect(stored.size).toBe(PER_FOLDER * 3);
    expect(duplicated).toBe(0);
    expect(fake.graph.faults?.total).toBe(40);
    expect(fake.graph.throttle.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(fake.graph.throttle.stats.concurrency429).toBe(0);
    expect(fake.graph.throttle.stats.beforeRetryAfter).toBe(0);
    expect(stats.withoutImmutableId).toBe(0);
    for (const c of cursors.values())
      expect(c).toMatchObject({ next: null, delta: expect.stringContaining('$deltatoken=') });

    // A new message after the sync: the deltaLink brings exactly it.
    const box = [...fake.graph.mailboxes.values()][0];
    const fresh = box?.addMessage('inbox', {
      conversationId: 'AAQkNew',
      internetMessageId: 'fresh@client.example',
      subject: 'Fresh',
      from: { name: 'Ivan', address: 'ivan@client.example' },
      to: [],
      cc: [],
      receivedDateTime: new Date(now).toISOString(),
      sentDateTime: new Date(now).toISOString(),
      hasAttachments: false,
    });
    const inbox = cursors.get('inbox');
    if (!inbox || !fresh) throw new Error('setup');
    const op = nextDeltaOp(inbox, true, 0);
    if (!op) throw new Error('no poll op');
    if (backoffUntil > now) now = backoffUntil + 1;
    const res = await fetchDeltaPage(client, op, () => now);
    if (!res.ok) throw new Error(res.failure.kind);
    const out = reduceFolderPage(inbox, res.result, new Set(stored.keys()), null);
    expect(out.messages.map((m) => m.item)).toEqual([fresh.immutableId]);
  }, 120_000);
});
