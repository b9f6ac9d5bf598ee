// The Gmail REST calls the sync makes, each answer checked against the shape core expects before it goes
// further (an API answer is untrusted input like a page). Thin: no retries, no waiting, no state.
import { z } from '../../core/zod';
import type { Failure } from '../../core/sync/failure';
import { googleFailure, networkFailure, type GoogleCall } from '../../core/sync/google/errors';
import {
  GMAIL_ID,
  type GmailHistoryPage,
  type GmailListPage,
  type GmailMessageMeta,
  type GmailProfile,
} from '../../core/sync/google/gmail-types';
import { SYNC_LIMITS } from '../../core/sync/limits';
import { batchRequest, parseBatchResponse } from './batch';

export const GMAIL_ORIGIN = 'https://gmail.googleapis.com';

export type Call<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** The fetch the calls go through (the service worker's, or the fault suite's in-process fake). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const id = z.string().regex(GMAIL_ID);
const historyId = z.string().regex(/^\d{1,30}$/u);
const short = (max: number) => z.string().max(max);

const profileSchema = z.object({
  emailAddress: z.string().email().max(320),
  messagesTotal: z.number().int().nonnegative(),
  historyId,
});
const listSchema = z.object({
  messages: z
    .array(z.object({ id, threadId: id }))
    .max(SYNC_LIMITS.gmail.listPageSize)
    .optional(),
  nextPageToken: short(2000).optional(),
});
const historySchema = z.object({
  history: z
    .array(
      z.object({
        messagesAdded: z
          .array(z.object({ message: z.object({ id, labelIds: z.array(short(200)).optional() }) }))
          .optional(),
      }),
    )
    .optional(),
  nextPageToken: short(2000).optional(),
  historyId,
});
const messageSchema = z.object({
  id,
  threadId: id,
  labelIds: z.array(short(200)).max(500).optional(),
  snippet: short(2000).optional(),
  internalDate: z.string().regex(/^\d{1,16}$/u),
  payload: z
    .object({
      headers: z
        .array(z.object({ name: short(200), value: short(20_000) }))
        .max(1000)
        .optional(),
    })
    .optional(),
});

function invalid(what: string, error: z.ZodError, service = 'Gmail'): Failure {
  const issue = error.issues[0];
  return {
    kind: 'server',
    status: 200,
    reason: 'invalid-response',
    message: `${service}'s ${what} did not have the expected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Where a checked GET goes: Gmail by default, or another Google API (People) under its own name. */
export interface GoogleService {
  origin: string;
  name: string;
}
const GMAIL: GoogleService = { origin: GMAIL_ORIGIN, name: 'Gmail' };

/** A GET of a Google API whose answer is checked against `schema` (`what` names it in the failure). */
export async function getChecked<T>(
  api: GmailApi,
  path: string,
  schema: z.ZodType<T>,
  what: string,
  call: GoogleCall,
  token: string,
  signal: AbortSignal,
  service: GoogleService = GMAIL,
): Promise<Call<T>> {
  let response: Response;
  let text: string;
  try {
    response = await api.fetch(`${service.origin}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal,
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: networkFailure(error) };
  }
  const body = parseJson(text);
  if (!response.ok)
    return {
      ok: false,
      failure: googleFailure(response.status, body, response.headers.get('retry-after'), call, api.now()),
    };
  const checked = schema.safeParse(body);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, failure: invalid(what, checked.error, service.name) };
}

export interface GmailApi {
  fetch: Fetch;
  now: () => number;
}

export async function getProfile(
  api: GmailApi,
  token: string,
  signal: AbortSignal,
): Promise<Call<GmailProfile>> {
  const r = await getChecked(
    api,
    '/gmail/v1/users/me/profile',
    profileSchema,
    'profile',
    'other',
    token,
    signal,
  );
  if (!r.ok) return r;
  return { ok: true, value: { ...r.value, emailAddress: r.value.emailAddress.toLowerCase() } };
}

export async function listMessages(
  api: GmailApi,
  token: string,
  pageToken: string | null,
  signal: AbortSignal,
): Promise<Call<GmailListPage>> {
  const q = new URLSearchParams({ maxResults: String(SYNC_LIMITS.gmail.listPageSize) });
  if (pageToken) q.set('pageToken', pageToken);
  const r = await getChecked(
    api,
    `/gmail/v1/users/me/messages?${q}`,
    listSchema,
    'message list',
    'other',
    token,
    signal,
  );
  if (!r.ok) return r;
  return {
    ok: true,
    value: { ids: (r.value.messages ?? []).map((m) => m.id), nextPageToken: r.value.nextPageToken ?? null },
  };
}

