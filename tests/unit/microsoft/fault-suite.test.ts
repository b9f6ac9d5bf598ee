// The Graph half of the fault suite, on the shared framework (runner, store, logging path) over fake-indexeddb
// and the fake Microsoft called in-process on a virtual clock: 10,000 messages across Inbox and Sent Items,
// 1,000 injected faults (429 throttling and MailboxConcurrency, 503, dropped connections, expired tokens,
// replays, forgotten delta tokens, 410 resync), and the worker stopped mid-page several times. End state, by
// counts: every message exactly once, every folder's deltaLink current, no request during a wait Graph asked for;
// 300 contacts merged into the people their mail created (one person each, none added).
import { describe, expect, it } from 'vitest';
import { syncAccountId } from '../../../core/sync/account';
import type { DeltaCursor } from '../../../core/sync/microsoft/delta-cursor';
import { defaultSettings } from '../../../core/settings';
import { renewSilently, accessToken, signIn } from '../../../integrations/microsoft/auth';
import {
  MICROSOFT_BINDINGS,
  microsoftProvider,
  microsoftStreams,
} from '../../../integrations/microsoft/provider';
import { SyncRunner } from '../../../integrations/sync/runner';
import type { SyncSettings } from '../../../integrations/sync/types';
import { connectAccount } from '../../../storage/sync/accounts';
import { setPickedFolders } from '../../../storage/sync/folders';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { seededRandom } from '../../fakes/microsoft/faults';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb } from '../storage/helpers';
import { VirtualClock } from '../sync/world';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const INBOX = 6_000;
const SENT = 4_000;
/** Of the Inbox's share, this many sit in a folder the user picked (a child folder: its own delta stream). */
const PICKED = 1_500;
const CONTACTS = 300;

