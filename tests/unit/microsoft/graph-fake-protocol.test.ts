// The fake Microsoft speaks the real protocol: Microsoft's own Graph client (its default middleware chain,
// PageIterator, BatchRequestContent) reads the fake's answers, and the sign-in follows the v2.0 code + PKCE flow.
import { createHash, randomBytes } from 'node:crypto';
import {
  BatchRequestContent,
  BatchResponseContent,
  Client,
  GraphError,
  PageIterator,
} from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import { fetchVia } from '../../fakes/microsoft/node-fetch';
import { startFakeServer, type FakeServer } from '../../fakes/server';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const SCOPES =
  'openid offline_access https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.ReadBasic https://graph.microsoft.com/Contacts.Read https://graph.microsoft.com/Chat.ReadBasic https://graph.microsoft.com/Chat.Read';

let fake: MicrosoftFake;
let server: FakeServer;
let viaFake: typeof fetch;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  fake = createMicrosoftFake();
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser('olena@contoso.example', 'Olena Kovalenko');
  for (let i = 0; i < 25; i++)
    box.addMessage(i % 5 === 0 ? 'sentitems' : 'inbox', {
      conversationId: `AAQkConv${i % 7}`,
      internetMessageId: `m${i}@contoso.example`,
      subject: `Order ${i}`,
      from: { name: 'Ivan Petrenko', address: 'ivan@client.example' },
      to: [{ name: 'Olena Kovalenko', address: 'olena@contoso.example' }],
      cc: [],
      receivedDateTime: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      sentDateTime: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      hasAttachments: false,
    });
  box.addContact('contacts', {
    displayName: 'Ivan Petrenko',
    emailAddresses: [{ name: 'Ivan', address: 'ivan@client.example' }],
  });
  const chat = box.addChat(
    [{ userId: 'u-ivan', displayName: 'Ivan Petrenko', email: 'ivan@client.example' }],
    '2026-02-01T10:00:00Z',
  );
  for (let i = 0; i < 60; i++)
    box.addChatMessage(chat.id, 'u-ivan', `Hello ${i}`, new Date(Date.UTC(2026, 1, 1, 10, i)).toISOString());
  server = await startFakeServer(fake.routes, 60_000);
  viaFake = fetchVia(server);
  // Microsoft's client calls the global fetch (HTTPMessageHandler): route it to the fake for this file.
  globalThis.fetch = viaFake;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await server.close();
});

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

