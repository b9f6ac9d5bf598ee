// The fake Google speaks the real protocol: Google's own Node client (`googleapis`, dev-only) drives it over
// HTTPS at the real host names and parses every answer. Batch requests, which the Node client does not build,
// go out through its authenticated transport and come back parsed by an independent MIME parser (postal-mime).
import { Agent } from 'node:https';
import type { LookupFunction } from 'node:net';
import { gmail, auth, type gmail_v1 } from 'googleapis/build/src/apis/gmail';
import { people } from 'googleapis/build/src/apis/people';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { googleFailure } from '../../../core/sync/google/errors';
import { correspondents, fillMailbox, letter } from '../../fakes/google/generate';
import { FakeGoogle } from '../../fakes/google/fake-google';
import { startFakeServer, type FakeServer } from '../../fakes/server';
import { metadataPath, readMessage } from '../../../integrations/google/gmail-api';
import { SYNC_LIMITS } from '../../../core/sync/limits';

const ME = { name: 'Іван Петренко', address: 'ivan@kartka-test.com.ua' };
const fake = new FakeGoogle({ costModel: 'before-2026-05' });
let server: FakeServer;
let root: (host: string) => string;
// Every host resolves to the fake on loopback; certificates are made per run, so they are not checked here.
const lookup: LookupFunction = (_host, options, callback) => {
  if (options.all)
    (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};
const agent = new Agent({ lookup, rejectUnauthorized: false });
const client = new auth.OAuth2();

beforeAll(async () => {
  server = await startFakeServer([fake.route]);
  root = (host) => `https://${host}:${server.port}/`;
  const user = fake.user(ME.address);
  fillMailbox(user, ME, {
    count: 620,
    seed: 9,
    newest: Date.now() - 60_000,
    spanDays: 90,
    people: correspondents(20, 1),
  });
  client.setCredentials({
    access_token: fake.oauth.issue(ME.address, 'client', [
      'https://www.googleapis.com/auth/gmail.metadata',
      'https://www.googleapis.com/auth/contacts.readonly',
      'https://www.googleapis.com/auth/contacts.other.readonly',
    ]),
  });
});
afterAll(() => server.close());

const api = () => gmail({ version: 'v1', auth: client, rootUrl: root('gmail.googleapis.com') });

test('getProfile, messages.list pages, messages.get metadata, threads.get, history.list', async () => {
  const g = api();
  const profile = (await g.users.getProfile({ userId: 'me' }, { agent })).data;
  expect(profile).toMatchObject({ emailAddress: ME.address, messagesTotal: 620 });
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const page: gmail_v1.Schema$ListMessagesResponse = (
      await g.users.messages.list(
        { userId: 'me', maxResults: 500, ...(pageToken ? { pageToken } : {}) },
        { agent },
      )
    ).data;
    ids.push(...(page.messages ?? []).flatMap((m) => (m.id ? [m.id] : [])));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  expect(new Set(ids).size).toBe(fake.user(ME.address).listed().length);

  const id = ids[0] ?? '';
  const headers = [...SYNC_LIMITS.gmail.metadataHeaders];
  const message = (
    await g.users.messages.get({ userId: 'me', id, format: 'metadata', metadataHeaders: headers }, { agent })
  ).data;
  expect(message.id).toBe(id);
  expect(message.payload?.headers?.map((h) => h.name)).toContain('Message-ID');
  expect(Number(message.internalDate)).toBeGreaterThan(0);
  const thread = (
    await g.users.threads.get({ userId: 'me', id: message.threadId ?? '', format: 'metadata' }, { agent })
  ).data;
  expect(thread.messages?.some((m) => m.id === id)).toBe(true);

  // The metadata scope refuses `q` and full bodies, as Gmail does.
  await expect(g.users.messages.list({ userId: 'me', q: 'from:olena' }, { agent })).rejects.toMatchObject({
    status: 403,
  });
  await expect(g.users.messages.get({ userId: 'me', id, format: 'full' }, { agent })).rejects.toMatchObject({
    status: 403,
  });

  const user = fake.user(ME.address);
  const start = String(user.historyId);
  const added = user.add(
    letter(
      ME,
      { name: 'Anna Clarke', address: 'anna@acme.example' },
      false,
      Date.now(),
      'Quote',
      'q-1@acme.example',
    ),
  );
  const history = (
    await g.users.history.list(
      { userId: 'me', startHistoryId: start, historyTypes: ['messageAdded'] },
      { agent },
    )
  ).data;
  expect(history.history?.flatMap((h) => h.messagesAdded ?? []).map((a) => a.message?.id)).toEqual([
    added.id,
  ]);
  expect(history.historyId).toBe(String(user.historyId));

  // Forgotten history: googleapis surfaces Google's 404, which the sync reads as a lost cursor.
  user.add(
    letter(
      ME,
      { name: 'Anna Clarke', address: 'anna@acme.example' },
      true,
      Date.now(),
      'Re: Quote',
      'q-2@acme.example',
    ),
  );
  user.expireHistory();
  const gone = await g.users.history
    .list({ userId: 'me', startHistoryId: start }, { agent })
    .catch((e: unknown) => e);
  const r = (gone as { response?: { status: number; data: unknown } }).response;
  expect(r?.status).toBe(404);
  expect(googleFailure(r?.status ?? 0, r?.data, null, 'history', Date.now()).kind).toBe('cursor-gone');
});

test('a batch of metadata gets through the client’s transport; every part is an HTTP answer', async () => {
  const ids = fake
    .user(ME.address)
    .listed()
    .slice(0, 5)
    .map((m) => m.id);
  const boundary = 'batch_kartka_protocol';
  const body =
    ids
      .map(
        (id, i) =>
          `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item${i}>\r\n\r\nGET ${metadataPath(id)} HTTP/1.1\r\n\r\n`,
      )
      .join('') +
    `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <missing>\r\n\r\nGET /gmail/v1/users/me/messages/ffffffffffffffff?format=metadata HTTP/1.1\r\n\r\n--${boundary}--\r\n`;
  const res = await client.request<string>({
    url: `${root('gmail.googleapis.com')}batch/gmail/v1`,
    method: 'POST',
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    data: body,
    responseType: 'text',
    agent,
  });
  const type = res.headers.get('content-type') ?? '';
  expect(type).toMatch(/^multipart\/mixed; boundary=/u);
  const mime = await PostalMime.parse(`Content-Type: ${type}\r\nMIME-Version: 1.0\r\n\r\n${res.data}`);
  const parts = mime.attachments.filter((a) => a.mimeType === 'application/http');
  expect(parts).toHaveLength(6);
  for (const part of parts) {
    const text = typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content);
    const [status, rest] = [
      /^HTTP\/1\.1 (\d{3})/u.exec(text)?.[1],
      text.slice(text.search(/\r?\n\r?\n/u)).trim(),
    ];
    const cid = part.contentId?.replace(/^<|>$/gu, '');
    if (cid === 'response-missing') {
      expect(status).toBe('404');
      continue;
    }
    expect(status).toBe('200');
    const message = JSON.parse(rest) as gmail_v1.Schema$Message;
    expect(ids[Number(cid?.replace('response-item', ''))]).toBe(message.id);
    // And the extension's own validator reads the same answer.
    expect(readMessage(message)?.headers.map((h) => h.name)).toContain('Message-ID');
  }
});

