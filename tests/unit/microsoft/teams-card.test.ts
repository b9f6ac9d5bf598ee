// Teams chats on the card, wired as the background answers an opened card (teamsForCard) and Settings → Accounts
// (turnTeams), against the in-process fake Graph: the right one-to-one chat found (its page of /me/chats followed,
// then cached), the newest page logged once as Teams chat interactions, the watermark moving only with the data,
// one request a second per chat kept in storage, a round of several pages resumed without a duplicate, Graph's
// Retry-After kept, and every refusal (consent, sign-in, personal account) answered in words, never dropped.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTimeline } from '../../../core/card';
import { personId, type PersonId } from '../../../core/ids';
import { syncAccountId } from '../../../core/sync/account';
import { CHAT_LEASE_MS } from '../../../core/sync/microsoft/teams-state';
import { turnTeams } from '../../../entrypoints/background/sync/teams';
import { teamsForCard, type TeamsCardDeps } from '../../../entrypoints/background/sync/teams-card';
import { signIn, type StoredTokens } from '../../../integrations/microsoft/auth';
import { identityFromIdToken } from '../../../integrations/microsoft/auth-protocol';
import { microsoftStreams } from '../../../integrations/microsoft/provider';
import type { KartkaDB } from '../../../storage/db';
import { loadSettings } from '../../../storage/settings';
import { connectAccount } from '../../../storage/sync/accounts';
import { setTeamsAccount } from '../../../storage/sync/microsoft-prefs';
import { disconnectAccount } from '../../../storage/sync/remove';
import { teamsChatState } from '../../../storage/teams-state';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import type { FakeMailbox } from '../../fakes/microsoft/mailbox';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { addPlainPerson, freshDb } from '../storage/helpers';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const ACCOUNT = syncAccountId('microsoft', ME);
const IVAN = personId('p-ivan');
const PETRO = personId('p-petro');

let now = Date.parse('2026-06-01T09:00:00Z');
let fake: MicrosoftFake;
let box: FakeMailbox;
let db: KartkaDB;
let chatId = '';
let auth: ReturnType<typeof inProcessAuth>;
let graphUrls: string[];

const at = (minute: number) => new Date(Date.UTC(2026, 4, 2, 10, minute)).toISOString();

const addPerson = (id: PersonId, name: string, email: string) => addPlainPerson(db, id, name, email);

async function connect(address: string, teams: boolean): Promise<StoredTokens> {
  const signed = await signIn({ clientId: CLIENT_ID, tenant: 'common', teams }, auth, true, address);
  if (!signed.ok) throw new Error(signed.description);
  const id = syncAccountId('microsoft', address);
  await auth.vault.set(id, signed.tokens);
  const scopes = signed.tokens.scopes;
  await connectAccount(db, 'microsoft', address, scopes, microsoftStreams(scopes, now), now);
  return signed.tokens;
}

function deps(): TeamsCardDeps {
  const wire = routeFetch(fake.routes);
  return {
    db,
    settings: () => loadSettings(db),
    token: async (id) => (await auth.vault.get(id))?.accessToken ?? null,
    identity: async (id) => {
      const t = await auth.vault.get(id);
      return t?.idToken ? identityFromIdToken(t.idToken) : null;
    },
    fetch: (input, init) => {
      graphUrls.push(decodeURIComponent(String(input instanceof Request ? input.url : input)));
      return wire(input, init);
    },
    now: () => now,
  };
}

const teamsOf = (person: PersonId) =>
  db.interactions
    .where('personAt')
    .between([person, -Infinity], [person, Infinity])
    .filter((i) => i.providerKey?.startsWith('teams:') ?? false)
    .toArray();

const chatAsks = () => fake.graph.stats.chatRequests.get(chatId)?.length ?? 0;

