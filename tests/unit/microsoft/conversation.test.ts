// The card without the page: an Outlook conversation read from Graph by its id becomes the same thread a page
// reading gives, goes through the same logging path, is cached, and a later folder sync of the same messages
// adds nothing (one record per message, however it arrived).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationPath, graphConversationId } from '../../../core/sync/microsoft/conversation';
import { initialDeltaCursor, nextDeltaOp } from '../../../core/sync/microsoft/delta-cursor';
import { reduceFolderPage } from '../../../core/sync/microsoft/folder-plan';
import { logOpenedThread } from '../../../entrypoints/background/opened-thread';
import { signIn, type AuthDeps } from '../../../integrations/microsoft/auth';
import { ConversationCache, readConversation } from '../../../integrations/microsoft/conversation';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { fetchDeltaPage } from '../../../integrations/microsoft/graph-executor';
import { logMessages } from '../../../storage/interactions';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import { fetchVia } from '../../fakes/microsoft/node-fetch';
import { startFakeServer, type FakeServer } from '../../fakes/server';
import { freshDb, testSettings } from '../storage/helpers';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const REDIRECT = `https://${EXT}.chromiumapp.org/`;
const ME = 'olena@contoso.example';
// Graph's form (URL-safe); the page shows the standard alphabet.
const CONVERSATION = 'AAQkADAwATM0MDAAMS1i_ZTY-AAQAKmw=';

let fake: MicrosoftFake;
let server: FakeServer;
let auth: AuthDeps;

beforeAll(async () => {
  fake = createMicrosoftFake();
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser(ME, 'Olena Kovalenko');
  const base = Date.parse('2026-05-10T09:00:00Z');
  const ivan = { name: 'Ivan Petrenko', address: 'ivan@client.example' };
  const me = { name: 'Olena Kovalenko', address: ME };
  [ivan, me, ivan].forEach((from, i) =>
    box.addMessage(from === me ? 'sentitems' : 'inbox', {
      conversationId: CONVERSATION,
      internetMessageId: `thread-${i}@example`,
      subject: i === 0 ? 'Supply contract' : 'RE: Supply contract',
      from,
      to: [from === me ? ivan : me],
      cc: [],
      receivedDateTime: new Date(base + i * 3_600_000 + 30_000).toISOString(),
      sentDateTime: new Date(base + i * 3_600_000).toISOString(),
      hasAttachments: false,
    }),
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
    now: () => Date.now(),
    vault: { get: async () => null, set: async () => undefined, remove: async () => undefined },
  };
});

afterAll(() => server.close());

describe('the card from Graph when the page cannot be read', () => {
  it('builds the thread, logs it through the page path, caches it, and a folder sync later adds nothing', async () => {
    const signed = await signIn({ clientId: CLIENT_ID, tenant: 'common', teams: false }, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const client = createGraphClient({
      accountId: `microsoft:${ME}`,
      token: async () => signed.tokens.accessToken,
      fetch: auth.fetch,
      now: () => Date.now(),
      backoff: { until: async () => 0, hold: async () => undefined },
    });
    const pageId = CONVERSATION.replace(/-/gu, '+').replace(/_/gu, '/');
    expect(graphConversationId(pageId)).toBe(CONVERSATION);
    expect(conversationPath(pageId)).toContain("conversationId eq 'AAQkADAwATM0MDAAMS1i_ZTY-AAQAKmw%3D'");

    const cache = new ConversationCache();
    const read = await readConversation(client, pageId, ME, cache, () => Date.now());
    if (!read.ok || !read.thread) throw new Error('no thread');
    expect(read.thread.subject).toBe('Supply contract');
    expect(read.thread.messages.map((m) => m.from?.address)).toEqual([
      'ivan@client.example',
      ME,
      'ivan@client.example',
    ]);
    // My reply is dated when I sent it; received mail when it arrived.
    expect(read.thread.messages[1]?.date).toBe(Date.parse('2026-05-10T10:00:00Z'));
    expect(read.thread.messages[0]?.date).toBe(Date.parse('2026-05-10T09:00:30Z'));
    const again = await readConversation(client, pageId, ME, cache, () => Date.now());
    expect(again).toMatchObject({ ok: true, cached: true });

    const db = freshDb();
    const settings = testSettings({ ownAddresses: [ME], internalDomains: ['contoso.example'] });
    const logged = await logOpenedThread(db, read.thread, settings, Date.now());
    expect(logged.added).toBe(3);

    // The folder sync meets the same messages: known by their Graph id, nothing added.
    for (const folder of ['inbox', 'sentitems']) {
      const op = nextDeltaOp(initialDeltaCursor('messages', folder), false, 0);
      if (!op) throw new Error('no op');
      const page = await fetchDeltaPage(client, op, () => Date.now());
      if (!page.ok) throw new Error(page.failure.kind);
      const out = reduceFolderPage(initialDeltaCursor('messages', folder), page.result, new Set(), null);
      const result = await logMessages(
        db,
        out.messages.map((m) => m.message),
        settings,
        Date.now(),
        'graph',
        ME,
      );
      expect(result.added).toBe(0);
    }
    expect(await db.interactions.count()).toBe(3);
  });
});
