// The fake graph.microsoft.com: bearer tokens from the fake login, Outlook's per-mailbox limits (4 in flight,
// 10,000 requests / 10 min), folder and contact deltas, conversation lookups, `$batch` (≤ 20, each inner request
// admitted alone, so a 200 envelope can carry inner 429s), Teams chats, and seeded faults. Shapes and limits are
// Microsoft's: https://learn.microsoft.com/graph/throttling-limits, .../json-batching, .../delta-query-messages.
import { randomUUID } from 'node:crypto';
import type { FakeRequest, FakeResponse } from '../server';
import { DeltaTokens, type Collection } from './delta';
import { FaultSchedule, type FaultPlan, type GraphFault, type RequestKind } from './faults';
import type { AccessGrant, FakeLogin } from './login';
import type { FakeMailbox } from './mailbox';
import { folderRoute } from './folders';
import { GRAPH, meJson, messageJson, project } from './shapes';
import { listChatMessages, listChats } from './teams';
import { MailboxThrottle, OUTLOOK_LIMITS, type MailboxLimits } from './throttle';

export interface GraphFakeOptions {
  /** Outlook's limits; a benchmark may scale the window down. */
  limits?: Partial<MailboxLimits>;
  /** Largest `odata.maxpagesize` honoured for messages / contacts; above it the preference is not applied. */
  messagePageCap?: number;
  contactPageCap?: number;
  /** Time each admitted request takes, so concurrency is real. */
  latencyMs?: number;
  /** Delta tokens kept per fake before the oldest are dropped. */
  tokenCapacity?: number;
  faults?: FaultPlan;
  /** Retry-After of injected 429/503s, in seconds. */
  faultRetryAfterS?: number;
  clock?: () => number;
  /** How to wait `latencyMs` (a virtual clock may advance instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
}

/** Graph's default page size when `odata.maxpagesize` is absent or not applied. */
const DEFAULT_PAGE = 10;
export const BATCH_MAX = 20;

type Answer = {
  status: number;
  body: Record<string, unknown> | string;
  headers?: Record<string, string>;
  drop?: boolean;
};

export interface GraphStats {
  deltaPages: number;
  messagesServed: number;
  contactsServed: number;
  removedServed: number;
  replayed: number;
  withoutImmutableId: number;
  batches: number;
  batchInner: number;
  batchInner429: number;
  unauthorized: number;
  /** Request times per chat id, to check the client's own pace. */
  chatRequests: Map<string, number[]>;
  /** GET /me/chats pages served (the chat lookup's cache is checked against it). */
  chatLists: number;
  /** Contact folder lists answered (`/me/contactFolders`, a folder's `childFolders`). */
  contactFolderLists: number;
}

const err = (status: number, code: string, message: string, headers?: Record<string, string>): Answer => ({
  status,
  body: {
    error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } },
  },
  ...(headers ? { headers } : {}),
});

function prefer(headers: Record<string, string | string[] | undefined>) {
  const raw = headers.prefer;
  const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const size = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(text);
  return {
    maxPageSize: size?.[1] ? Number(size[1]) : null,
    immutable: /IdType\s*=\s*"?ImmutableId"?/i.test(text),
  };
}

/** An inner request's url: relative to the version (Microsoft's client sends `/v1.0/me`), or absolute. */
const innerPath = (url: string) => {
  const bare = url.replace(/^(https:\/\/graph\.microsoft\.com)?\/?(v1\.0|beta)(?=\/)/, '');
  return bare.startsWith('/') ? bare : `/${bare}`;
};

