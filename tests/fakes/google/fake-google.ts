// The fake Google at its real host names: sign-in (accounts.google.com, oauth2.googleapis.com), Gmail
// (gmail.googleapis.com, single calls and multipart/mixed batches) and People (people.googleapis.com).
// Per user it charges each call its documented quota units over a sliding minute, caps concurrent requests,
// and injects faults from a seeded schedule. Served over HTTPS by tests/fakes/server.ts, or called in-process
// through `fetch` by the Node fault suite (same routes, a fake clock).
import { gmailCostModel, type CostModel, type GmailCostModelId } from '../../../core/sync/limits';
import type { FakeRequest, FakeResponse, FakeRoute } from '../server';
import { ERRORS, googleError } from './errors';
import { answerGmail, gmailCallOf, type GmailCall } from './gmail-calls';
import { FaultPlan, UserLimits, type FaultKind, type UserQuota } from './limits';
import { FakeGmailUser } from './mailbox';
import { FakeOAuth } from './oauth';
import { answerPeople, peopleCallOf, FakePeopleBook } from './people';
import { batchAnswer, parseBatchRequest } from './multipart';

export interface FakeGoogleOptions {
  now?: () => number;
  /** The Cloud project's cost model (which per-method prices and per-user quota apply). */
  costModel?: GmailCostModelId;
  /** Overrides the model's per-user quota (a test of the scheduler at a smaller scale). */
  quota?: UserQuota;
  maxConcurrent?: number;
  /** Overrides People's per-user quota (read requests per minute). */
  peopleQuota?: UserQuota;
  faults?: FaultPlan | null;
  /** Awaited while a request is being served, so overlapping requests are concurrent (default: one tick). */
  serve?: () => Promise<void>;
}

