// One in-flight gate per Microsoft account, shared by every Graph caller of the background: the sync running with
// its 4 requests out, a card read from Graph, a Teams card and a folder listing opened meanwhile, all against the
// in-process fake Graph, which counts requests in flight per mailbox and answers 429 MailboxConcurrency over 4.
// Every caller is answered, 4 in flight at most, no concurrency 429. And when the slots stay taken, each caller
// says "busy" in words within its bounded wait, sends nothing and records no wait of Graph's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionError } from '../../../core/action-error';
import { personId } from '../../../core/ids';
import { syncAccountId } from '../../../core/sync/account';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';
import { GRAPH_QUOTA } from '../../../core/sync/microsoft/planners';
import { spendableBudget } from '../../../core/sync/limits';
import { unitsInWindow } from '../../../core/sync/quota';
import { contextWithoutPage } from '../../../entrypoints/background/thread-fallback';
import { listOutlookFolders } from '../../../entrypoints/background/sync/outlook-folders';
import { teamsForCard } from '../../../entrypoints/background/sync/teams-card';
import { graphFallback } from '../../../entrypoints/background/sync/thread-from-graph';
import { signIn } from '../../../integrations/microsoft/auth';
import { identityFromIdToken } from '../../../integrations/microsoft/auth-protocol';
import { ConversationCache } from '../../../integrations/microsoft/conversation';
import { graphInFlight, graphWaiting, takeGraphSlot } from '../../../integrations/microsoft/graph-gate';
import { MICROSOFT_BINDINGS, microsoftStreams } from '../../../integrations/microsoft/provider';
import { loadSettings } from '../../../storage/settings';
import { connectAccount, loadAccount } from '../../../storage/sync/accounts';
import { setPickedFolders } from '../../../storage/sync/folders';
import { setTeamsAccount } from '../../../storage/sync/microsoft-prefs';
import type { KartkaDB } from '../../../storage/db';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { addPlainPerson, freshDb, testSettings } from '../storage/helpers';
import { VirtualClock } from '../sync/world';
import { graphRunner, runGraph } from './graph-runner';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000a7e0';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const ID = syncAccountId('microsoft', ME);
const IVAN = personId('p-ivan-gate');
const CONVERSATION = 'AAQkADAwATM0MDAAMS1i_ZTY-AAQAKgate=';
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

/** A mailbox with mail in four folders and a Teams chat with Ivan; connected, Teams on, two folders picked. */
async function world() {
  const clock = new VirtualClock(Date.parse('2026-06-01T09:00:00Z'));
  // Every admitted request waits, once `holding`, until the test lets it go: concurrency is real and visible.
  const held: (() => void)[] = [];
  let holding = false;
  const fake = createMicrosoftFake({
    clock: clock.now,
    latencyMs: 1,
    sleep: () => (holding ? new Promise<void>((resolve) => held.push(resolve)) : Promise.resolve()),
  });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser(ME, 'Olena Kovalenko');
  const folders = [box.addFolder('Clients'), box.addFolder('Suppliers')];
  const ivan = { name: 'Ivan Petrenko', address: 'ivan@client.example' };
  ['inbox', 'sentitems', ...folders.map((f) => f.id)].forEach((folder, i) => {
    const at = new Date(clock.now() - (i + 1) * 3_600_000).toISOString();
    box.addMessage(folder, {
      conversationId: i === 0 ? CONVERSATION : `AAQkConv${i}`,
      internetMessageId: `m${i}@client.example`,
      subject: `Order ${i}`,
      from: ivan,
      to: [{ name: 'Olena', address: ME }],
      cc: [],
      receivedDateTime: at,
      sentDateTime: at,
      hasAttachments: false,
    });
  });
  const chat = box.addChat(
    [{ userId: 'u-ivan', displayName: 'Ivan Petrenko', email: ivan.address }],
    '2026-05-01T08:00:00Z',
  );
  box.addChatMessage(chat.id, 'u-ivan', 'Price list attached', '2026-05-31T08:00:00Z');

  const wire = routeFetch(fake.routes);
  const auth = inProcessAuth(wire, REDIRECT, clock.now);
  const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: true };
  const signed = await signIn(config, auth, true);
  if (!signed.ok) throw new Error(signed.description);
  auth.vault.tokens.set(ID, signed.tokens);
  const db = freshDb();
  const settings = testSettings({ ownAddresses: [ME], internalDomains: ['contoso.example'] });
  const scopes = signed.tokens.scopes;
  await connectAccount(db, 'microsoft', ME, scopes, microsoftStreams(scopes, clock.now()), clock.now());
  await setPickedFolders(
    db,
    ID,
    folders.map((f) => ({ id: f.id, name: f.displayName })),
    clock.now(),
  );
  await setTeamsAccount(ID, true, db);
  await addPlainPerson(db, IVAN, ivan.name, ivan.address);
  const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
  const token = async () => signed.tokens.accessToken;

  const openCard = () =>
    contextWithoutPage(
      {
        db,
        // As Outlook's URL writes the id (the standard base64 alphabet).
        thread: {
          provider: 'outlook',
          threadId: CONVERSATION.replace(/-/gu, '+').replace(/_/gu, '/'),
          account: ME,
        },
        settings,
        now: clock.now(),
        problem: { reason: 'no-reading-pane', details: { missing: 'reading-pane' } },
      },
      [
        graphFallback({
          store,
          tokens: { get: token },
          fetch: wire,
          now: clock.now,
          random: () => 0.5,
          cache: new ConversationCache(),
        }),
      ],
    );
  const openTeams = () =>
    teamsForCard(
      {
        db,
        settings: () => loadSettings(db),
        token,
        identity: async () => identityFromIdToken(signed.tokens.idToken ?? ''),
        fetch: wire,
        now: clock.now,
      },
      IVAN,
    );
  const listFolders = async () => {
    const account = await db.syncAccounts.get(ID);
    if (!account) throw new Error('no account');
    return listOutlookFolders({ store, token, fetch: wire, now: clock.now }, account);
  };
  const sync = () => runGraph({ wire, store, config, auth, clock }, ID);
  const runner = () => graphRunner({ wire, store, config, auth, clock });
  const hold = (on: boolean) => (holding = on);
  return { fake, db, held, hold, sync, runner, openCard, openTeams, listFolders };
}