beforeEach(async () => {
  now = Date.parse('2026-06-01T09:00:00Z');
  graphUrls = [];
  fake = createMicrosoftFake({ clock: () => now });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  box = fake.addWorkUser(ME, 'Olena Kovalenko');
  const ivan = { userId: 'u-ivan', displayName: 'Ivan Petrenko', email: 'Ivan@Client.example' };
  const maria = { userId: 'u-maria', displayName: 'Maria', email: 'maria@client.example' };
  box.addChat([ivan, maria], '2026-05-01T08:00:00Z', 'Project group');
  const chat = box.addChat([ivan], '2026-05-01T08:00:00Z');
  chatId = chat.id;
  for (let i = 0; i < 60; i++)
    box.addChatMessage(chat.id, i % 3 === 0 ? box.user.id : 'u-ivan', `Price ${i} & <b>terms</b>`, at(i));
  // Thirty more recent chats: Ivan's is on the second page of /me/chats (25 a page with members).
  for (let i = 0; i < 30; i++) {
    const other = box.addChat([{ userId: `u${i}`, displayName: `P${i}`, email: `p${i}@x.example` }], at(100));
    box.addChatMessage(other.id, `u${i}`, 'hello', at(100 + i));
  }
  db = freshDb();
  auth = inProcessAuth(routeFetch(fake.routes), REDIRECT, () => now);
  await addPerson(IVAN, 'Ivan Petrenko', 'ivan@client.example');
  await addPerson(PETRO, 'Petro Sydorenko', 'petro@client.example');
});