/** People API "Read requests per minute per user", the Cloud console's default (not on a public reference page). */
const PEOPLE_QUOTA: UserQuota = { windowMs: 60_000, limit: 90 };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeGoogle {
  readonly oauth: FakeOAuth;
  readonly users = new Map<string, FakeGmailUser>();
  readonly books = new Map<string, FakePeopleBook>();
  readonly limits = new Map<string, UserLimits>();
  readonly peopleLimits = new Map<string, UserLimits>();
  readonly model: CostModel;
  readonly byMethod: Record<string, number> = {};
  requests = 0;
  /** Requests that came while a wait this fake asked for (Retry-After) was still running. */
  early = 0;
  private readonly waits = new Map<string, number>();
  readonly now: () => number;
  faults: FaultPlan | null;

  constructor(private readonly o: FakeGoogleOptions = {}) {
    this.now = o.now ?? Date.now;
    this.oauth = new FakeOAuth(this.now);
    this.model = gmailCostModel(o.costModel);
    this.faults = o.faults ?? null;
  }

  user(address: string): FakeGmailUser {
    const key = address.toLowerCase();
    let u = this.users.get(key);
    if (!u) {
      u = new FakeGmailUser(key);
      this.users.set(key, u);
      this.books.set(key, new FakePeopleBook(key, this.now));
    }
    return u;
  }

  book(address: string): FakePeopleBook {
    this.user(address);
    const book = this.books.get(address.toLowerCase());
    if (!book) throw new Error(`no address book for ${address}`);
    return book;
  }

  limitsOf(user: string): UserLimits {
    let l = this.limits.get(user);
    if (!l) {
      l = new UserLimits(this.o.quota ?? this.model.perUser, this.o.maxConcurrent ?? 10);
      this.limits.set(user, l);
    }
    return l;
  }

  /** A user's People API quota: read requests per minute (the Cloud console's default, 90; SYNC.md). */
  peopleLimitsOf(user: string): UserLimits {
    let l = this.peopleLimits.get(user);
    if (!l) {
      l = new UserLimits(this.o.peopleQuota ?? PEOPLE_QUOTA, this.o.maxConcurrent ?? 10);
      this.peopleLimits.set(user, l);
    }
    return l;
  }

  /** Every route of the fake, for startFakeServer. */
  readonly route: FakeRoute = (req) => this.handle(req);

  private async handle(req: FakeRequest): Promise<FakeResponse | null> {
    if (req.host === 'accounts.google.com' && req.path === '/o/oauth2/v2/auth')
      return this.oauth.authorize(req);
    if (req.host === 'oauth2.googleapis.com' && req.path === '/revoke' && req.method === 'POST')
      return this.oauth.revoke(req);
    if (req.host !== 'gmail.googleapis.com' && req.host !== 'people.googleapis.com') return null;
    this.requests++;
    const who = this.oauth.check(req.headers.authorization);
    if ('body' in who) return who;
    const limits = this.limitsOf(who.user);
    if (this.now() < (this.waits.get(who.user) ?? 0)) this.early++;
    if (limits.inFlight >= limits.maxConcurrent) {
      limits.concurrencyRefusals++;
      return googleError(ERRORS.concurrent());
    }
    limits.inFlight++;
    try {
      await (this.o.serve ?? tick)();
      return this.serveAuthorized(req, who.user, who.scopes);
    } finally {
      limits.inFlight--;
    }
  }

  private serveAuthorized(req: FakeRequest, user: string, scopes: string[]): FakeResponse {
    if (req.host === 'people.googleapis.com') {
      const call = peopleCallOf(req.method, req.path);
      if (!call) return googleError(ERRORS.notFound());
      return this.charged(
        user,
        call.method,
        ['expired-sync-token'],
        () => answerPeople(call, req.query, this.book(user), scopes),
        'request',
        'people',
      );
    }
    if (req.method === 'POST' && req.path === '/batch/gmail/v1') return this.batch(req, user, scopes);
    const call = gmailCallOf(req.method, req.path);
    if (!call) return googleError(ERRORS.notFound());
    return this.single(call, req.query, user, scopes, 'request');
  }

  private single(
    call: GmailCall,
    query: URLSearchParams,
    user: string,
    scopes: string[],
    where: 'request' | 'inner',
  ) {
    const extra: FaultKind[] = call.method === 'history.list' ? ['history-404'] : [];
    return this.charged(
      user,
      call.method,
      extra,
      () => answerGmail(call, query, this.user(user), scopes),
      where,
    );
  }

  /** Draws a fault, charges the quota, then answers. */
  private charged(
    user: string,
    method: string,
    extraFaults: readonly FaultKind[],
    answer: () => FakeResponse,
    where: 'request' | 'inner' = 'request',
    service: 'gmail' | 'people' = 'gmail',
  ): FakeResponse {
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    const common: FaultKind[] = [
      'rate-429',
      'usage-403',
      'server-500',
      'server-503',
      'auth-401',
      'drop',
      'concurrent-429',
    ];
    const fault = this.faults?.next(where, [...common, ...extraFaults]) ?? null;
    if (fault) return this.inject(fault, user);
    // People has its own per-user quota (read requests), apart from Gmail's units.
    const limits = service === 'people' ? this.peopleLimitsOf(user) : this.limitsOf(user);
    const cost = service === 'people' ? 1 : (this.model.costs[method] ?? 1);
    const charge = limits.charge(cost, this.now());
    if (!charge.ok) {
      limits.quotaRefusals++;
      const seconds = Math.max(1, Math.ceil((charge.retryAt - this.now()) / 1000));
      this.promise(user, this.now() + seconds * 1000);
      return googleError(ERRORS.userRateLimit(charge.retryAt, 429, seconds));
    }
    return answer();
  }

  private promise(user: string, until: number) {
    this.waits.set(user, Math.max(this.waits.get(user) ?? 0, until));
  }

  private inject(fault: FaultKind, user: string): FakeResponse {
    const now = this.now();
    const draw = this.faults?.draw() ?? 0;
    switch (fault) {
      case 'rate-429':
      case 'usage-403': {
        // Sometimes with Retry-After, sometimes only the message's "Retry after" (the client backs off then).
        const seconds = draw < 0.6 ? 1 + Math.floor(draw * 50) : undefined;
        if (seconds !== undefined) this.promise(user, now + seconds * 1000);
        return googleError(
          ERRORS.userRateLimit(now + (seconds ?? 5) * 1000, fault === 'rate-429' ? 429 : 403, seconds),
        );
      }
      case 'server-500':
        return googleError(ERRORS.backend(500));
      case 'server-503':
        return googleError({ ...ERRORS.backend(503), ...(draw < 0.5 ? { retryAfterSeconds: 2 } : {}) });
      case 'auth-401':
        // An expired token is one that has lived: a token issued a moment ago does not expire (a 401 right after
        // a renewal would mean "reconnect", which is a different story than this fault tells).
        if (this.oauth.newestTokenAge(user) < 60_000) {
          this.faults?.recount('auth-401', 'server-500');
          return googleError(ERRORS.backend(500));
        }
        this.oauth.expireTokens(user);
        return googleError(ERRORS.unauthenticated());
      case 'concurrent-429':
        return googleError(ERRORS.concurrent());
      case 'history-404':
        this.user(user).expireHistory();
        return googleError(ERRORS.notFound());
      case 'expired-sync-token':
        this.book(user).expireSyncTokens();
        return googleError(ERRORS.expiredSyncToken());
      case 'drop':
        return { status: 0, body: '', drop: true };
    }
  }

  private batch(req: FakeRequest, user: string, scopes: string[]): FakeResponse {
    // The envelope itself can fail like any request (a dropped connection, a refused concurrent request…).
    const envelope =
      this.faults?.next('request', ['drop', 'concurrent-429', 'server-503', 'auth-401']) ?? null;
    if (envelope) return this.inject(envelope, user);
    const parts = parseBatchRequest(req.body, req.headers['content-type']);
    if (parts === null) return googleError(ERRORS.invalidArgument('Failed to parse batch request'));
    if (parts.length > 100)
      return googleError(ERRORS.invalidArgument('Too many requests in batch (the limit is 100).'));
    const answers = parts.map((p) => {
      const url = new URL(p.path, 'https://gmail.googleapis.com');
      const call = gmailCallOf(p.method, url.pathname);
      const answer = call
        ? this.single(call, url.searchParams, user, scopes, 'inner')
        : googleError(ERRORS.notFound());
      return { contentId: p.contentId, answer };
    });
    return batchAnswer(answers);
  }

  /** fetch() against this fake without a network (the Node fault suite): same routes, same answers. */
  readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const u = new URL(url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const req: FakeRequest = {
      method: init.method ?? 'GET',
      host: u.host,
      path: u.pathname,
      query: u.searchParams,
      headers,
      body: typeof init.body === 'string' ? init.body : '',
    };
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const answer = await this.handle(req);
    if (!answer) return new Response(`No fake route for ${u.host}${u.pathname}`, { status: 404 });
    if (answer.drop) throw new TypeError('fetch failed (connection reset by the fake)');
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status ?? 200,
      headers: { 'content-type': answer.type ?? 'text/html; charset=utf-8', ...answer.headers },
    });
  };
}