afterEach(() => {
  vi.useRealTimers();
});

/** Graph requests the account's ledger holds as spent in the last 10 minutes. */
async function spentUnits(db: KartkaDB, now: number): Promise<number> {
  const ledger = (await loadAccount(db, ID))?.ledgers[GRAPH_QUOTA] ?? [];
  return unitsInWindow(ledger, spendableBudget(GRAPH_LIMITS.perMailbox), now);
}

/** Lets the base's reads and writes (fake-indexeddb runs on setImmediate, not faked) go on until `done`. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 5_000 && !done(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('one in-flight gate per Microsoft account', () => {
  it('hands a freed slot to the first waiter, and gives up after the bounded wait', async () => {
    const account = 'microsoft:gate-unit@contoso.example';
    const taken = await Promise.all([0, 1, 2, 3].map(() => takeGraphSlot(account, 1_000)));
    expect(graphInFlight(account)).toBe(4);
    const order: string[] = [];
    const first = takeGraphSlot(account, 1_000).then((r) => (order.push('first'), r));
    const second = takeGraphSlot(account, 1_000).then((r) => (order.push('second'), r));
    const late = takeGraphSlot(account, 20);
    expect(await late).toBeNull();
    taken[0]?.();
    taken[0]?.(); // Twice is once.
    taken[1]?.();
    const [a, b] = await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(graphInFlight(account)).toBe(4);
    [a, b, taken[2], taken[3]].forEach((release) => release?.());
    expect(graphInFlight(account)).toBe(0);
  });

  it('keeps the sync, the card from Graph, Teams and the folder picker at 4 in flight together', async () => {
    const w = await world();
    w.hold(true);
    const syncing = w.sync();
    for (let i = 0; i < 2_000 && w.held.length < GRAPH_LIMITS.concurrentPerMailbox; i++) await tick();
    expect(w.held.length).toBe(4);

    const settled = { n: 0 };
    const count = <T>(p: Promise<T>) => p.finally(() => settled.n++);
    const answers = Promise.allSettled([
      count(w.openCard()),
      count(w.openTeams()),
      count(w.listFolders()),
      count(syncing),
    ]);
    // Nothing is let go until each of the three has its first request waiting for a slot (or, without one shared
    // gate, has been answered: its request went out beside the sync's four).
    for (let i = 0; i < 1_000 && graphWaiting(ID) < 3 && settled.n < 3; i++) await tick();
    // Then the held requests go one at a time while the others wait for a slot.
    for (let i = 0; i < 5_000 && settled.n < 4; i++) {
      await tick();
      w.held.shift()?.();
    }
    w.hold(false);
    w.held.splice(0).forEach((release) => release());
    const [card, teams, folders, sync] = await answers;

    const stats = w.fake.graph.throttle.stats;
    expect(stats.concurrency429).toBe(0);
    expect(stats.maxInFlight).toBe(4);
    expect(sync).toMatchObject({ status: 'fulfilled' });
    expect(card).toMatchObject({ value: { status: 'thread', provider: 'outlook', readFrom: 'api' } });
    expect(teams).toMatchObject({ value: [{ accountId: ID, state: 'read', added: 1 }] });
    const names = folders.status === 'fulfilled' ? folders.value.folders.map((f) => f.name) : folders.reason;
    expect(names).toEqual(expect.arrayContaining(['Clients', 'Suppliers']));
    expect(graphInFlight(ID)).toBe(0);
  });

  it('says "busy" in words when the slots stay taken, sends nothing and records no wait', async () => {
    const w = await world();
    const taken = await Promise.all([0, 1, 2, 3].map(() => takeGraphSlot(ID)));
    const before = w.fake.graph.throttle.stats.requests;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answered = 0;
    const card = w.openCard().finally(() => answered++);
    const teams = w.openTeams().finally(() => answered++);
    const folders = w
      .listFolders()
      .catch((error: unknown) => error)
      .finally(() => answered++);
    try {
      // All three waiting for a slot (their reads of the base run on setImmediate, not faked), then the wait ends.
      for (let i = 0; i < 5_000 && vi.getTimerCount() < 3; i++)
        await new Promise<void>((resolve) => setImmediate(resolve));
      expect(vi.getTimerCount()).toBe(3);
      await vi.advanceTimersByTimeAsync(GRAPH_LIMITS.slotWaitMs - 1);
      expect(answered).toBe(0);
      await vi.advanceTimersByTimeAsync(2);
    } finally {
      vi.useRealTimers();
      taken.forEach((release) => release?.());
    }

    expect(await card).toMatchObject({ status: 'unreadable', reason: 'no-reading-pane', busy: ME });
    expect(await teams).toMatchObject([{ state: 'failed', problem: { code: 'busy' } }]);
    const refused = await folders;
    expect(refused).toBeInstanceOf(ActionError);
    expect((refused as ActionError).because).toMatchObject({ code: 'outlookFolders.busy' });
    expect(w.fake.graph.throttle.stats.requests).toBe(before);
    expect((await loadAccount(w.db, ID))?.backoff ?? null).toBeNull();
    // Nothing left, so nothing is charged to the mailbox's budget (the card and the listing paid first before).
    expect(await spentUnits(w.db, Date.parse('2026-06-01T09:00:00Z'))).toBe(0);
  });

  it('lets the sync wait out its own busy slots: no failure, no backoff, no unit spent, then it goes on', async () => {
    const w = await world();
    const at = Date.parse('2026-06-01T09:00:00Z');
    // A card, Teams and the folder picker hold every slot for longer than the sync's bounded wait.
    const taken = await Promise.all([0, 1, 2, 3].map(() => takeGraphSlot(ID)));
    const before = w.fake.graph.throttle.stats.requests;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let ended: string | null = null;
    const running = w
      .runner()
      .run(ID)
      .then((end) => (ended = end));
    try {
      // The runner's 4 requests wait for a slot (one timer each), then the wait ends: busy, nothing sent.
      await until(() => vi.getTimerCount() === GRAPH_LIMITS.concurrentPerMailbox);
      expect(graphWaiting(ID)).toBe(GRAPH_LIMITS.concurrentPerMailbox);
      await vi.advanceTimersByTimeAsync(GRAPH_LIMITS.slotWaitMs);
      // After the short in-memory hold the sync asks again: its requests wait for a slot once more.
      await until(() => graphWaiting(ID) === GRAPH_LIMITS.concurrentPerMailbox || ended !== null);
      const account = await loadAccount(w.db, ID);
      expect({ ended, backoff: account?.backoff ?? null, failure: account?.lastFailure ?? null }).toEqual({
        ended: null,
        backoff: null,
        failure: null,
      });
      // The first 4 were given back; only the 4 waiting now are paid (the runner pays before it sends).
      expect(await spentUnits(w.db, at)).toBe(GRAPH_LIMITS.concurrentPerMailbox);
      expect(w.fake.graph.throttle.stats.requests).toBe(before);
      // The slots come free: the waiting requests go, and the sync ends caught up.
      taken.forEach((release) => release?.());
    } finally {
      vi.useRealTimers();
      taken.forEach((release) => release?.());
    }
    expect(await running).toBe('idle');
    const stats = w.fake.graph.throttle.stats;
    expect(stats.concurrency429).toBe(0);
    // Exactly what reached Graph is charged.
    expect(await spentUnits(w.db, at)).toBe(stats.requests - before);
    expect((await loadAccount(w.db, ID))?.backoff ?? null).toBeNull();
    expect(graphInFlight(ID)).toBe(0);
  });
});