describe('Teams chats on an opened card', () => {
  it('finds the chat, logs the newest page once, and moves the watermark only with data', async () => {
    await connect(ME, true);
    await setTeamsAccount(ACCOUNT, true, db);

    const [first] = await teamsForCard(deps(), IVAN);
    expect(first).toMatchObject({ accountId: ACCOUNT, state: 'read', added: 50, moreAt: null });
    expect(fake.graph.stats.chatLists).toBe(2);
    expect(graphUrls[0]).toContain("$filter=chatType eq 'oneOnOne'");
    expect(graphUrls[0]).toContain('$top=25');
    const logged = await teamsOf(IVAN);
    expect(logged).toHaveLength(50);
    expect(new Set(logged.map((i) => i.providerKey)).size).toBe(50);
    expect(logged.every((i) => i.kind === 'chat' && i.source === 'graph')).toBe(true);
    expect((await teamsChatState(db, ACCOUNT, chatId)).watermark).toBe(at(59));
    const [newest] = buildTimeline(logged, []);
    expect(newest).toMatchObject({
      channel: 'teams',
      direction: 'incoming',
      detail: 'Price 59 & <b>terms</b>',
    });

    // Opened again within the second (the sidebar and the base page at once): no request.
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([
      { state: 'paced', added: 0, moreAt: now + 1000 },
    ]);
    expect(chatAsks()).toBe(1);

    // A second later, nothing new: one request, nothing logged, the watermark where it was.
    now += 1000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 0, moreAt: null }]);
    expect(chatAsks()).toBe(2);
    expect(fake.graph.stats.chatLists).toBe(2);
    expect(graphUrls.at(-1)).toContain(`$filter=lastModifiedDateTime gt ${at(59)}`);
    expect((await teamsChatState(db, ACCOUNT, chatId)).watermark).toBe(at(59));

    // Two new messages, one of them sent by the user.
    box.addChatMessage(chatId, 'u-ivan', 'Can we sign on Friday?', '2026-05-03T09:00:00Z');
    box.addChatMessage(chatId, box.user.id, 'Yes, <i>Friday</i> works.', '2026-05-03T09:05:00Z');
    now += 1000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 2 }]);
    const after = buildTimeline(await teamsOf(IVAN), []);
    expect(after.slice(0, 2).map((e) => [e.detail, e.direction])).toEqual([
      ['Yes, <i>Friday</i> works.', 'outgoing'],
      ['Can we sign on Friday?', 'incoming'],
    ]);
    expect((await teamsChatState(db, ACCOUNT, chatId)).watermark).toBe('2026-05-03T09:05:00Z');

    // Petro has no chat: said so; asked again within the hour, /me/chats is not read again.
    const lists = fake.graph.stats.chatLists;
    expect(await teamsForCard(deps(), PETRO)).toMatchObject([{ state: 'no-chat' }]);
    expect(fake.graph.stats.chatLists).toBe(lists + 2);
    expect(await teamsForCard(deps(), PETRO)).toMatchObject([{ state: 'no-chat' }]);
    expect(fake.graph.stats.chatLists).toBe(lists + 2);
    expect(await teamsOf(PETRO)).toHaveLength(0);

    // Refetched from scratch (the chat's state forgotten): the same messages, no duplicate.
    await db.meta.delete(`teams-chat:${ACCOUNT}:${chatId}`);
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 0 }]);
    expect(await teamsOf(IVAN)).toHaveLength(52);
  });

  it('reads a round of several pages one a second, resumes it, and keeps Graph’s Retry-After', async () => {
    await connect(ME, true);
    await setTeamsAccount(ACCOUNT, true, db);
    await teamsForCard(deps(), IVAN);
    for (let i = 0; i < 120; i++) box.addChatMessage(chatId, 'u-ivan', `Batch ${i}`, at(200 + i));

    now += 1000;
    const [p1] = await teamsForCard(deps(), IVAN);
    expect(p1).toMatchObject({ state: 'read', added: 50, moreAt: now + 1000 });
    expect((await teamsChatState(db, ACCOUNT, chatId)).watermark).toBe(at(59));
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'paced', moreAt: now + 1000 }]);
    now += 1000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ added: 50, moreAt: now + 1000 }]);
    now += 1000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ added: 20, moreAt: null }]);
    expect((await teamsChatState(db, ACCOUNT, chatId)).watermark).toBe(at(319));
    expect(await teamsOf(IVAN)).toHaveLength(170);
    const times = fake.graph.stats.chatRequests.get(chatId) ?? [];
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);

    // Graph says wait 30 s: the card says until when, and nothing is asked before then.
    fake.graph.chatThrottles.set(chatId, 30);
    box.addChatMessage(chatId, 'u-ivan', 'After the wait', at(400));
    now += 1000;
    const [throttled] = await teamsForCard(deps(), IVAN);
    expect(throttled).toMatchObject({
      state: 'failed',
      problem: { code: 'rate', status: 429, retryAt: now + 30_000 },
    });
    const asked = chatAsks();
    now += 5000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'failed', problem: { code: 'rate' } }]);
    expect(chatAsks()).toBe(asked);
    now += 26_000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 1 }]);
    expect(await teamsOf(IVAN)).toHaveLength(171);
  });

  it('sends one request when two cards open at once, even when the answer takes over a second', async () => {
    await connect(ME, true);
    await setTeamsAccount(ACCOUNT, true, db);
    await teamsForCard(deps(), IVAN);
    box.addChatMessage(chatId, 'u-ivan', 'Slow news', at(500));
    now += 1000;
    const claimedAt = now;
    const gate: { open?: () => void } = {};
    const held = new Promise<void>((resolve) => (gate.open = resolve));
    const slow = deps();
    const send = slow.fetch;
    slow.fetch = async (input, init) => {
      await held;
      return send(input, init);
    };
    const first = teamsForCard(slow, IVAN);
    await vi.waitFor(async () =>
      expect((await teamsChatState(db, ACCOUNT, chatId)).notBefore).toBe(claimedAt + CHAT_LEASE_MS),
    );
    // The sidebar's card opens two seconds later, while the base page's request is still out: no second request.
    now += 2000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'paced', moreAt: now + 1000 }]);
    gate.open?.();
    expect(await first).toMatchObject([{ state: 'read', added: 1 }]);
    expect(chatAsks()).toBe(2);
    expect((await teamsChatState(db, ACCOUNT, chatId)).notBefore).toBe(claimedAt + 1000);
    expect(await teamsOf(IVAN)).toHaveLength(51);
  });

  it('answers refusals in words: no consent (403), a lost sign-in (401), Teams off', async () => {
    // Connected without the chat scopes (Teams on in settings, consent missing): Graph's 403, kept as the reason.
    await connect(ME, false);
    await setTeamsAccount(ACCOUNT, true, db);
    const [denied] = await teamsForCard(deps(), IVAN);
    expect(denied).toMatchObject({ state: 'failed', problem: { code: 'consent', status: 403 } });
    expect(denied?.problem?.message).toContain('Missing scope permissions');
    expect(await teamsOf(IVAN)).toHaveLength(0);

    await auth.vault.remove(ACCOUNT);
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([
      { state: 'failed', problem: { code: 'reconnect', status: 401 } },
    ]);

    await setTeamsAccount(ACCOUNT, false, db);
    const before = graphUrls.length;
    expect(await teamsForCard(deps(), IVAN)).toEqual([]);
    expect(graphUrls).toHaveLength(before);
  });

  it('turns Teams on with the chat scopes, off again, and refuses a personal account with the reason', async () => {
    await connect(ME, false);
    const toggle = {
      db,
      auth,
      config: async () => ({ clientId: CLIENT_ID, tenant: 'common', teams: false }),
    };
    expect(await turnTeams(toggle, ACCOUNT, true)).toEqual({ on: true });
    expect((await loadSettings(db)).microsoft?.teamsAccounts).toEqual([ACCOUNT]);
    expect((await auth.vault.get(ACCOUNT))?.scopes).toEqual(
      expect.arrayContaining(['chat.read', 'chat.readbasic']),
    );
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 50 }]);
    expect(await turnTeams(toggle, ACCOUNT, false)).toEqual({ on: false });
    expect((await loadSettings(db)).microsoft?.teamsAccounts).toEqual([]);

    const personal = 'taras@outlook.com';
    fake.addPersonalUser(personal, 'Taras');
    await connect(personal, false);
    const id = syncAccountId('microsoft', personal);
    await expect(turnTeams(toggle, id, true)).rejects.toMatchObject({
      because: { code: 'msteams.personal', params: { address: personal } },
    });
    expect((await loadSettings(db)).microsoft?.teamsAccounts).toEqual([]);
    // Even with Teams set on for it (an old setting), the card says why and asks Graph nothing.
    await setTeamsAccount(id, true, db);
    const before = graphUrls.length;
    const statuses = await teamsForCard(deps(), IVAN);
    expect(statuses.find((s) => s.accountId === id)).toMatchObject({
      state: 'failed',
      problem: { code: 'personal' },
    });
    expect(graphUrls).toHaveLength(before);
  });

  it('forgets the account’s Teams state on disconnect, and "Disconnect and remove" takes the messages read', async () => {
    await connect(ME, true);
    await setTeamsAccount(ACCOUNT, true, db);
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 50 }]);
    expect(await db.lastContact.get(IVAN)).toMatchObject({ at: Date.parse(at(59)) });
    const accountMeta = () => db.meta.filter((r) => r.key.includes(ACCOUNT)).count();
    expect(await accountMeta()).toBeGreaterThan(0);

    // Disconnected, keeping what was synced: the messages stay, nothing of the account's Teams state does.
    expect(await disconnectAccount(db, ACCOUNT, false)).toMatchObject({ interactions: 0 });
    expect(await teamsOf(IVAN)).toHaveLength(50);
    expect(await accountMeta()).toBe(0);

    // Connected again, Teams on again: the same newest page, nothing twice; then disconnected and removed.
    await connect(ME, true);
    await setTeamsAccount(ACCOUNT, true, db);
    now += 1000;
    expect(await teamsForCard(deps(), IVAN)).toMatchObject([{ state: 'read', added: 0 }]);
    expect(await teamsOf(IVAN)).toHaveLength(50);
    const report = await disconnectAccount(db, ACCOUNT, true);
    expect(report.interactions).toBe(50);
    expect(await teamsOf(IVAN)).toHaveLength(0);
    expect(await accountMeta()).toBe(0);
    // Ivan stays (the user's client, not made by the sync); his last contact went with the messages.
    expect(await db.people.get(IVAN)).toBeDefined();
    expect(await db.lastContact.get(IVAN)).toBeUndefined();
  });
});
