// The thin executor: sends what the planners planned through the Graph client and hands back checked results
// or a classified failure. It decides nothing about what a page means (core/sync/microsoft does).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ContactFoldersOp, ContactFoldersPage } from '../../core/sync/microsoft/contact-folders';
import type { DeltaOp, DeltaPage } from '../../core/sync/microsoft/delta-cursor';
import { classifyGraphError, retryAfterMs, type GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import { graphGet, graphPost, type RawAnswer } from './graph-client';

export type Executed<T> = { ok: true; result: T } | { ok: false; failure: GraphFailure };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function failed(answer: RawAnswer, now: number): { ok: false; failure: GraphFailure } {
  return {
    ok: false,
    failure: classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), now),
  };
}

/** One page of a delta, with the page size the planner chose. */
export async function fetchDeltaPage(
  client: Client,
  op: DeltaOp,
  now: () => number,
): Promise<Executed<DeltaPage>> {
  const answer = await graphGet(client, op.url, { prefer: `odata.maxpagesize=${op.pageSize}` });
  if (answer.status !== 200) return failed(answer, now());
  return readDeltaPage(answer, now());
}

/**
 * One page of the contact folders' listing. A folder whose children were asked for and that is gone meanwhile
 * (404 ErrorItemNotFound) is an answer too: the listing goes on without it.
 */
export async function fetchContactFolders(
  client: Client,
  op: ContactFoldersOp,
  now: () => number,
): Promise<Executed<ContactFoldersPage>> {
  const answer = await graphGet(client, op.url);
  if (answer.status === 404) {
    const failure = failed(answer, now()).failure;
    if (failure.reason === 'ErrorItemNotFound' && /\/childFolders\?/iu.test(op.url))
      return { ok: true, result: { value: [], nextLink: null, missing: true } };
    return { ok: false, failure };
  }
  if (answer.status !== 200) return failed(answer, now());
  const body = answer.body;
  if (!isRecord(body) || !Array.isArray(body.value)) return malformed('A folder list without a value list.');
  return {
    ok: true,
    result: {
      value: body.value,
      nextLink: typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null,
    },
  };
}

function malformed(message: string): { ok: false; failure: GraphFailure } {
  return {
    ok: false,
    failure: {
      kind: 'server',
      status: 200,
      reason: 'malformed',
      message,
      retryAfterMs: GRAPH_LIMITS.defaultRetryAfterMs,
    },
  };
}

function readDeltaPage(answer: Pick<RawAnswer, 'body' | 'headers'>, now: number): Executed<DeltaPage> {
  const body = answer.body;
  if (!isRecord(body) || !Array.isArray(body.value)) return malformed('A delta page without a value list.');
  void now;
  const applied = answer.headers.get('preference-applied') ?? '';
  return {
    ok: true,
    result: {
      value: body.value,
      nextLink: typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null,
      deltaLink: typeof body['@odata.deltaLink'] === 'string' ? body['@odata.deltaLink'] : null,
      pageSizeApplied: /odata\.maxpagesize/iu.test(applied),
    },
  };
}

export interface BatchItem {
  id: string;
  /** A Graph path (`/me/...`) or a full Graph link. */
  url: string;
  headers?: Record<string, string>;
}

/**
 * GETs in `$batch` envelopes of at most 20. Each inner request is throttled alone, so a 200 envelope may carry
 * inner 429s, which no SDK retries: they come back as failures, and the longest wait asked for is returned so
 * the caller stores it and asks for those items again later (never sleeping here).
 */
export async function batchGet(
  client: Client,
  items: readonly BatchItem[],
  now: () => number,
): Promise<{ answers: Map<string, Executed<RawAnswer>>; waitMs: number }> {
  const answers = new Map<string, Executed<RawAnswer>>();
  let waitMs = 0;
  for (let i = 0; i < items.length; i += GRAPH_LIMITS.batchMax) {
    const chunk = items.slice(i, i + GRAPH_LIMITS.batchMax);
    const envelope = await graphPost(client, '/$batch', {
      requests: chunk.map((item) => ({
        id: item.id,
        method: 'GET',
        url: item.url.replace(/^https:\/\/graph\.microsoft\.com\/v1\.0/u, ''),
        headers: { Prefer: 'IdType="ImmutableId"', ...item.headers },
      })),
    });
    if (envelope.status !== 200 || !isRecord(envelope.body) || !Array.isArray(envelope.body.responses)) {
      const failure = failed(envelope, now()).failure;
      for (const item of chunk) answers.set(item.id, { ok: false, failure });
      waitMs = Math.max(waitMs, failure.retryAfterMs ?? 0);
      continue;
    }
    for (const raw of envelope.body.responses) {
      if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.status !== 'number') continue;
      const headers = new Headers(isRecord(raw.headers) ? (raw.headers as Record<string, string>) : {});
      const inner: RawAnswer = { status: raw.status, headers, body: raw.body };
      if (raw.status >= 200 && raw.status < 300) answers.set(raw.id, { ok: true, result: inner });
      else {
        const failure = failed(inner, now()).failure;
        if (failure.kind === 'rate' || failure.kind === 'server')
          waitMs = Math.max(
            waitMs,
            retryAfterMs(headers.get('retry-after'), now()) ?? GRAPH_LIMITS.defaultRetryAfterMs,
          );
        answers.set(raw.id, { ok: false, failure });
      }
    }
    for (const item of chunk)
      if (!answers.has(item.id))
        answers.set(item.id, {
          ok: false,
          failure: {
            kind: 'server',
            status: 200,
            reason: 'missing',
            message: 'The batch answer left this request out.',
          },
        });
  }
  return { answers, waitMs };
}

/** Delta pages of several folders at once: one envelope instead of one request each. */
export async function fetchDeltaPages(
  client: Client,
  ops: readonly DeltaOp[],
  now: () => number,
): Promise<{ pages: Map<string, Executed<DeltaPage>>; waitMs: number }> {
  const { answers, waitMs } = await batchGet(
    client,
    ops.map((op) => ({
      id: op.key,
      url: op.url,
      headers: { Prefer: `odata.maxpagesize=${op.pageSize}, IdType="ImmutableId"` },
    })),
    now,
  );
  const pages = new Map<string, Executed<DeltaPage>>();
  for (const op of ops) {
    const a = answers.get(op.key);
    pages.set(
      op.key,
      !a ? { ok: false, failure: { kind: 'server', status: 0 } } : a.ok ? readDeltaPage(a.result, now()) : a,
    );
  }
  return { pages, waitMs };
}
