// The Gmail API methods the fake answers, as the real API shapes them (users.getProfile, messages.list,
// messages.get, history.list, threads.get). Scope rules of gmail.metadata are enforced: no `q`, no
// format=full or raw. Quota, auth and faults are applied around these by fake-google.ts.
import type { FakeResponse } from '../server';
import { ERRORS, googleError } from './errors';
import type { FakeGmailMessage, FakeGmailUser } from './mailbox';

export const SCOPE_METADATA = 'https://www.googleapis.com/auth/gmail.metadata';
const READ_SCOPES = [
  SCOPE_METADATA,
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://mail.google.com/',
];

/** A Gmail call resolved from its path: the method it is charged as and its arguments. */
export interface GmailCall {
  method: 'users.getProfile' | 'messages.list' | 'messages.get' | 'history.list' | 'threads.get';
  userId: string;
  id?: string;
}

export function gmailCallOf(httpMethod: string, path: string): GmailCall | null {
  if (httpMethod !== 'GET') return null;
  const m = /^\/gmail\/v1\/users\/([^/]+)\/(profile|messages|history|threads)(?:\/([^/]+))?$/u.exec(path);
  if (!m?.[1] || !m[2]) return null;
  const userId = decodeURIComponent(m[1]);
  const id = m[3];
  if (m[2] === 'profile' && !id) return { method: 'users.getProfile', userId };
  if (m[2] === 'messages')
    return id ? { method: 'messages.get', userId, id } : { method: 'messages.list', userId };
  if (m[2] === 'history' && !id) return { method: 'history.list', userId };
  if (m[2] === 'threads' && id) return { method: 'threads.get', userId, id };
  return null;
}

const json = (value: unknown): FakeResponse => ({
  status: 200,
  type: 'application/json; charset=UTF-8',
  body: JSON.stringify(value),
});

function metadata(m: FakeGmailMessage, wanted: readonly string[]) {
  const want = new Set(wanted.map((h) => h.toLowerCase()));
  return {
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds,
    snippet: m.snippet,
    sizeEstimate: 900 + m.snippet.length,
    historyId: String(m.historyId),
    internalDate: String(m.internalDate),
    payload: {
      partId: '',
      mimeType: 'multipart/alternative',
      filename: '',
      headers: m.headers
        .filter(([name]) => want.size === 0 || want.has(name.toLowerCase()))
        .map(([name, value]) => ({ name, value })),
      body: { size: 0 },
    },
  };
}

/** Page tokens are opaque to clients; ours hold the position after which the next page starts. */
const pageToken = (n: number) => Buffer.from(`p:${n}`).toString('base64url');
function readPageToken(token: string | null): number | null {
  if (token === null) return 0;
  const m = /^p:(\d+)$/u.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m?.[1] ? Number(m[1]) : null;
}

function pageSize(q: URLSearchParams, fallback: number): number | null {
  const raw = q.get('maxResults');
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 500) : null;
}

/** Answers one call for `user` (already authenticated with `scopes`). */
export function answerGmail(
  call: GmailCall,
  q: URLSearchParams,
  user: FakeGmailUser,
  scopes: readonly string[],
): FakeResponse {
  if (!scopes.some((s) => READ_SCOPES.includes(s))) return googleError(ERRORS.insufficientScope());
  if (call.userId !== 'me' && call.userId.toLowerCase() !== user.address)
    return googleError({ ...ERRORS.insufficientScope(), message: 'Delegation denied for ' + user.address });
  const metadataOnly = !scopes.some((s) => s !== SCOPE_METADATA && READ_SCOPES.includes(s));
  switch (call.method) {
    case 'users.getProfile':
      return json({
        emailAddress: user.address,
        messagesTotal: user.messages.size,
        threadsTotal: new Set([...user.messages.values()].map((m) => m.threadId)).size,
        historyId: String(user.historyId),
      });
    case 'messages.list': {
      if (q.has('q') && metadataOnly)
        return googleError(ERRORS.metadataScope("does not support 'q' parameter"));
      const size = pageSize(q, 100);
      if (size === null) return googleError(ERRORS.invalidArgument('Invalid maxResults'));
      const all = user.listed();
      // The token names the last message of the previous page: new mail arriving meanwhile shifts nothing.
      const token = q.get('pageToken');
      const after =
        token === null
          ? null
          : /^l:(\d+):([0-9a-f]+)$/u.exec(Buffer.from(token, 'base64url').toString('utf8'));
      if (token !== null && !after) return googleError(ERRORS.invalidArgument('Invalid pageToken'));
      const start = after
        ? all.findIndex(
            (m) =>
              m.internalDate < Number(after[1]) ||
              (m.internalDate === Number(after[1]) && m.id < (after[2] ?? '')),
          )
        : 0;
      const page = start < 0 ? [] : all.slice(start, start + size);
      const body: Record<string, unknown> = { resultSizeEstimate: all.length };
      if (page.length) body.messages = page.map((m) => ({ id: m.id, threadId: m.threadId }));
      const last = page[page.length - 1];
      if (last && start + size < all.length)
        body.nextPageToken = Buffer.from(`l:${last.internalDate}:${last.id}`).toString('base64url');
      return json(body);
    }
    case 'messages.get': {
      const format = q.get('format') ?? 'full';
      if (metadataOnly && format !== 'metadata' && format !== 'minimal')
        return googleError(ERRORS.metadataScope(`doesn't allow format ${format.toUpperCase()}`));
      const m = call.id ? user.messages.get(call.id) : undefined;
      if (!m) return googleError(ERRORS.notFound());
      return json(
        format === 'minimal'
          ? { id: m.id, threadId: m.threadId, labelIds: m.labelIds }
          : metadata(m, q.getAll('metadataHeaders')),
      );
    }
    case 'threads.get': {
      const format = q.get('format') ?? 'full';
      if (metadataOnly && format !== 'metadata' && format !== 'minimal')
        return googleError(ERRORS.metadataScope(`doesn't allow format ${format.toUpperCase()}`));
      const messages = [...user.messages.values()]
        .filter((m) => m.threadId === call.id)
        .sort((a, b) => a.internalDate - b.internalDate);
      if (messages.length === 0) return googleError(ERRORS.notFound());
      return json({
        id: call.id,
        historyId: String(Math.max(...messages.map((m) => m.historyId))),
        messages: messages.map((m) => metadata(m, q.getAll('metadataHeaders'))),
      });
    }
    case 'history.list': {
      const start = Number(q.get('startHistoryId'));
      if (!q.get('startHistoryId') || !Number.isInteger(start))
        return googleError(ERRORS.invalidArgument('Invalid startHistoryId'));
      if (start < user.historyFloor) return googleError(ERRORS.notFound());
      const size = pageSize(q, 100);
      const offset = readPageToken(q.get('pageToken'));
      if (size === null || offset === null) return googleError(ERRORS.invalidArgument('Invalid pageToken'));
      const types = q.getAll('historyTypes');
      const records = user
        .addedSince(start)
        .filter(() => types.length === 0 || types.includes('messageAdded'));
      const page = records.slice(offset, offset + size);
      const body: Record<string, unknown> = { historyId: String(user.historyId) };
      if (page.length)
        body.history = page.map((r) => {
          const message = { id: r.message.id, threadId: r.message.threadId, labelIds: r.message.labelIds };
          return {
            id: String(r.historyId),
            messages: [{ id: message.id, threadId: message.threadId }],
            messagesAdded: [{ message }],
          };
        });
      if (offset + size < records.length) body.nextPageToken = pageToken(offset + size);
      return json(body);
    }
  }
}