async function authorize(
  tenant: string,
  challenge: string,
  extra: Record<string, string> = {},
): Promise<URL> {
  const url = new URL(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize`);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT,
    scope: SCOPES,
    state: 'xyz',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  const res = await viaFake(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

async function redeem(form: Record<string, string>, origin: string | null = ORIGIN) {
  const res = await viaFake('https://login.microsoftonline.com/common/oauth2/v2.0/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function signIn(): Promise<{ access: string; refresh: string }> {
  const { verifier, challenge } = pkce();
  const back = await authorize('common', challenge);
  const code = back.searchParams.get('code') ?? '';
  const tokens = await redeem({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  expect(tokens.status).toBe(200);
  return { access: String(tokens.body.access_token), refresh: String(tokens.body.refresh_token) };
}

describe('fake login.microsoftonline.com', () => {
  it('runs code + PKCE for a SPA redirect and refuses what Microsoft refuses', async () => {
    const { verifier, challenge } = pkce();
    const back = await authorize('organizations', challenge);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('xyz');
    const code = back.searchParams.get('code') ?? '';
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };

    const sameOrigin = await redeem({ ...form, code_verifier: verifier }, null);
    expect(sameOrigin.body.error_codes).toEqual([9002327]);
    const wrongVerifier = await redeem({ ...form, code_verifier: pkce().verifier });
    expect(wrongVerifier.body.error_codes).toEqual([501481]);
    const ok = await redeem({ ...form, code_verifier: verifier });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(String(ok.body.scope)).toContain('https://graph.microsoft.com/mail.readbasic');
    const again = await redeem({ ...form, code_verifier: verifier });
    expect(again.body.error_codes).toEqual([54005]);

    const refreshed = await redeem({
      grant_type: 'refresh_token',
      refresh_token: String(ok.body.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(ok.body.refresh_token);
  });

  it('keeps a personal account out of /organizations and a silent request without a session out', async () => {
    const personal = createMicrosoftFake();
    personal.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    personal.addPersonalUser('mykola@outlook.example', 'Mykola');
    const page = personal.login.route({
      method: 'GET',
      host: 'login.microsoftonline.com',
      path: '/organizations/oauth2/v2.0/authorize',
      query: new URLSearchParams({
        client_id: CLIENT_ID,
        response_type: 'code',
        redirect_uri: REDIRECT,
        scope: 'User.Read',
        code_challenge: 'x',
        code_challenge_method: 'S256',
      }),
      headers: {},
      body: '',
    });
    expect(page?.body).toContain('AADSTS50020');
    personal.login.silentAllowed = false;
    const silent = personal.login.route({
      method: 'GET',
      host: 'login.microsoftonline.com',
      path: '/consumers/oauth2/v2.0/authorize',
      query: new URLSearchParams({
        client_id: CLIENT_ID,
        response_type: 'code',
        redirect_uri: REDIRECT,
        scope: 'User.Read',
        code_challenge: 'x',
        code_challenge_method: 'S256',
        prompt: 'none',
      }),
      headers: {},
      body: '',
    });
    expect(new URL(silent?.headers?.location ?? '').searchParams.get('error')).toBe('interaction_required');
  });
});

describe('fake graph.microsoft.com through @microsoft/microsoft-graph-client', () => {
  it('pages a folder delta with PageIterator to a deltaLink, honouring maxpagesize, $select and ImmutableId', async () => {
    const { access } = await signIn();
    const client = Client.init({ authProvider: (done) => done(null, access) });
    const headers = { Prefer: 'odata.maxpagesize=7, IdType="ImmutableId"' };
    const first = await client
      .api('/me/mailFolders/inbox/messages/delta')
      .headers(headers)
      .select('subject,from,conversationId,receivedDateTime')
      .get();
    expect(first.value).toHaveLength(7);
    expect(first['@odata.nextLink']).toMatch(/\$skiptoken=/);
    const seen: { id: string; subject: string }[] = [];
    const iterator = new PageIterator(
      client,
      first,
      (m: { id: string; subject: string }) => {
        seen.push(m);
        return true;
      },
      { headers },
    );
    await iterator.iterate();
    expect(seen).toHaveLength(20);
    expect(new Set(seen.map((m) => m.id)).size).toBe(20);
    expect(seen.every((m) => m.id.startsWith('AAkALgAA'))).toBe(true);
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual([
      '@odata.etag',
      '@odata.type',
      'conversationId',
      'from',
      'id',
      'receivedDateTime',
      'subject',
    ]);
    expect(iterator.getDeltaLink()).toMatch(/\$deltatoken=/);

    const box = [...fake.graph.mailboxes.values()][0];
    const extra = box?.addMessage('inbox', {
      conversationId: 'AAQkNew',
      internetMessageId: 'new@client.example',
      subject: 'New order',
      from: { name: 'Ivan Petrenko', address: 'ivan@client.example' },
      to: [{ name: 'Olena', address: 'olena@contoso.example' }],
      cc: [],
      receivedDateTime: '2026-03-01T09:00:00Z',
      sentDateTime: '2026-03-01T09:00:00Z',
      hasAttachments: true,
    });
    const next = await client
      .api(iterator.getDeltaLink() ?? '')
      .headers(headers)
      .get();
    expect(next.value.map((m: { id: string }) => m.id)).toEqual([extra?.immutableId]);
    expect(fake.graph.stats.withoutImmutableId).toBe(0);
  });

  it('lists mail folders and their childFolders page by page with PageIterator, hidden ones only when asked', async () => {
    const box = [...fake.graph.mailboxes.values()][0];
    if (!box) throw new Error('no mailbox');
    const clients = box.addFolder('Clients');
    for (let i = 0; i < 12; i++)
      box.addFolder(`Client ${String(i).padStart(2, '0')}`, undefined, { parent: clients.id });
    box.addFolder('Sync Issues', undefined, { hidden: true });
    const { access } = await signIn();
    const client = Client.init({ authProvider: (done) => done(null, access) });
    const headers = { Prefer: 'IdType="ImmutableId"' };

    const top = await client.api('/me/mailFolders').headers(headers).get();
    const names = top.value.map((f: { displayName: string }) => f.displayName);
    expect(names).toEqual(['Inbox', 'Sent Items', 'Archive', 'Deleted Items', 'Clients']);
    const root = top.value[0].parentFolderId as string;
    expect(top.value.every((f: { parentFolderId: string }) => f.parentFolderId === root)).toBe(true);
    expect(top.value.find((f: { id: string }) => f.id === clients.id)).toMatchObject({
      childFolderCount: 12,
      isHidden: false,
    });
    const withHidden = await client.api('/me/mailFolders').query({ includeHiddenFolders: 'true' }).get();
    expect(withHidden.value.map((f: { displayName: string }) => f.displayName)).toContain('Sync Issues');

    // Pages of 10 by default, the rest behind @odata.nextLink ($skip), which the SDK's PageIterator follows.
    const first = await client
      .api(`/me/mailFolders/${clients.id}/childFolders`)
      .headers(headers)
      .select('id,displayName,childFolderCount')
      .get();
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(/(\$|%24)skip=10/);
    expect(Object.keys(first.value[0]).sort()).toEqual(['childFolderCount', 'displayName', 'id']);
    const children: string[] = [];
    await new PageIterator(
      client,
      first,
      (f: { displayName: string }) => (children.push(f.displayName), true),
      {
        headers,
      },
    ).iterate();
    expect(children).toHaveLength(12);
    expect(children.at(-1)).toBe('Client 11');

    // A folder by well-known name or id; an unknown id is Graph's 404.
    const inbox = await client.api('/me/mailFolders/inbox').select('id').get();
    expect(inbox.id).toBe(box.folder('inbox')?.id);
    const gone = await client
      .api('/me/mailFolders/AAMkADnope/childFolders')
      .get()
      .catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(GraphError);
    expect((gone as GraphError).statusCode).toBe(404);
    expect((gone as GraphError).code).toBe('ErrorItemNotFound');
  });

  it('lists contact folders and their childFolders with PageIterator; a moved contact keeps its id, a deleted folder is 404', async () => {
    const box = [...fake.graph.mailboxes.values()][0];
    if (!box) throw new Error('no mailbox');
    const suppliers = box.addContactFolder('Suppliers');
    const regions = Array.from({ length: 11 }, (_, i) =>
      box.addContactFolder(`Region ${String(i).padStart(2, '0')}`, suppliers.id),
    );
    const { access } = await signIn();
    const client = Client.init({ authProvider: (done) => done(null, access) });
    const headers = { Prefer: 'IdType="ImmutableId"' };

    // The folders under the default Contacts folder: not the default one itself; only id, displayName, parent.
    const top = await client.api('/me/contactFolders').headers(headers).get();
    expect(top.value.map((f: { displayName: string }) => f.displayName)).toEqual(['Suppliers']);
    const rootId = box.contactFolder('contacts')?.id;
    expect(top.value[0]).toEqual({ id: suppliers.id, displayName: 'Suppliers', parentFolderId: rootId });
    const one = await client.api(`/me/contactFolders/${suppliers.id}`).select('id,displayName').get();
    expect(Object.keys(one).sort()).toEqual(['@odata.context', 'displayName', 'id']);

    // Child folders: pages of 10 unless $top says otherwise, the rest behind @odata.nextLink.
    const first = await client
      .api(`/me/contactFolders/${suppliers.id}/childFolders`)
      .headers(headers)
      .select('id,displayName,parentFolderId')
      .get();
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(/(\$|%24)skip=10/);
    const children: { id: string; parentFolderId: string }[] = [];
    await new PageIterator(
      client,
      first,
      (f: { id: string; parentFolderId: string }) => (children.push(f), true),
      {
        headers,
      },
    ).iterate();
    expect(children.map((f) => f.id)).toEqual(regions.map((f) => f.id));
    expect(children.every((f) => f.parentFolderId === suppliers.id)).toBe(true);
    const wide = await client.api(`/me/contactFolders/${suppliers.id}/childFolders`).top(100).get();
    expect(wide.value).toHaveLength(11);
    expect(wide['@odata.nextLink']).toBeUndefined();

    // A contact moved between folders keeps its immutable id: the folder it left reports it removed.
    const contact = box.addContact(suppliers.id, {
      displayName: 'Marta Hnatiuk',
      emailAddresses: [{ name: 'Marta', address: 'marta@supplier.example' }],
    });
    const delta = async (folder: string, link?: string) =>
      (await client
        .api(link ?? `/me/contactFolders/${folder}/contacts/delta`)
        .headers(headers)
        .get()) as { value: { id: string; '@removed'?: unknown }[]; '@odata.deltaLink': string };
    const before = await delta(suppliers.id);
    expect(before.value.map((c) => c.id)).toEqual([contact.id]);
    const target = regions[0]?.id ?? '';
    box.moveContact(contact.id, target);
    const after = await delta(suppliers.id, before['@odata.deltaLink']);
    expect(after.value).toHaveLength(1);
    expect(after.value[0]).toMatchObject({ id: contact.id, '@removed': { reason: 'deleted' } });
    expect((await delta(target)).value.map((c) => c.id)).toEqual([contact.id]);

    // A deleted folder (and the folders under it) is Graph's 404 ErrorItemNotFound, its delta link too.
    box.deleteContactFolder(suppliers.id);
    for (const path of [
      `/me/contactFolders/${suppliers.id}/childFolders`,
      `/me/contactFolders/${target}`,
      after['@odata.deltaLink'],
    ]) {
      const gone = await client
        .api(path)
        .get()
        .catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(GraphError);
      expect((gone as GraphError).statusCode).toBe(404);
      expect((gone as GraphError).code).toBe('ErrorItemNotFound');
    }
    expect((await client.api('/me/contactFolders').get()).value).toEqual([]);
  });

  it('answers $batch through BatchRequestContent, rejects more than 20, and keeps the documented chat limits', async () => {
    const { access } = await signIn();
    const client = Client.init({ authProvider: (done) => done(null, access) });
    const content = new BatchRequestContent([
      { id: '1', request: new Request('https://graph.microsoft.com/v1.0/me', { method: 'GET' }) },
      {
        id: '2',
        request: new Request('https://graph.microsoft.com/v1.0/me/contactFolders/contacts/contacts/delta', {
          method: 'GET',
        }),
      },
      {
        id: '3',
        request: new Request(
          "https://graph.microsoft.com/v1.0/me/messages?$filter=conversationId eq 'AAQkConv1'&$select=subject",
          { method: 'GET' },
        ),
      },
    ]);
    const raw = await client.api('/$batch').post(await content.getContent());
    const answers = new BatchResponseContent(raw);
    expect(await answers.getResponseById('1').json()).toMatchObject({ mail: 'olena@contoso.example' });
    expect((await answers.getResponseById('2').json()).value).toHaveLength(1);
    const byConversation = await answers.getResponseById('3').json();
    expect(byConversation.value.length).toBeGreaterThan(0);

    const tooMany = await client
      .api('/$batch')
      .post({
        requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })),
      })
      .catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(GraphError);
    expect((tooMany as GraphError).statusCode).toBe(400);

    const chats = await client.api('/me/chats').expand('members').top(50).get();
    expect(chats.value[0]).toMatchObject({ chatType: 'oneOnOne' });
    expect(chats.value[0].members.map((m: { email: string }) => m.email)).toContain('ivan@client.example');
    const chatId = chats.value[0].id as string;
    const over = await client
      .api(`/me/chats/${chatId}/messages`)
      .top(51)
      .get()
      .catch((e: unknown) => e);
    expect((over as GraphError).statusCode).toBe(400);
    const asc = await client
      .api(`/me/chats/${chatId}/messages`)
      .orderby('lastModifiedDateTime asc')
      .get()
      .catch((e: unknown) => e);
    expect((asc as GraphError).statusCode).toBe(400);
    const newer = await client
      .api(`/me/chats/${chatId}/messages`)
      .top(50)
      .orderby('lastModifiedDateTime desc')
      .filter('lastModifiedDateTime gt 2026-02-01T10:49:30Z')
      .get();
    expect(newer.value).toHaveLength(10);
    // Without $orderby on the same property the filter is ignored, as documented.
    const ignored = await client
      .api(`/me/chats/${chatId}/messages`)
      .top(50)
      .filter('lastModifiedDateTime gt 2026-02-01T10:49:30Z')
      .get();
    expect(ignored.value).toHaveLength(50);
    expect(ignored['@odata.nextLink']).toBeTruthy();
  });
});
