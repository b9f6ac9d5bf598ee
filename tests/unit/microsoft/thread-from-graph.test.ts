// The card without the page, wired as the background's thread fallback: an Outlook conversation the page could
// not read, named by its id in the URL, is read from Graph through the connected account (one request of the
// mailbox's budget, spent through the sync's ledger), logged through the page path and shown as a thread card
// read from the API; opened again, the cached answer is used (no request, nothing logged twice); no request
// leaves while the mailbox must wait, and a conversation of an address no account is connected for is not read.
import { describe, expect, it } from 'vitest';
import { syncAccountId } from '../../../core/sync/account';
import { GRAPH_QUOTA } from '../../../core/sync/microsoft/planners';
import { contextWithoutPage, fromBase } from '../../../entrypoints/background/thread-fallback';
import { graphFallback } from '../../../entrypoints/background/sync/thread-from-graph';
import { signIn } from '../../../integrations/microsoft/auth';
import { ConversationCache } from '../../../integrations/microsoft/conversation';
import { MICROSOFT_BINDINGS, microsoftStreams } from '../../../integrations/microsoft/provider';
import { connectAccount } from '../../../storage/sync/accounts';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb, testSettings } from '../storage/helpers';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const CONVERSATION = 'AAQkADAwATM0MDAAMS1i_ZTY-AAQAKmw=';
/** As Outlook's URL writes it (the standard base64 alphabet). */
const PAGE_ID = CONVERSATION.replace(/-/gu, '+').replace(/_/gu, '/');

describe('the card from Graph in the sidebar path', () => {
  it('reads the conversation once, logs it, caches it, and waits when Graph said so', async () => {
    let now = Date.parse('2026-06-01T09:00:00Z');
    const fake = createMicrosoftFake({ clock: () => now });
    fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    const box = fake.addWorkUser(ME, 'Olena Kovalenko');
    const ivan = { name: 'Ivan Petrenko', address: 'ivan@client.example' };
    const me = { name: 'Olena Kovalenko', address: ME };
    [ivan, me, ivan].forEach((from, i) => {
      const at = new Date(now - (3 - i) * 3_600_000).toISOString();
      box.addMessage(from === me ? 'sentitems' : 'inbox', {
        conversationId: CONVERSATION,
        internetMessageId: `thread-${i}@client.example`,
        subject: i === 0 ? 'Supply contract' : 'RE: Supply contract',
        from,
        to: [from === me ? ivan : me],
        cc: [],
        receivedDateTime: at,
        sentDateTime: at,
        hasAttachments: false,
      });
    });
    const wire = routeFetch(fake.routes);
    const graphRequests: string[] = [];
    const auth = inProcessAuth(wire, REDIRECT, () => now);
    const signed = await signIn({ clientId: CLIENT_ID, tenant: 'organizations', teams: false }, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const db = freshDb();
    const settings = testSettings({ ownAddresses: [ME], internalDomains: ['contoso.example'] });
    const id = syncAccountId('microsoft', ME);
    const scopes = signed.tokens.scopes;
    await connectAccount(db, 'microsoft', ME, scopes, microsoftStreams(scopes, now), now);
    const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
    const fallback = graphFallback({
      store,
      tokens: { get: async () => signed.tokens.accessToken },
      fetch: (input, init) => {
        graphRequests.push(String(input));
        return wire(input, init);
      },
      now: () => now,
      random: () => 0.5,
      cache: new ConversationCache(),
    });
    const problem = { reason: 'no-reading-pane', details: { missing: 'reading-pane' } };
    const open = (threadId: string, account: string | null = ME) =>
      contextWithoutPage({ db, thread: { provider: 'outlook', threadId, account }, settings, now, problem }, [
        fromBase,
        fallback,
      ]);

    const first = await open(PAGE_ID);
    expect(first).toMatchObject({
      status: 'thread',
      provider: 'outlook',
      subject: 'Supply contract',
      readFrom: 'api',
      pageProblem: problem,
      added: 3,
      main: 'ivan@client.example',
    });
    expect(graphRequests).toHaveLength(1);
    expect(decodeURIComponent(graphRequests[0] ?? '')).toContain(`conversationId eq '${CONVERSATION}'`);
    expect(await db.interactions.count()).toBe(3);
    // The request was paid for in the mailbox's ledger, as the sync's are.
    const ledger = (await db.syncPacing.get(id))?.ledgers[GRAPH_QUOTA] ?? [];
    expect(ledger.reduce((sum, [, units]) => sum + units, 0)).toBe(1);

    // Opened again within the cache's life: the base now knows the thread (the base's card comes first).
    now += 60_000;
    expect(await open(PAGE_ID)).toMatchObject({ status: 'thread', readFrom: 'base' });
    // The Graph fallback alone, asked again: the cached answer, nothing logged twice, no request.
    const again = await fallback({
      db,
      thread: { provider: 'outlook', threadId: PAGE_ID, account: ME },
      settings,
      now,
      problem,
    });
    expect(again).toMatchObject({ status: 'thread', readFrom: 'api', added: 0, alreadyLogged: 3 });
    expect(graphRequests).toHaveLength(1);
    expect(await db.interactions.count()).toBe(3);

    // While the mailbox must wait, an unknown conversation is not asked for; another address is not ours.
    await store.recordFailure(id, { kind: 'rate', status: 429, retryAfterMs: 30_000 }, () => 30_000, now);
    expect(await open('AAQkAnotherConversation=')).toBeNull();
    expect(await open('AAQkAnotherConversation=', 'someone@else.example')).toBeNull();
    expect(graphRequests).toHaveLength(1);
  });
});