describe('Graph fault suite', () => {
  it('ends with every message once and a current deltaLink per folder, after 1,000 faults and stopped workers', async () => {
    const started = performance.now();
    const clock = new VirtualClock(Date.parse('2026-06-01T00:00:00Z'));
    const fake = createMicrosoftFake({
      clock: clock.now,
      messagePageCap: 25,
      faultRetryAfterS: 2,
      faults: { seed: 1919, rate: 0.85, budget: 1_000, caps: { syncStateNotFound: 3, resyncRequired: 3 } },
    });
    fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    const box = fake.addWorkUser(ME, 'Olena Kovalenko');
    const picked = box.addFolder('Key accounts', undefined, { parent: box.addFolder('Clients').id });
    for (let i = 0; i < INBOX + SENT; i++) {
      const sent = i >= INBOX;
      // 300 correspondents, as a real mailbox repeats its people (one address per message made 10,000 people
      // and most of the suite's time went into creating them).
      const c = i % CONTACTS;
      const client = { name: `Client ${c}`, address: `client${c}@firm${c % 37}.example` };
      const me = { name: 'Olena Kovalenko', address: ME };
      box.addMessage(sent ? 'sentitems' : i < PICKED ? picked.id : 'inbox', {
        conversationId: `AAQk${i % 2000}`,
        internetMessageId: `m${i}@mail.example`,
        subject: `Order ${i}`,
        from: sent ? me : client,
        to: [sent ? client : me],
        cc: [],
        receivedDateTime: new Date(clock.t - i * 600_000).toISOString(),
        sentDateTime: new Date(clock.t - i * 600_000).toISOString(),
        hasAttachments: false,
      });
    }
    // 300 of the correspondents are in Outlook's contacts too: each merges into the person their mail created.
    for (let c = 0; c < CONTACTS; c++)
      box.addContact('contacts', {
        displayName: `Client ${c}`,
        jobTitle: `Buyer ${c}`,
        emailAddresses: [{ name: `Client ${c}`, address: `client${c}@firm${c % 37}.example` }],
      });
    const wire = routeFetch(fake.routes);
    const auth = inProcessAuth(wire, REDIRECT, clock.now);
    const vault = auth.vault.tokens;
    const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };

    // The worker dies while a page is on its way back (its answer never stored), several times.
    const random = seededRandom(19);
    let current: SyncRunner | null = null;
    let stops = 0;
    const provider = microsoftProvider({
      fetch: async (input, init) => {
        const res = await wire(input, init);
        if (stops < 8 && random() < 0.01 && res.status === 200) {
          stops++;
          current?.kill();
        }
        return res;
      },
      now: clock.now,
    });
    const db = freshDb();
    // Every message is logged (people created for whoever wrote), so the count checks the sync, not the rules.
    const base = defaultSettings();
    const settings = {
      ...base,
      ownAddresses: [ME],
      logging: { ...base.logging, mode: 'create-all' as const },
    };
    const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
    const syncSettings: SyncSettings = {
      gmailCostModel: 'since-2026-05',
      backfillMonths: null,
      pollMinutes: 2,
    };
    const alarms = new Map<string, number>();

    const signed = await signIn(config, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const id = syncAccountId('microsoft', ME);
    vault.set(id, signed.tokens);
    await connectAccount(
      db,
      'microsoft',
      ME,
      signed.tokens.scopes,
      microsoftStreams(signed.tokens.scopes, clock.now()),
      clock.now(),
    );
    await setPickedFolders(db, id, [{ id: picked.id, name: picked.displayName }], clock.now());

    let runs = 0;
    for (; runs < 2_000; runs++) {
      const runner = new SyncRunner({
        provider,
        store,
        tokens: { get: (a) => accessToken(a, config, auth), renew: (a) => renewSilently(a, config, auth) },
        clock,
        wake: { at: async (a, when) => void alarms.set(a, when) },
        settings: () => Promise.resolve(syncSettings),
      });
      current = runner;
      const end = await runner.run(id, runs === 0);
      const account = await db.syncAccounts.get(id);
      const pending = Object.values(account?.streams ?? {}).some((s) => {
        const c = s.cursor as DeltaCursor;
        return c.next !== null || c.delta === null;
      });
      if (end === 'idle' && !pending) break;
      if (account?.auth === 'reconnect') throw new Error('asked to reconnect');
      const at = alarms.get(id);
      if (end === 'waiting' && at !== undefined) clock.t = Math.max(clock.t, at);
      else clock.t += 1_000;
    }

    const interactions = await db.interactions.toArray();
    const keys = new Set(interactions.map((i) => i.providerKey));
    const account = await db.syncAccounts.get(id);
    const cursors = Object.values(account?.streams ?? {}).map((s) => s.cursor as DeltaCursor);
    const t = fake.graph.throttle.stats;
    const injected = Object.fromEntries(fake.graph.faults?.injected ?? []);
    const figures = [
      ['messages', `${INBOX + SENT} (${PICKED} of them in a picked folder)`],
      ['contacts', CONTACTS],
      ['unique records', keys.size],
      ['records', interactions.length],
      ['faults injected', fake.graph.faults?.total ?? 0],
      [
        'by kind',
        Object.entries(injected)
          .map(([k, n]) => `${k} ${n}`)
          .join(' · '),
      ],
      ['worker stopped mid-page', stops],
      ['runs', runs],
      ['requests', t.requests],
      ['max in flight', t.maxInFlight],
      ['over-concurrency 429s', t.concurrency429],
      ['over-budget 429s', t.budget429],
      ['requests during a promised wait', t.beforeRetryAfter],
      ['requests without ImmutableId', fake.graph.stats.withoutImmutableId],
      ['real seconds', ((performance.now() - started) / 1000).toFixed(1)],
    ];
    console.log(
      `\n[graph fault suite]\n${figures.map(([k, v]) => `  ${String(k).padEnd(34)} ${v}`).join('\n')}`,
    );

    expect(interactions.length).toBe(INBOX + SENT);
    expect(keys.size).toBe(INBOX + SENT);
    expect(fake.graph.faults?.total).toBe(1_000);
    expect(stops).toBeGreaterThanOrEqual(3);
    expect(t.maxInFlight).toBeLessThanOrEqual(4);
    expect(t.concurrency429).toBe(0);
    expect(t.budget429).toBe(0);
    expect(t.beforeRetryAfter).toBe(0);
    expect(fake.graph.stats.withoutImmutableId).toBe(0);
    // Inbox, Sent Items, the picked folder and the contacts; each client once, with their contact's job title.
    expect(cursors).toHaveLength(4);
    expect(cursors.map((c) => c.folder)).toContain(picked.id);
    const people = (await db.people.toArray()).filter((p) => p.mergedInto === undefined);
    // Every correspondent is one person (create-all); their contacts added nobody.
    expect(people.filter((p) => p.emails.some((e) => e.startsWith('client')))).toHaveLength(CONTACTS);
    const contacted = people.filter((p) => p.position?.startsWith('Buyer '));
    expect(contacted).toHaveLength(CONTACTS);
    expect(
      contacted.every(
        (p) =>
          p.emails[0] === `client${p.position?.slice(6)}@firm${Number(p.position?.slice(6)) % 37}.example`,
      ),
    ).toBe(true);
    for (const c of cursors)
      expect(c).toMatchObject({ next: null, delta: expect.stringContaining('$deltatoken=') });
  }, 300_000);
});
