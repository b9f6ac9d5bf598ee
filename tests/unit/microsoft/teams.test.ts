// Teams chats on the card, against the fake Graph: the right one-to-one chat, the newest page first, then only
// what is newer than the watermark, one record per chat message, at most one request a second per chat, and
// nothing for personal accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../core/card';
import { personId } from '../../../core/ids';
import { chatText, teamsAvailability } from '../../../core/sync/microsoft/teams';
import { signIn, type AuthDeps } from '../../../integrations/microsoft/auth';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { readNewTeamsMessages, type TeamsDeps } from '../../../integrations/microsoft/teams';
import { storeTeamsMessages, teamsWatermark } from '../../../storage/teams';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import type { FakeMailbox } from '../../fakes/microsoft/mailbox';
import { fetchVia } from '../../fakes/microsoft/node-fetch';
import { startFakeServer, type FakeServer } from '../../fakes/server';
import { freshDb } from '../storage/helpers';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const REDIRECT = `https://${EXT}.chromiumapp.org/`;
const ACCOUNT = 'microsoft:olena@contoso.example';

let fake: MicrosoftFake;
let server: FakeServer;
let box: FakeMailbox;
let chatId = '';
let now = Date.parse('2026-06-01T09:00:00Z');
let auth: AuthDeps;

beforeAll(async () => {
  fake = createMicrosoftFake({ clock: () => now });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  box = fake.addWorkUser('olena@contoso.example', 'Olena Kovalenko');
  const ivan = { userId: 'u-ivan', displayName: 'Ivan Petrenko', email: 'Ivan@Client.example' };
  const maria = { userId: 'u-maria', displayName: 'Maria', email: 'maria@client.example' };
  box.addChat([ivan, maria], '2026-05-01T08:00:00Z', 'Project group');
  box.addChat([maria], '2026-05-01T08:00:00Z');
  const chat = box.addChat([ivan], '2026-05-01T08:00:00Z');
  chatId = chat.id;
  for (let i = 0; i < 60; i++)
    box.addChatMessage(
      chat.id,
      i % 3 === 0 ? box.user.id : 'u-ivan',
      `Price ${i} & terms`,
      new Date(Date.UTC(2026, 4, 2, 10, i)).toISOString(),
    );
  server = await startFakeServer(fake.routes, 60_000);
  const viaFake = fetchVia(server);
  auth = {
    launch: async (url) => (await viaFake(url, { redirect: 'manual' })).headers.get('location') ?? undefined,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('origin', `chrome-extension://${EXT}`);
      return viaFake(input, { ...init, headers });
    },
    redirectUri: REDIRECT,
    now: () => now,
    vault: { get: async () => null, set: async () => undefined, remove: async () => undefined },
  };
});

afterAll(() => server.close());

async function teamsDeps(teams: boolean): Promise<TeamsDeps> {
  const signed = await signIn({ clientId: CLIENT_ID, tenant: 'organizations', teams }, auth, true);
  if (!signed.ok) throw new Error(signed.description);
  const client = createGraphClient({
    accountId: ACCOUNT,
    token: async () => signed.tokens.accessToken,
    fetch: auth.fetch,
    now: () => now,
    backoff: { until: async () => 0, hold: async () => undefined },
  });
  return {
    client,
    selfUserId: box.user.id,
    now: () => now,
    sleep: async (ms) => void (now += ms),
    chats: new Map(),
    lastRequest: new Map(),
    watermark: async () => null,
  };
}

describe('Teams chats on the card', () => {
  it('reads the person’s one-to-one chat, newest page first, then only what is newer, each message once', async () => {
    const db = freshDb();
    const ivan = personId('p-ivan');
    await db.people.add({
      id: ivan,
      displayName: 'Ivan Petrenko',
      emails: ['ivan@client.example'],
      phones: [],
      tags: [],
      companies: [],
      custom: {},
      createdAt: 0,
      updatedAt: 0,
      searchTokens: [],
      gmailKeys: [],
      companyIds: [],
    });
    const deps = await teamsDeps(true);
    deps.watermark = (id) => teamsWatermark(db, ACCOUNT, id);
    const person = { id: ivan, address: 'ivan@client.example', name: 'Ivan Petrenko' };

    const first = await readNewTeamsMessages(deps, ivan, ['ivan@client.example']);
    if (!first.ok) throw new Error(first.failure.kind);
    expect(first.chatId).toBe(chatId);
    expect(first.messages).toHaveLength(50);
    expect(first.messages[0]).toMatchObject({ text: 'Price 59 & terms', direction: 'incoming' });
    expect(await storeTeamsMessages(db, ACCOUNT, chatId, person, first.messages, first.watermark, now)).toBe(
      50,
    );

    box.addChatMessage(chatId, 'u-ivan', 'Can we sign on Friday?', '2026-05-03T09:00:00Z');
    box.addChatMessage(chatId, box.user.id, 'Yes, Friday works.', '2026-05-03T09:05:00Z');
    const second = await readNewTeamsMessages(deps, ivan, ['ivan@client.example']);
    if (!second.ok) throw new Error(second.failure.kind);
    expect(second.messages.map((m) => [m.text, m.direction])).toEqual([
      ['Yes, Friday works.', 'outgoing'],
      ['Can we sign on Friday?', 'incoming'],
    ]);
    expect(
      await storeTeamsMessages(db, ACCOUNT, chatId, person, second.messages, second.watermark, now),
    ).toBe(2);
    expect(
      await storeTeamsMessages(db, ACCOUNT, chatId, person, second.messages, second.watermark, now),
    ).toBe(0);
    const stored = await db.interactions
      .where('personAt')
      .between([ivan, -Infinity], [ivan, Infinity])
      .toArray();
    expect(stored).toHaveLength(52);
    expect(stored.every((i) => i.kind === 'chat' && i.personIds.includes(ivan))).toBe(true);
    expect(await teamsWatermark(db, ACCOUNT, chatId)).toBe('2026-05-03T09:05:00Z');
    // On the card they read as Teams messages, sent or received.
    const timeline = buildTimeline(stored, []);
    expect(timeline[0]).toMatchObject({
      kind: 'chat',
      channel: 'teams',
      direction: 'outgoing',
      detail: 'Yes, Friday works.',
    });

    // The chat list was asked once (cached); the chat itself never twice within a second.
    const times = fake.graph.stats.chatRequests.get(chatId) ?? [];
    expect(times).toHaveLength(2);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('has nothing for a person without a chat, and refuses without the Teams scopes', async () => {
    const deps = await teamsDeps(true);
    const none = await readNewTeamsMessages(deps, 'p-nobody', ['nobody@client.example']);
    expect(none).toEqual({ ok: true, chatId: null, messages: [], watermark: null });
    const noScope = await readNewTeamsMessages(await teamsDeps(false), 'p-ivan', ['ivan@client.example']);
    expect(noScope).toMatchObject({ ok: false, failure: { kind: 'denied', status: 403 } });
  });

  it('is off for personal accounts, with the reason, and reads chat HTML as text', () => {
    expect(teamsAvailability(true)).toEqual({ available: false, reason: 'personal-account' });
    expect(teamsAvailability(false)).toEqual({ available: true });
    expect(
      chatText(
        '<div>Hi&nbsp;<at id="0">Ivan</at>,<br>the <a href="x">price</a> is &lt;100&gt; &#8364;</div><script>x</script>',
      ),
    ).toBe('Hi Ivan, the price is <100> € x');
  });
});
