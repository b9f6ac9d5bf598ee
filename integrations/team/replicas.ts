// The background's PouchDB replicas: one local database per firm database the member may read, and the remote
// it replicates with. Local replicas use the indexeddb adapter in the browser (the only one with `purge`).
import type { TeamMembership } from '../../core/team/membership';
import type { KartkaDB } from '../../storage/db';
import type { Fetch, PouchDatabase, PouchStatic } from './pouch-types';
import { authFetch, boundedFetch, type RequestBounds } from './server';

/** What the team sync runs on: the base, a PouchDB with its adapters, the network and the clock. */
export interface TeamEnv {
  db: KartkaDB;
  PouchDB: PouchStatic;
  /** 'indexeddb' in the browser; tests in Node use 'memory'. */
  adapter: string;
  /** The network (tests may route it); every request gets the member's credentials on top. */
  fetch: Fetch;
  now: () => number;
  /** Prefix of local replica names, so several simulated browsers can share one process in tests. */
  prefix: string;
  /** The longest one request to the server may take (REQUEST_TIMEOUT_MS when absent; tests shorten it). */
  requestTimeoutMs?: number;
}

/**
 * pouchdb-replication 9 reads `src.info()` for its progress figures and drops the promise `.then()` makes
 * (node_modules/pouchdb-replication/lib/index.js:300, no rejection handler): when the network fails mid-replication
 * that rejection escapes as unhandled, although the replication itself fails and is reported. Here a `.then()`
 * without a rejection handler on an `info()` promise gets one; a caller that returns or awaits the chain still
 * sees the rejection (a handler added to a promise does not take the rejection from its other consumers).
 */
function keepInfoFailuresHandled(db: PouchDatabase): PouchDatabase {
  const info = db.info.bind(db);
  db.info = () => {
    const pending = info();
    const then = pending.then.bind(pending);
    pending.then = ((ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) => {
      const next = then(ok, fail);
      if (!fail) next.catch(() => undefined);
      return next;
    }) as typeof pending.then;
    return pending;
  };
  return db;
}

const localName = (env: TeamEnv, database: string) => `${env.prefix}kartka-team-${database}`;

export class Replicas {
  private readonly locals = new Map<string, PouchDatabase>();
  private readonly remotes = new Map<string, PouchDatabase>();
  /** Authenticated requests to the firm's server. */
  readonly fetch: Fetch;

  /** `bounds`: what ends the requests of this sync early (its interruption, a refusal); each is bounded in time. */
  constructor(
    readonly env: TeamEnv,
    readonly membership: TeamMembership,
    bounds: Omit<RequestBounds, 'timeoutMs'> = {},
  ) {
    this.fetch = authFetch(
      membership.auth,
      boundedFetch(env.fetch, {
        ...bounds,
        ...(env.requestTimeoutMs === undefined ? {} : { timeoutMs: env.requestTimeoutMs }),
      }),
    );
  }

  local(database: string): PouchDatabase {
    let db = this.locals.get(database);
    if (!db) {
      db = new this.env.PouchDB(localName(this.env, database), { adapter: this.env.adapter });
      this.locals.set(database, db);
    }
    return db;
  }

  remote(database: string): PouchDatabase {
    let db = this.remotes.get(database);
    if (!db) {
      db = new this.env.PouchDB(`${this.membership.url}/${database}`, {
        skip_setup: true,
        fetch: (url, init) => this.fetch(url, init),
      });
      this.remotes.set(database, keepInfoFailuresHandled(db));
    }
    return db;
  }

  /** The local replicas opened so far. */
  opened(): string[] {
    return [...this.locals.keys()];
  }

  async close(): Promise<void> {
    const all = [...this.locals.values(), ...this.remotes.values()];
    this.locals.clear();
    this.remotes.clear();
    await Promise.all(all.map((d) => d.close().catch(() => undefined)));
  }

  /** Deletes the local replicas of these databases (a member's copy of the firm's data). */
  async destroy(databases: readonly string[]): Promise<void> {
    await this.close();
    for (const database of databases)
      await new this.env.PouchDB(localName(this.env, database), {
        adapter: this.env.adapter,
      }).destroy();
  }
}