const NONE: ReadonlySet<GraphFault> = new Set();
const NO_EXPIRY: ReadonlySet<GraphFault> = new Set(['expiredToken']);

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FakeGraph {
  readonly mailboxes = new Map<string, FakeMailbox>();
  readonly throttle: MailboxThrottle;
  readonly deltas: DeltaTokens;
  readonly faults: FaultSchedule | null;
  readonly stats: GraphStats = {
    deltaPages: 0,
    messagesServed: 0,
    contactsServed: 0,
    removedServed: 0,
    replayed: 0,
    withoutImmutableId: 0,
    batches: 0,
    batchInner: 0,
    batchInner429: 0,
    unauthorized: 0,
    chatRequests: new Map(),
    chatLists: 0,
    contactFolderLists: 0,
  };
  /** Chats whose next messages request is answered 429 with this Retry-After (seconds), once. */
  readonly chatThrottles = new Map<string, number>();
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly login: FakeLogin,
    private readonly options: GraphFakeOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.sleep = options.sleep ?? sleepReal;
    this.throttle = new MailboxThrottle({ ...OUTLOOK_LIMITS, ...options.limits }, this.clock);
    this.deltas = new DeltaTokens(options.tokenCapacity);
    this.faults = options.faults ? new FaultSchedule(options.faults) : null;
  }

  addMailbox(box: FakeMailbox): FakeMailbox {
    this.mailboxes.set(box.user.id, box);
    this.login.addUser(box.user);
    return box;
  }

  async route(req: FakeRequest): Promise<FakeResponse | null> {
    if (req.host !== 'graph.microsoft.com') return null;
    if (req.method === 'OPTIONS')
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type, prefer, client-request-id',
          'access-control-allow-methods': 'GET, POST, OPTIONS',
        },
        body: '',
      };
    const answer = await this.top(req);
    if (answer.drop) return { status: 500, body: '', drop: true };
    return {
      status: answer.status,
      type:
        typeof answer.body === 'string'
          ? 'text/plain'
          : 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
      headers: { 'access-control-allow-origin': '*', 'request-id': randomUUID(), ...answer.headers },
      body: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
    };
  }

  private authorize(headers: FakeRequest['headers']): AccessGrant | Answer {
    const auth = String(headers.authorization ?? '');
    const m = /^Bearer (\S+)$/.exec(auth);
    const challenge = {
      'www-authenticate':
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
    };
    if (!m?.[1]) {
      this.stats.unauthorized++;
      return err(401, 'InvalidAuthenticationToken', 'Access token is empty.', challenge);
    }
    const grant = this.login.access.get(m[1]);
    if (!grant) {
      this.stats.unauthorized++;
      return err(
        401,
        'InvalidAuthenticationToken',
        'IDX14100: JWT is not well formed, there are no dots (.).',
        challenge,
      );
    }
    if (this.clock() > grant.expiresAt) {
      this.stats.unauthorized++;
      return err(
        401,
        'InvalidAuthenticationToken',
        'Lifetime validation failed, the token is expired.',
        challenge,
      );
    }
    return grant;
  }

  private async top(req: FakeRequest): Promise<Answer> {
    const grant = this.authorize(req.headers);
    if ('status' in grant) return grant;
    const box = this.mailboxes.get(grant.user.id);
    if (!box)
      return err(
        404,
        'MailboxNotEnabledForRESTAPI',
        'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
      );
    const m = /^\/(v1\.0|beta)(\/.*)$/.exec(req.path);
    if (!m?.[2]) return err(400, 'BadRequest', 'Invalid version.');
    if (m[2] === '/$batch' && req.method === 'POST') return this.batch(grant, box, req);
    const query = req.query.toString();
    return this.single(grant, box, req.method, m[2] + (query ? `?${query}` : ''), req.headers, null);
  }

  /** One request, top-level or inside a batch: fault, admission, latency, answer. */
  private async single(
    grant: AccessGrant,
    box: FakeMailbox,
    method: string,
    pathAndQuery: string,
    headers: Record<string, string | string[] | undefined>,
    forced: GraphFault | null,
  ): Promise<Answer> {
    const url = new URL(pathAndQuery, 'https://graph.microsoft.com');
    // Delta faults (a forgotten token, a replay) need a token to act on: a round's first request has none.
    const hasToken = url.searchParams.has('$skiptoken') || url.searchParams.has('$deltatoken');
    const kind: RequestKind = /\/delta$/i.test(url.pathname) && hasToken ? 'delta' : 'other';
    // A token Microsoft issued moments ago does not expire: an expiry fault needs one at least a minute old.
    const fresh = this.clock() - grant.issuedAt < 60_000;
    const fault = forced ?? this.faults?.draw(kind, fresh ? NO_EXPIRY : NONE) ?? null;
    const key = `${grant.clientId}|${box.user.id}`;
    const admission = this.throttle.admit(key);
    if (!admission.ok)
      return err(
        429,
        'ApplicationThrottled',
        admission.kind === 'concurrency'
          ? 'Application is over its MailboxConcurrency limit.'
          : 'Application is over its MailboxRequests limit.',
        { 'retry-after': String(admission.retryAfterS) },
      );
    try {
      const retryAfterS = this.options.faultRetryAfterS ?? 2;
      switch (fault) {
        case 'throttle':
          this.throttle.told(key, retryAfterS);
          return err(429, 'ApplicationThrottled', 'Application is over its MailboxRequests limit.', {
            'retry-after': String(retryAfterS),
          });
        case 'concurrency':
        case 'batchInner429':
          this.throttle.told(key, 1);
          return err(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
            'retry-after': '1',
          });
        case 'unavailable':
          return err(503, 'ServiceUnavailable', 'Service Unavailable', {
            'retry-after': String(retryAfterS),
          });
        case 'drop':
          return { status: 0, body: '', drop: true };
        case 'expiredToken':
          this.login.expireAccessTokens(box.user.id);
          this.stats.unauthorized++;
          return err(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
        default:
          break;
      }
      if (this.options.latencyMs) await this.sleep(this.options.latencyMs);
      return this.dispatch(grant, box, method, url, headers, fault);
    } finally {
      admission.release();
    }
  }

  private needs(grant: AccessGrant, ...scopes: string[]): Answer | null {
    if (scopes.some((s) => grant.scopes.includes(s))) return null;
    return err(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }

  private contactFolderRoute(box: FakeMailbox, path: string, q: URLSearchParams): Answer | null {
    if (/^\/me\/contactfolders(\/[^/]+\/childfolders)?$/i.test(path)) this.stats.contactFolderLists++;
    return folderRoute(box, path, q);
  }

  private dispatch(
    grant: AccessGrant,
    box: FakeMailbox,
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
    fault: GraphFault | null,
  ): Answer {
    if (method !== 'GET') return err(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    const path = url.pathname;
    const q = url.searchParams;
    const pref = prefer(headers);
    if (!pref.immutable && /^\/me\/(mailfolders|messages)/i.test(path)) this.stats.withoutImmutableId++;
    const mail = () => this.needs(grant, 'mail.readbasic', 'mail.read');
    if (path === '/me') return this.needs(grant, 'user.read') ?? { status: 200, body: meJson(box.user) };
    const folderDelta = /^\/me\/mailfolders(?:\/([^/]+)|\('([^']+)'\))\/messages\/delta$/i.exec(path);
    if (folderDelta) {
      const denied = mail();
      if (denied) return denied;
      const folder = box.folder(decodeURIComponent(folderDelta[1] ?? folderDelta[2] ?? ''));
      if (!folder) return err(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      return this.delta(box, 'messages', folder.id, q, pref, fault, grant);
    }
    const contactDelta = /^\/me\/contactfolders(?:\/([^/]+)|\('([^']+)'\))\/contacts\/delta$/i.exec(path);
    if (contactDelta) {
      const denied = this.needs(grant, 'contacts.read');
      if (denied) return denied;
      const folder = box.contactFolder(decodeURIComponent(contactDelta[1] ?? contactDelta[2] ?? ''));
      if (!folder) return err(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      return this.delta(box, 'contacts', folder.id, q, pref, fault, grant);
    }
    const folders = /^\/me\/mailfolders(\/[^/]+(\/childfolders)?)?$/i.test(path)
      ? (mail() ?? folderRoute(box, path, q))
      : /^\/me\/contactfolders(\/[^/]+(\/childfolders)?)?$/i.test(path)
        ? (this.needs(grant, 'contacts.read') ?? this.contactFolderRoute(box, path, q))
        : null;
    if (folders) return folders;
    if (/^\/me\/messages$/i.test(path))
      return mail() ?? this.messagesByConversation(box, q, pref.immutable, grant);
    if (/^\/me\/chats$/i.test(path)) {
      const denied = this.teamsDenied(grant, box, 'chat.readbasic', 'chat.read');
      if (!denied) this.stats.chatLists++;
      return denied ?? listChats(box, q);
    }
    const chatMessages = /^\/me\/chats\/([^/]+)\/messages$/i.exec(path);
    if (chatMessages?.[1]) {
      const denied = this.teamsDenied(grant, box, 'chat.read');
      if (denied) return denied;
      const chatId = decodeURIComponent(chatMessages[1]);
      const times = this.stats.chatRequests.get(chatId) ?? [];
      times.push(this.clock());
      this.stats.chatRequests.set(chatId, times);
      const throttled = this.chatThrottles.get(chatId);
      if (throttled !== undefined) {
        this.chatThrottles.delete(chatId);
        return err(429, 'TooManyRequests', 'Too many requests for this chat.', {
          'retry-after': String(throttled),
        });
      }
      return listChatMessages(box, chatId, q);
    }
    return err(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`);
  }

  private teamsDenied(grant: AccessGrant, box: FakeMailbox, ...scopes: string[]): Answer | null {
    if (box.user.kind === 'personal')
      return err(
        403,
        'Forbidden',
        'Requested API is not supported in consumer (personal Microsoft account) context.',
      );
    if (scopes.some((s) => grant.scopes.includes(s))) return null;
    return err(
      403,
      'Forbidden',
      `Missing scope permissions on the request. API requires one of '${scopes.join(', ')}'.`,
    );
  }

  private selectAllowed(grant: AccessGrant, select: string[] | null): Answer | null {
    // Mail.ReadBasic reads everything but body, bodyPreview, uniqueBody and attachments.
    if (grant.scopes.includes('mail.read')) return null;
    const hidden = ['body', 'bodypreview', 'uniquebody', 'attachments'];
    if (!select || select.some((s) => hidden.includes(s.toLowerCase())))
      return select
        ? err(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.')
        : null;
    return null;
  }

  private delta(
    box: FakeMailbox,
    collection: Collection,
    folderId: string,
    q: URLSearchParams,
    pref: ReturnType<typeof prefer>,
    fault: GraphFault | null,
    grant: AccessGrant,
  ): Answer {
    const skip = q.get('$skiptoken');
    const delta = q.get('$deltatoken');
    const token = skip ?? delta;
    let state;
    if (token !== null) {
      const stored = this.deltas.get(token);
      if (!stored || stored.folderId !== folderId || stored.userId !== box.user.id)
        return err(
          400,
          'syncStateNotFound',
          'The sync state generation is not found. The delta token is expired and data must be synchronized again.',
        );
      if (fault === 'syncStateNotFound') {
        this.deltas.forget(token);
        return err(
          400,
          'syncStateNotFound',
          'The sync state generation is not found. The delta token is expired and data must be synchronized again.',
        );
      }
      if (fault === 'resyncRequired') {
        this.deltas.forget(token);
        const base =
          collection === 'messages'
            ? `${GRAPH}/me/mailfolders('${folderId}')/messages/delta`
            : `${GRAPH}/me/contactfolders('${folderId}')/contacts/delta`;
        return err(
          410,
          'resyncRequired',
          'Resync required. Replace any local cached data with the data returned by the new delta link.',
          { location: `${base}?$deltatoken=` },
        );
      }
      state = skip !== null ? stored : this.deltas.fromDelta(box, stored);
    } else {
      const select =
        q
          .get('$select')
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? null;
      if (collection === 'messages') {
        const denied = this.selectAllowed(grant, select);
        if (denied) return denied;
      }
      state = this.deltas.start(box, collection, folderId, select);
    }
    const cap =
      collection === 'messages' ? (this.options.messagePageCap ?? 200) : (this.options.contactPageCap ?? 200);
    const applied = pref.maxPageSize !== null && pref.maxPageSize >= 1 && pref.maxPageSize <= cap;
    const size = applied && pref.maxPageSize !== null ? pref.maxPageSize : DEFAULT_PAGE;
    const page = this.deltas.page(box, state, size, pref.immutable, fault === 'replay');
    if (page.status !== 200) return { status: page.status, body: page.body };
    this.stats.deltaPages++;
    if (collection === 'messages') this.stats.messagesServed += page.served;
    else this.stats.contactsServed += page.served;
    this.stats.removedServed += page.removed;
    this.stats.replayed += page.replayed;
    const appliedPrefs = [
      applied ? `odata.maxpagesize=${size}` : null,
      pref.immutable ? 'IdType="ImmutableId"' : null,
    ].filter(Boolean);
    return {
      status: 200,
      body: page.body,
      headers: appliedPrefs.length ? { 'preference-applied': appliedPrefs.join(', ') } : {},
    };
  }

  /** GET /me/messages?$filter=conversationId eq '…' (Outlook allows no $orderby beside it). */
  private messagesByConversation(
    box: FakeMailbox,
    q: URLSearchParams,
    immutable: boolean,
    grant: AccessGrant,
  ): Answer {
    const filter = q.get('$filter') ?? '';
    const m = /^conversationId eq '([^']+)'$/.exec(filter.trim());
    if (!m?.[1])
      return err(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
    if (q.has('$orderby'))
      return err(
        400,
        'InefficientFilter',
        'The restriction or sort order is too complex for this operation.',
      );
    const select =
      q
        .get('$select')
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? null;
    const denied = this.selectAllowed(grant, select);
    if (denied) return denied;
    const top = Math.min(Number(q.get('$top') ?? DEFAULT_PAGE) || DEFAULT_PAGE, 1000);
    const found = [...box.messages.values()].filter((x) => x.conversationId === m[1]).slice(0, top);
    const value = [];
    for (const x of found) {
      const out = project(messageJson(x, immutable), select, 'Microsoft.OutlookServices.Message');
      if ('error' in out) return err(400, 'RequestBroker--ParseUri', String(out.error));
      value.push(out);
    }
    return {
      status: 200,
      body: { '@odata.context': `${GRAPH}/$metadata#users('${box.user.id}')/messages`, value },
    };
  }

  /** POST /$batch: ≤ 20 requests; Graph hands them to Outlook up to four at a time, each admitted alone. */
  private async batch(grant: AccessGrant, box: FakeMailbox, req: FakeRequest): Promise<Answer> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.body);
    } catch {
      return err(400, 'BadRequest', 'Invalid batch payload format.');
    }
    const requests = (parsed as { requests?: unknown }).requests;
    if (!Array.isArray(requests)) return err(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > BATCH_MAX)
      return err(400, 'BadRequest', `The number of requests in the batch exceeds the limit of ${BATCH_MAX}.`);
    this.stats.batches++;
    const envelopeFault = this.faults?.draw('batch') ?? null;
    if (envelopeFault === 'drop') return { status: 0, body: '', drop: true };
    if (envelopeFault === 'unavailable')
      return err(503, 'ServiceUnavailable', 'Service Unavailable', {
        'retry-after': String(this.options.faultRetryAfterS ?? 2),
      });
    if (envelopeFault === 'expiredToken') {
      this.login.expireAccessTokens(box.user.id);
      return err(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    }
    const inner = requests as {
      id?: unknown;
      method?: unknown;
      url?: unknown;
      headers?: Record<string, string>;
    }[];
    // The envelope answers 200 all the same; one inner request carries the throttling.
    const innerFaulted = envelopeFault ? new Set([Math.floor(inner.length / 2)]) : new Set<number>();
    const responses: Record<string, unknown>[] = new Array(inner.length);
    for (let i = 0; i < inner.length; i += 4) {
      const group = inner.slice(i, i + 4).map(async (r, j) => {
        const index = i + j;
        this.stats.batchInner++;
        const headers = Object.fromEntries(
          Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
        );
        const answer =
          typeof r.url !== 'string' || typeof r.id !== 'string'
            ? err(400, 'BadRequest', 'Each request needs an id and a url.')
            : await this.single(
                grant,
                box,
                String(r.method ?? 'GET'),
                innerPath(r.url),
                headers,
                innerFaulted.has(index) ? 'batchInner429' : null,
              );
        if (answer.status === 429) this.stats.batchInner429++;
        responses[index] = {
          id: r.id,
          status: answer.drop ? 502 : answer.status,
          headers: { 'Content-Type': 'application/json', ...answer.headers },
          body: answer.drop ? { error: { code: 'BadGateway', message: 'Bad Gateway' } } : answer.body,
        };
      });
      await Promise.all(group);
    }
    return { status: 200, body: { responses } };
  }
}
