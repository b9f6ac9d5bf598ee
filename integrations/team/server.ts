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
