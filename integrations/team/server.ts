// Talking to the firm's CouchDB: authenticated requests (basic auth for now; the fetch wrapper is the one place
// to change for JWT), and the replies that matter to a member: who the server says they are, and the directory.
import { basicAuth } from './auth';
import type { DirectoryMember, TeamAuth } from '../../core/team/membership';
import { firmDatabases, levelFromRoles, type Level } from '../../core/team/names';
import type { Fetch } from './pouch-types';

/** Headers that authenticate one member. */
export const authHeader = (auth: TeamAuth): string => basicAuth(auth);

/** A fetch that authenticates every request to the firm's server as the member. */
export function authFetch(auth: TeamAuth, base: Fetch = (u, i) => fetch(u, i)): Fetch {
  const header = authHeader(auth);
  return (url, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', header);
    return base(url, { ...init, headers });
  };
}

/**
 * How long one request to the firm's server may go unanswered. fetch has no limit of its own, and PouchDB 9's http
 * adapter computes a 30 s request timeout for `_changes` but never applies it (node_modules/pouchdb-adapter-http
 * lib/index.js:890): a request the server or a half-open connection never answers held the sync — and with it the
 * off-boarding's wipe — for good. CouchDB answers every request of a sync in far less (they are batches of 250).
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** What ends a request early. */
export interface RequestBounds {
  /** The longest a request may take (REQUEST_TIMEOUT_MS when absent). */
  timeoutMs?: number;
  /** Ends every request at once (the sync was interrupted). */
  signal?: AbortSignal;
  /**
   * A request the server refused to authenticate (401: the member's credentials are no longer valid, as after an
   * off-boarding); the caller's other requests may stop. Not 403: PouchDB itself tolerates one (a read-only
   * member's checkpoint write, pouchdb-checkpointer isForbiddenError), and the sync judges the others.
   */
  onUnauthorized?: () => void;
}

/** A fetch whose every request ends: answered, timed out, or stopped by the caller's signal. */
export function boundedFetch(base: Fetch, bounds: RequestBounds = {}): Fetch {
  const ms = bounds.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return async (url, init = {}) => {
    const timeout = AbortSignal.timeout(ms);
    const signals = [timeout];
    if (init.signal) signals.push(init.signal);
    if (bounds.signal) signals.push(bounds.signal);
    let res: Response;
    try {
      res = await base(url, { ...init, signal: AbortSignal.any(signals) });
    } catch (e) {
      // Own properties: PouchDB rebuilds a failed request's error from them (pouchdb-errors createError), and a
      // DOMException's name is not one. Status 0, as PouchDB gives an unreachable server: the member sees "offline".
      if (timeout.aborted && !init.signal?.aborted && !bounds.signal?.aborted)
        throw Object.assign(new Error(`No answer from the server within ${ms / 1000} s.`), {
          name: 'TimeoutError',
          status: 0,
        });
      throw e;
    }
    if (res.status === 401) bounds.onUnauthorized?.();
    return res;
  };
}

/** A failed request, with the HTTP status (0: the server could not be reached). */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(status === 0 ? `The server could not be reached (${reason}).` : `HTTP ${status}: ${reason}`);
    this.name = 'ServerError';
  }
}

/** GETs a JSON document; a network failure is status 0. */
export async function getJson<T>(f: Fetch, url: string): Promise<T> {
  let res: Response;
  try {
    res = await f(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ServerError(0, e instanceof Error ? e.message : String(e));
  }
  const body = (await res.json().catch(() => ({}))) as T & { reason?: string; error?: string };
  if (!res.ok) throw new ServerError(res.status, body.reason ?? body.error ?? res.statusText);
  return body;
}

/** Who the server says the member is, and their level in the firm (null: not a member, e.g. off-boarded). */
export async function session(
  f: Fetch,
  url: string,
  firm: string,
): Promise<{ name: string | null; level: Level | null }> {
  const s = await getJson<{ userCtx?: { name: string | null; roles: string[] } }>(f, `${url}/_session`);
  const name = s.userCtx?.name ?? null;
  return { name, level: name ? levelFromRoles(firm, s.userCtx?.roles ?? []) : null };
}

/** The firm's members as its directory lists them. */
export async function readDirectory(
  f: Fetch,
  url: string,
  firm: string,
): Promise<{ title: string; members: DirectoryMember[] }> {
  const db = firmDatabases(firm).directory;
  const all = await getJson<{ rows: { id: string; doc?: Record<string, unknown> }[] }>(
    f,
    `${url}/${db}/_all_docs?include_docs=true`,
  );
  let title = firm;
  const members: DirectoryMember[] = [];
  for (const { id, doc } of all.rows) {
    if (!doc) continue;
    if (id === 'firm' && typeof doc.title === 'string') title = doc.title;
    if (id.startsWith('member:') && typeof doc.name === 'string') {
      const level = doc.level;
      if (level !== 'admin' && level !== 'manager' && level !== 'readonly') continue;
      members.push({
        name: doc.name,
        displayName: typeof doc.displayName === 'string' ? doc.displayName : doc.name,
        level,
        active: doc.active !== false,
      });
    }
  }
  return { title, members };
}