test('People: connections and otherContacts with page and sync tokens; deletions; an expired token', async () => {
  const book = fake.book(ME.address);
  for (let i = 0; i < 5; i++)
    book.put('connections', {
      names: [{ displayName: `Клієнт ${i}` }],
      emailAddresses: [{ value: `c${i}@acme.example` }],
      phoneNumbers: [{ value: `+38050123456${i}` }],
    });
  book.put('otherContacts', {
    names: [{ displayName: 'Anna Clarke' }],
    emailAddresses: [{ value: 'anna@acme.example' }],
  });
  const p = people({ version: 'v1', auth: client, rootUrl: root('people.googleapis.com') });
  const list = (pageToken?: string, syncToken?: string) =>
    p.people.connections.list(
      {
        resourceName: 'people/me',
        personFields: 'names,emailAddresses,phoneNumbers',
        pageSize: 2,
        requestSyncToken: true,
        ...(pageToken ? { pageToken } : {}),
        ...(syncToken ? { syncToken } : {}),
      },
      { agent },
    );
  const seen: string[] = [];
  let page = (await list()).data;
  seen.push(...(page.connections ?? []).map((c) => c.resourceName ?? ''));
  while (page.nextPageToken) {
    page = (await list(page.nextPageToken)).data;
    seen.push(...(page.connections ?? []).map((c) => c.resourceName ?? ''));
  }
  expect(seen).toHaveLength(5);
  const syncToken = page.nextSyncToken ?? '';
  expect(syncToken).not.toBe('');
  book.remove('connections', seen[0] ?? '');
  const changes = (await list(undefined, syncToken)).data;
  expect(changes.connections?.[0]).toMatchObject({ resourceName: seen[0], metadata: { deleted: true } });

  const other = (
    await p.otherContacts.list(
      { readMask: 'names,emailAddresses', pageSize: 10, requestSyncToken: true },
      { agent },
    )
  ).data;
  expect(other.otherContacts?.[0]?.emailAddresses?.[0]?.value).toBe('anna@acme.example');

  book.expireSyncTokens();
  const expired = await list(undefined, syncToken).catch((e: unknown) => e);
  const r = (expired as { response?: { status: number; data: unknown } }).response;
  expect(r?.status).toBe(400);
  expect(googleFailure(r?.status ?? 0, r?.data, null, 'contacts', Date.now()).kind).toBe('cursor-gone');
});
