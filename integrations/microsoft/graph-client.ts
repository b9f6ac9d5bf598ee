// Microsoft's Graph client (@microsoft/microsoft-graph-client) with a middleware chain of our own, in place of
// its default one whose RetryHandler may sleep up to 180 s in-process (a service worker is stopped after ~30 s
// idle). Ours: the account's gate (at most 4 requests in flight for all callers together, graph-gate.ts; none
// while a stored backoff holds; and, for callers outside the sync, the request paid for from the mailbox's budget
// only once it holds its slot, so a request refused as busy is never charged), the bearer token and `Prefer: IdType="ImmutableId"` on every request, a persisted backoff for 429/503 (the wait is
// stored, nothing sleeps; the caller's alarm resumes), then fetch. Answers come back raw: the caller reads
// status, headers and body itself and decides.
import { Client, ResponseType, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { GRAPH_BUSY, GRAPH_NOT_NOW, retryAfterMs } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import { takeGraphSlot } from './graph-gate';

export interface BackoffStore {
  /** No request to this mailbox before this time (epoch ms; 0: none). */
  until(): Promise<number>;
  /** Graph asked us to wait until then: kept where a restarted worker sees it. */
  hold(until: number): Promise<void>;
}

export interface GraphClientDeps {
  /** The Microsoft account (its SyncAccountId): the key of the in-flight gate every caller shares. */
  accountId: string;
  /** A valid access token, renewed silently; null: the user must reconnect. */
  token(): Promise<string | null>;
  fetch: typeof fetch;
  now(): number;
  backoff: BackoffStore;
  /**
   * Pays for one request from the mailbox's budget (the sync's ledger), asked only once the request holds its slot
   * and no stored backoff holds; false: it may not leave now (nothing spent, nothing sent). Absent: the caller
   * paid already (the sync's runner spends before it sends, and gives the unit back when the answer is `busy`).
   */
  spend?: () => Promise<boolean>;
}

const synthetic = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

abstract class Link implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  abstract execute(context: Context): Promise<void>;
  protected async pass(context: Context): Promise<void> {
    if (!this.next) throw new Error('Graph middleware chain has no end.');
    await this.next.execute(context);
  }
}

/**
 * At most 4 in flight per account, whoever asks; nothing leaves while a stored backoff holds (answered as a local
 * 429). No slot within GRAPH_LIMITS.slotWaitMs: a local 429 GRAPH_BUSY, nothing sent, nothing spent. With the slot
 * held, the request is paid for (`spend`); refused: a local 429 GRAPH_NOT_NOW, nothing sent.
 */
class Gate extends Link {
  constructor(private readonly deps: GraphClientDeps) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const release = await takeGraphSlot(this.deps.accountId);
    if (!release) {
      context.response = synthetic(
        429,
        GRAPH_BUSY,
        'Kartka already has the 4 requests Microsoft allows for this mailbox at once in flight.',
        { 'retry-after': String(Math.ceil(GRAPH_LIMITS.busyRetryMs / 1000)) },
      );
      return;
    }
    try {
      const until = await this.deps.backoff.until();
      const now = this.deps.now();
      if (until > now) {
        const seconds = String(Math.ceil((until - now) / 1000));
        context.response = synthetic(429, 'KartkaBackoff', 'Waiting for the time Microsoft asked for.', {
          'retry-after': seconds,
        });
        return;
      }
      if (this.deps.spend && !(await this.deps.spend())) {
        context.response = synthetic(
          429,
          GRAPH_NOT_NOW,
          'Microsoft asked to wait, or the mailbox budget is spent for now.',
        );
        return;
      }
      await this.pass(context);
    } finally {
      release();
    }
  }
}

function headersOf(context: Context): Headers {
  const headers = new Headers(context.options?.headers as HeadersInit | undefined);
  context.options = { ...context.options, headers };
  return headers;
}

/** The bearer token, and ImmutableId on every request (ids then survive moves between folders). */
class Auth extends Link {
  constructor(private readonly deps: GraphClientDeps) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const token = await this.deps.token();
    if (!token) {
      context.response = synthetic(401, 'KartkaNoToken', 'The account needs to be reconnected.');
      return;
    }
    const headers = headersOf(context);
    headers.set('authorization', `Bearer ${token}`);
    const prefer = headers.get('prefer');
    if (!prefer || !/IdType/iu.test(prefer))
      headers.set('prefer', [prefer, 'IdType="ImmutableId"'].filter(Boolean).join(', '));
    await this.pass(context);
  }
}

/** 429 and 503 store the wait Graph asked for (or a default); the request is not retried here. */
class PersistedRetry extends Link {
  constructor(private readonly deps: GraphClientDeps) {
    super();
  }
  async execute(context: Context): Promise<void> {
    await this.pass(context);
    const res = context.response;
    if (!res || (res.status !== 429 && res.status !== 503)) return;
    const now = this.deps.now();
    const wait = retryAfterMs(res.headers.get('retry-after'), now) ?? GRAPH_LIMITS.defaultRetryAfterMs;
    await this.deps.backoff.hold(now + wait);
  }
}

class Send extends Link {
  constructor(private readonly deps: GraphClientDeps) {
    super();
  }
  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.deps.fetch(context.request, context.options as RequestInit);
    } catch (error) {
      // A dropped connection is an answer too: status 0, classified as a network failure upstream.
      context.response = new Response(
        JSON.stringify({ error: { code: 'network', message: String(error).slice(0, 300) } }),
        {
          status: 599,
          headers: { 'content-type': 'application/json', 'x-kartka-network': '1' },
        },
      );
    }
  }
}

export function createGraphClient(deps: GraphClientDeps): Client {
  const chain: Link[] = [new Gate(deps), new Auth(deps), new PersistedRetry(deps), new Send(deps)];
  for (let i = 0; i < chain.length - 1; i++) {
    const next = chain[i + 1];
    if (next) chain[i]?.setNext(next);
  }
  const first = chain[0];
  if (!first) throw new Error('empty chain');
  return Client.initWithMiddleware({ middleware: first, defaultVersion: 'v1.0' });
}

export interface RawAnswer {
  /** HTTP status; 0 when the connection failed. */
  status: number;
  headers: Headers;
  body: unknown;
}

/** One GET through the chain, raw. `url`: a Graph path (`/me/...`) or a full Graph link (nextLink, deltaLink). */
export async function graphGet(
  client: Client,
  url: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const res = (await client.api(url).headers(headers).responseType(ResponseType.RAW).get()) as Response;
  return readRaw(res);
}

export async function graphPost(client: Client, url: string, body: unknown): Promise<RawAnswer> {
  const res = (await client.api(url).responseType(ResponseType.RAW).post(body)) as Response;
  return readRaw(res);
}

async function readRaw(res: Response): Promise<RawAnswer> {
  const body: unknown = await res.json().catch(() => null);
  const status = res.headers.get('x-kartka-network') ? 0 : res.status;
  return { status, headers: res.headers, body };
}