export async function listHistory(
  api: GmailApi,
  token: string,
  startHistoryId: string,
  pageToken: string | null,
  signal: AbortSignal,
): Promise<Call<GmailHistoryPage>> {
  const q = new URLSearchParams({
    startHistoryId,
    historyTypes: 'messageAdded',
    maxResults: String(SYNC_LIMITS.gmail.historyPageSize),
  });
  if (pageToken) q.set('pageToken', pageToken);
  const r = await getChecked(
    api,
    `/gmail/v1/users/me/history?${q}`,
    historySchema,
    'history',
    'history',
    token,
    signal,
  );
  if (!r.ok) return r;
  const added = (r.value.history ?? []).flatMap((h) =>
    (h.messagesAdded ?? []).map((a) => ({ id: a.message.id, labelIds: a.message.labelIds ?? [] })),
  );
  return {
    ok: true,
    value: { added, nextPageToken: r.value.nextPageToken ?? null, historyId: r.value.historyId },
  };
}

/** The path of one messages.get with format=metadata and the headers Kartka stores. */
export function metadataPath(messageId: string): string {
  const q = new URLSearchParams({ format: 'metadata' });
  for (const h of SYNC_LIMITS.gmail.metadataHeaders) q.append('metadataHeaders', h);
  return `/gmail/v1/users/me/messages/${messageId}?${q}`;
}

/** A messages.get answer (format=metadata) checked and reduced to what core reads; null when it is not one. */
export function readMessage(raw: unknown): GmailMessageMeta | null {
  const m = messageSchema.safeParse(raw);
  return m.success ? toMeta(m.data) : null;
}

function toMeta(m: z.infer<typeof messageSchema>): GmailMessageMeta {
  return {
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds ?? [],
    snippet: m.snippet ?? '',
    internalDate: m.internalDate,
    headers: m.payload?.headers ?? [],
  };
}

const threadSchema = z.object({ id, messages: z.array(z.unknown()).max(1000).optional() });

/** threads.get with format=metadata: the thread's messages (a message that does not check out is left out). */
export async function getThread(
  api: GmailApi,
  token: string,
  threadId: string,
  signal: AbortSignal,
): Promise<Call<GmailMessageMeta[]>> {
  const q = new URLSearchParams({ format: 'metadata' });
  for (const h of SYNC_LIMITS.gmail.metadataHeaders) q.append('metadataHeaders', h);
  const path = `/gmail/v1/users/me/threads/${threadId}?${q}`;
  const r = await getChecked(api, path, threadSchema, 'thread', 'other', token, signal);
  if (!r.ok) return r;
  if (r.value.id !== threadId)
    return { ok: false, failure: { kind: 'server', status: 200, reason: 'invalid-response' } };
  return { ok: true, value: (r.value.messages ?? []).flatMap((m) => readMessage(m) ?? []) };
}

export interface BatchOutcome {
  messages: GmailMessageMeta[];
  /** Ids Gmail no longer has (404): deleted between the list and the get. */
  gone: string[];
  /** The first failure of the calls that failed otherwise (they stay pending and are retried). */
  failure?: Failure;
}

/** messages.get for up to 100 ids in one batch request (we send ≤ 50: larger batches invite rate limits). */
export async function getMessages(
  api: GmailApi,
  token: string,
  ids: readonly string[],
  signal: AbortSignal,
  boundary: string,
): Promise<Call<BatchOutcome>> {
  const { body, type } = batchRequest(
    ids.map((messageId, i) => ({ id: `m${i}`, path: metadataPath(messageId) })),
    boundary,
  );
  let response: Response;
  let text: string;
  try {
    response = await api.fetch(`${GMAIL_ORIGIN}/batch/gmail/v1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
      signal,
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: networkFailure(error) };
  }
  if (!response.ok)
    return {
      ok: false,
      failure: googleFailure(
        response.status,
        parseJson(text),
        response.headers.get('retry-after'),
        'other',
        api.now(),
      ),
    };
  const answers = parseBatchResponse(text, response.headers.get('content-type'));
  const out: BatchOutcome = { messages: [], gone: [] };
  const failures: Failure[] = [];
  ids.forEach((messageId, i) => {
    const a = answers.get(`m${i}`);
    if (!a) {
      failures.push({ kind: 'server', status: 0, reason: 'batch-part-missing' });
      return;
    }
    const parsed = parseJson(a.body);
    if (a.status === 404) out.gone.push(messageId);
    else if (a.status !== 200)
      failures.push(googleFailure(a.status, parsed, a.headers['retry-after'] ?? null, 'other', api.now()));
    else {
      const m = messageSchema.safeParse(parsed);
      if (m.success && m.data.id === messageId) out.messages.push(toMeta(m.data));
      else
        failures.push(
          m.success ? { kind: 'server', status: 200, reason: 'wrong-message' } : invalid('message', m.error),
        );
    }
  });
  // An auth failure in any part outranks the rest (the token is the problem, not the calls); a wait asked for
  // by any part holds for the whole account.
  const worst =
    failures.find((f) => f.kind === 'auth') ?? failures.find((f) => f.kind === 'rate') ?? failures[0];
  const wait = Math.max(0, ...failures.map((f) => f.retryAfterMs ?? 0));
  const failure = worst && wait > 0 ? { ...worst, retryAfterMs: wait } : worst;
  if (failure && out.messages.length === 0 && out.gone.length === 0) return { ok: false, failure };
  if (failure) out.failure = failure;
  return { ok: true, value: out };
}
