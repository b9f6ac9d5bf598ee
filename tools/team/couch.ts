// A small client of CouchDB's HTTP API (https://docs.couchdb.org/en/stable/api/): the provisioning tool's only
// way to the server. It works the same against CouchDB 3.5 and against pouchdb-server in the tests, and in Node as
// in the extension (an admin's actions in Settings → Team run this same library in the background).

import { basicAuth, type Credentials } from '../../integrations/team/auth';

export type { Credentials } from '../../integrations/team/auth';

/** A refused or failed request, with CouchDB's own `error` and `reason`. */
export class CouchError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly path: string,
  ) {
    super(
      status === 0
        ? `Cannot reach the CouchDB server for ${path}: ${reason}. Check the URL and that the server is running.`
        : `CouchDB refused ${path}: ${status} ${error} (${reason}).`,
    );
    this.name = 'CouchError';
  }
}

type Json = Record<string, unknown>;

export class Couch {
  private readonly auth: string;

  /** `url` without credentials or trailing slash; `admin` a CouchDB server admin. */
  constructor(
    readonly url: string,
    admin: Credentials,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.auth = basicAuth(admin);
  }

  async request<T = Json>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.url}${path}`, {
        method,
        headers: { Authorization: this.auth, Accept: 'application/json', 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      throw new CouchError(0, 'unreachable', e instanceof Error ? e.message : String(e), path);
    }
    const text = await res.text();
    const json = (text ? JSON.parse(text) : {}) as T & { error?: string; reason?: string };
    if (!res.ok) throw new CouchError(res.status, json.error ?? 'error', json.reason ?? res.statusText, path);
    return json;
  }

  /**
   * Refuses (403, before anything is written) unless these credentials are a CouchDB server admin: only one may
   * change users' roles and databases' `_security` (TEAM.md). Checked first because the servers differ in how they
   * refuse a non-admin's later steps (CouchDB answers 404 for another user's document, pouchdb-server a 500), and a
   * half-done invitation or off-boarding must not be left behind. Wrong credentials: 401 from `_session`.
   */
  async requireServerAdmin(): Promise<void> {
    const who = await this.request<{ userCtx?: { name?: string | null; roles?: string[] } }>(
      'GET',
      '/_session',
    );
    if (!who.userCtx?.roles?.includes('_admin'))
      throw new CouchError(
        403,
        'forbidden',
        `${who.userCtx?.name ?? 'anonymous'} is not a CouchDB server admin`,
        '/_session',
      );
  }

  /** Creates a database; one that exists already is fine. */
  async createDb(name: string): Promise<void> {
    try {
      await this.request('PUT', `/${encodeURIComponent(name)}`);
    } catch (e) {
      if (!(e instanceof CouchError && e.status === 412)) throw e;
    }
  }

  async dbExists(name: string): Promise<boolean> {
    try {
      await this.request('GET', `/${encodeURIComponent(name)}`);
      return true;
    } catch (e) {
      if (e instanceof CouchError && e.status === 404) return false;
      throw e;
    }
  }

  async deleteDb(name: string): Promise<void> {
    try {
      await this.request('DELETE', `/${encodeURIComponent(name)}`);
    } catch (e) {
      if (!(e instanceof CouchError && e.status === 404)) throw e;
    }
  }

  async putSecurity(db: string, members: { names?: string[]; roles?: string[] }): Promise<void> {
    await this.request('PUT', `/${encodeURIComponent(db)}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: members.names ?? [], roles: members.roles ?? [] },
    });
  }

  /** A document, or undefined when there is none. */
  async get<T = Json>(db: string, id: string): Promise<(T & { _rev: string }) | undefined> {
    try {
      return await this.request<T & { _rev: string }>(
        'GET',
        `/${encodeURIComponent(db)}/${encodeURIComponent(id)}`,
      );
    } catch (e) {
      if (e instanceof CouchError && e.status === 404) return undefined;
      throw e;
    }
  }

  /** Creates or replaces a document at its latest revision (`change` gets the current body, if any). */
  async upsert(db: string, id: string, change: (current: Json | undefined) => Json): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.get(db, id);
      const next = { ...change(current), _id: id, ...(current ? { _rev: current._rev } : {}) };
      try {
        const res = await this.request<{ rev: string }>(
          'PUT',
          `/${encodeURIComponent(db)}/${encodeURIComponent(id)}`,
          next,
        );
        return res.rev;
      } catch (e) {
        if (!(e instanceof CouchError && e.status === 409) || attempt >= 5) throw e;
      }
    }
  }

  async bulkDocs(
    db: string,
    docs: Json[],
    newEdits = true,
  ): Promise<{ id: string; ok?: boolean; error?: string; reason?: string }[]> {
    if (docs.length === 0) return [];
    return this.request('POST', `/${encodeURIComponent(db)}/_bulk_docs`, { docs, new_edits: newEdits });
  }

  /** Every live document of a database (bodies included). */
  async allDocs(db: string): Promise<Json[]> {
    const res = await this.request<{ rows: { id: string; doc?: Json }[] }>(
      'GET',
      `/${encodeURIComponent(db)}/_all_docs?include_docs=true`,
    );
    return res.rows.flatMap((r) => (r.doc && !r.id.startsWith('_design/') ? [r.doc] : []));
  }

  /** Every leaf revision of a document with its history (`_revisions`), for copying it with its history. */
  async leaves(db: string, id: string): Promise<Json[]> {
    const res = await this.request<{ ok?: Json }[]>(
      'GET',
      `/${encodeURIComponent(db)}/${encodeURIComponent(id)}?open_revs=all&revs=true`,
    );
    return res.flatMap((r) => (r.ok ? [r.ok] : []));
  }
}
